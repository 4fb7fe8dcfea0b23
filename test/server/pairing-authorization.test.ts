// The authorization matrix of pairings and their workspace: for every query, nested field and
// mutation, an unrelated NPO, an anonymous caller and a read-only API token are refused (and
// learn nothing about the object), while both parties and the Secretariat are allowed; the
// steps that commit or end a pairing need an NPO_ADMIN (`npAdmin`), not a member (`np`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { buildCompletionReport } from '../helpers/factories/completion-reports.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { ProposalStatus } from '../../server/src/modules/proposal/proposal.enums.js';

type Actor = 'np' | 'npAdmin' | 'jp' | 'sec';
let app: TestApp;
const tokens: Record<string, string> = {};
let npId: string, jpId: string;

beforeAll(async () => {
  app = await startTestApp();
  const logins: Record<string, string> = { np: 'np-member@npo.demo', npAdmin: 'np@npo.demo', jp: 'jp@npo.demo', sec: 'secretariat@apo.demo', outsider: 'th@npo.demo' };
  for (const [k, email] of Object.entries(logins)) tokens[k] = await app.login(email);
  tokens.partyReadOnly = (await buildApiToken(app, { code: 'NP' })).token;
  tokens.outsiderReadOnly = (await buildApiToken(app, { code: 'TH' })).token;
  [npId, jpId] = await Promise.all([orgOf(app, 'NP'), orgOf(app, 'JP')]).then((os) => os.map((o) => o.id));
});
afterAll(() => app.stop());

const gql = (q: string, vars: Record<string, unknown>, who: string | null) => app.gql(q, vars, who ? tokens[who] : null);
const eventCount = async () => Number((await app.db.orm.em.fork().getConnection().execute('select count(*)::int as n from activity_event'))[0].n);

function schedulablePlan(startsInDays = 10) {
  const start = new Date(Date.now() + startsInDays * 24 * 3600e3);
  const end = new Date(start.getTime() + 3600e3);
  return {
    modality: 'VIRTUAL' as never,
    startsAt: start,
    endsAt: end,
    onlineLink: 'https://meet.example.org/x',
    agenda: [{ startsAt: start.toISOString(), endsAt: end.toISOString(), topic: 'Opening', presenter: 'JPC' }],
    delegates: [{ name: 'A', title: 'B', organizationId: npId, qualification: 'NPO_OFFICIAL' as never }],
  };
}
async function pairingIn(status: string, startsInDays?: number) {
  const { pairing } = await buildPairing(app, { status: status as never, plan: schedulablePlan(startsInDays) });
  if (status === 'FOLLOW_UP') await buildCompletionReport(app, pairing); // completing needs an accepted report (issue 19)
  return pairing;
}
async function threadIn(status = 'PLANNING') {
  const p = await pairingIn(status);
  return (await gql(`mutation($p:ID!){ createThread(pairingId:$p, title:"T"){ id } }`, { p: p.id }, 'sec')).data.createThread.id as string;
}
async function messageBy(actor: Actor) {
  const t = await threadIn();
  return (await gql(`mutation($t:ID!){ postMessage(threadId:$t, body:"hi"){ id } }`, { t }, actor)).data.postMessage.id as string;
}
async function followUp() {
  const p = await pairingIn('MEETING_HELD');
  const r = await gql(`mutation($p:ID!,$o:ID!){ createFollowUpActivity(pairingId:$p, input:{ kind: OTHER, title: "F", ownerOrganizationId: $o }){ id } }`, { p: p.id, o: npId }, 'sec');
  return r.data.createFollowUpActivity.id as string;
}

type Case = { query: string; setup: (actor: Actor) => Promise<Record<string, unknown>>; allowed: Actor[]; outsiderCode?: string };
/** A workflow step; one that commits or ends the pairing is for admins and the Secretariat only. */
const step = (name: string, status: string, allowed: Actor[] = ['npAdmin', 'jp', 'sec'], startsInDays?: number): Case => ({
  query: `mutation($id:ID!){ ${name}(pairingId:$id, version:1){ id } }`,
  setup: async () => ({ id: (await pairingIn(status, startsInDays)).id }),
  allowed,
});

const MUTATIONS: Record<string, Case> = {
  createPairing: {
    query: `mutation($p:ID!,$h:ID!){ createPairing(proposalId:$p, hostOrganizationId:$h){ id } }`,
    setup: async () => ({ p: (await buildProposal(app, { status: ProposalStatus.APPROVED, hosts: ['JP'] })).id, h: jpId }),
    allowed: ['sec'],
    outsiderCode: 'FORBIDDEN',
  },
  respondToHostInvitation: {
    query: `mutation($id:ID!){ respondToHostInvitation(pairingId:$id, version:1, accept:true){ id } }`,
    setup: async () => ({ id: (await pairingIn('HOST_INVITED')).id }),
    // Only the invited host answers; the sending NPO and the Secretariat get FORBIDDEN (tested in the workflow suite).
    allowed: ['jp'],
  },
  updateMeetingPlan: {
    query: `mutation($id:ID!){ updateMeetingPlan(pairingId:$id, version:1, input:{ venue: "Tokyo" }){ id } }`,
    setup: async () => ({ id: (await pairingIn('PLANNING')).id }),
    allowed: ['np', 'jp', 'sec'],
  },
  scheduleMeeting: step('scheduleMeeting', 'PLANNING'),
  rescheduleMeeting: {
    query: `mutation($id:ID!){ rescheduleMeeting(input:{ pairingId:$id, version:1, reason:"Visas" }){ id } }`,
    setup: async () => ({ id: (await pairingIn('MEETING_SCHEDULED')).id }),
    allowed: ['npAdmin', 'jp', 'sec'],
  },
  markMeetingHeld: step('markMeetingHeld', 'MEETING_SCHEDULED', undefined, -1),
  startFollowUp: step('startFollowUp', 'MEETING_HELD', ['np', 'jp', 'sec']),
  completePairing: step('completePairing', 'FOLLOW_UP'),
  cancelPairing: {
    query: `mutation($id:ID!){ cancelPairing(pairingId:$id, version:1, reason:"No budget"){ id } }`,
    setup: async () => ({ id: (await pairingIn('PLANNING')).id }),
    allowed: ['npAdmin', 'jp', 'sec'],
  },
  createThread: {
    query: `mutation($id:ID!){ createThread(pairingId:$id, title:"Dates"){ id } }`,
    setup: async () => ({ id: (await pairingIn('PLANNING')).id }),
    allowed: ['np', 'jp', 'sec'],
  },
  postMessage: {
    query: `mutation($id:ID!){ postMessage(threadId:$id, body:"Hello"){ id } }`,
    setup: async () => ({ id: await threadIn() }),
    allowed: ['np', 'jp', 'sec'],
  },
  editMessage: {
    query: `mutation($id:ID!){ editMessage(id:$id, version:1, body:"Edited"){ id } }`,
    setup: async (actor) => ({ id: await messageBy(actor) }),
    allowed: ['np', 'jp', 'sec'],
  },
  deleteMessage: {
    query: `mutation($id:ID!){ deleteMessage(id:$id, version:1){ id } }`,
    setup: async (actor) => ({ id: await messageBy(actor) }),
    allowed: ['np', 'jp', 'sec'],
  },
  addReaction: {
    query: `mutation($id:ID!){ addReaction(messageId:$id, emoji:"👍"){ id } }`,
    setup: async () => ({ id: await messageBy('np') }),
    allowed: ['np', 'jp', 'sec'],
  },
  removeReaction: {
    query: `mutation($id:ID!){ removeReaction(messageId:$id, emoji:"👍"){ id } }`,
    setup: async (actor) => {
      const id = await messageBy('np');
      await gql(`mutation($id:ID!){ addReaction(messageId:$id, emoji:"👍"){ id } }`, { id }, actor);
      return { id };
    },
    allowed: ['np', 'jp', 'sec'],
  },
  markThreadRead: {
    query: `mutation($id:ID!){ markThreadRead(threadId:$id){ id } }`,
    setup: async () => ({ id: await threadIn() }),
    allowed: ['np', 'jp', 'sec'],
  },
  createFollowUpActivity: {
    query: `mutation($id:ID!,$o:ID!){ createFollowUpActivity(pairingId:$id, input:{ kind: JOINT_PROGRAM, title: "Joint", ownerOrganizationId: $o }){ id } }`,
    setup: async () => ({ id: (await pairingIn('FOLLOW_UP')).id, o: jpId }),
    allowed: ['np', 'jp', 'sec'],
  },
  updateFollowUpActivity: {
    query: `mutation($id:ID!){ updateFollowUpActivity(id:$id, version:1, input:{ status: AGREED }){ id } }`,
    setup: async () => ({ id: await followUp() }),
    allowed: ['np', 'jp', 'sec'],
  },
};

describe('authorization of pairing mutations', () => {
  for (const [name, c] of Object.entries(MUTATIONS)) {
    it(`${name}: refused to an unrelated NPO, anonymous callers and read-only tokens, writing nothing`, async () => {
      const vars = await c.setup('np');
      const before = await eventCount();
      expect(codeOf(await gql(c.query, vars, 'outsider'))).toBe(c.outsiderCode ?? 'NOT_FOUND');
      expect(codeOf(await gql(c.query, vars, null))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(c.query, vars, 'partyReadOnly'))).toBe('FORBIDDEN');
      expect(codeOf(await gql(c.query, vars, 'outsiderReadOnly'))).toBe('FORBIDDEN');
      expect(await eventCount()).toBe(before);
    });

    it(`${name}: allowed to ${c.allowed.join(', ')}`, async () => {
      for (const actor of c.allowed) {
        const r = await gql(c.query, await c.setup(actor), actor);
        expect(r.errors, `${name} by ${actor}`).toBeUndefined();
      }
    });
  }
});

const PAIRING_TREE = `query($id:ID!){ pairing(id:$id){
  id status proposal { id topic } sendingOrganization { acronym } hostOrganization { acronym }
  meetingPlan { id pairing { id } agenda { topic } delegates { name organization { acronym } } localTimes { timeZone startsAt } }
  threads { totalCount edges { node { id } } }
  followUps { id ownerOrganization { acronym } pairing { id } thread { id } }
} }`;
const THREAD_TREE = `query($id:ID!){ thread(id:$id){
  id title unreadCount pairing { id meetingPlan { id } followUps { id } } followUp { id } createdBy { email }
  messages { totalCount edges { node { id body bodyHtml author { email } parent { id } thread { id } reactions { emoji count } } } }
} }`;

describe('authorization of pairing queries and nested fields', () => {
  let pairingId: string, threadId: string, proposalId: string;
  beforeAll(async () => {
    const { pairing, proposal } = await buildPairing(app, { status: PairingStatus.FOLLOW_UP, plan: schedulablePlan() });
    pairingId = pairing.id;
    proposalId = proposal.id;
    threadId = (await gql(`mutation($p:ID!){ createThread(pairingId:$p, title:"T"){ id } }`, { p: pairingId }, 'jp')).data.createThread.id;
    const m = (await gql(`mutation($t:ID!){ postMessage(threadId:$t, body:"hi"){ id } }`, { t: threadId }, 'np')).data.postMessage;
    await gql(`mutation($t:ID!,$p:ID!){ postMessage(threadId:$t, body:"reply", parentId:$p){ id } }`, { t: threadId, p: m.id }, 'jp');
    await gql(`mutation($id:ID!,$o:ID!){ createFollowUpActivity(pairingId:$id, input:{ kind: OTHER, title: "F", ownerOrganizationId: $o }){ id } }`, { id: pairingId, o: jpId }, 'np');
  });

  it.each(['np', 'jp', 'sec', 'partyReadOnly'])('lets %s read the whole pairing and thread tree', async (who) => {
    const p = await gql(PAIRING_TREE, { id: pairingId }, who);
    expect(p.errors).toBeUndefined();
    expect(p.data.pairing).toMatchObject({ id: pairingId, proposal: { id: proposalId }, threads: { totalCount: 1 } });
    expect(p.data.pairing.followUps).toHaveLength(1);
    expect(p.data.pairing.meetingPlan.localTimes).toHaveLength(2);
    const t = await gql(THREAD_TREE, { id: threadId }, who);
    expect(t.errors).toBeUndefined();
    expect(t.data.thread.messages.totalCount).toBe(2);
    expect(t.data.thread.pairing.meetingPlan).toEqual({ id: p.data.pairing.meetingPlan.id });
    expect(t.data.thread.pairing.followUps).toHaveLength(1);
    const list = await gql(`query($p:ID!){ pairings(filter:{ proposal: $p }){ totalCount edges { node { id } } } }`, { p: proposalId }, who);
    expect(list.data.pairings.edges).toEqual([{ node: { id: pairingId } }]);
  });

  it.each(['outsider', 'outsiderReadOnly'])('tells %s that the pairing, its threads and follow-ups do not exist', async (who) => {
    const p = await gql(PAIRING_TREE, { id: pairingId }, who);
    expect(codeOf(p)).toBe('NOT_FOUND');
    expect(p.data).toBeNull();
    const t = await gql(THREAD_TREE, { id: threadId }, who);
    expect(codeOf(t)).toBe('NOT_FOUND');
    expect(t.data).toBeNull();
    // The same answer as for an id that never existed.
    const missing = await gql(PAIRING_TREE, { id: '00000000-0000-4000-8000-000000000000' }, who);
    expect(missing.errors?.[0]).toEqual(p.errors?.[0]);
    const list = await gql(`query($p:ID!){ pairings(filter:{ proposal: $p }){ totalCount edges { node { id } } } }`, { p: proposalId }, who);
    expect(list.data.pairings).toEqual({ totalCount: 0, edges: [] });
  });

  it('refuses anonymous callers every pairing query', async () => {
    for (const q of [PAIRING_TREE, THREAD_TREE]) expect(codeOf(await gql(q, { id: pairingId }, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(`{ pairings { totalCount } }`, {}, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(`query($p:ID!){ pairingSuggestions(proposalId:$p){ score } }`, { p: proposalId }, null))).toBe('UNAUTHENTICATED');
  });

  it('keeps host suggestions to the Secretariat', async () => {
    const q = `query($p:ID!){ pairingSuggestions(proposalId:$p){ score } }`;
    for (const who of ['np', 'jp', 'outsider', 'partyReadOnly']) expect(codeOf(await gql(q, { p: proposalId }, who))).toBe('FORBIDDEN');
    expect((await gql(q, { p: proposalId }, 'sec')).errors).toBeUndefined();
  });
});

describe('authorization of pairing queries and nested fields', () => {
  it("shows on a proposal only the pairings the viewer may see (a decliner sees its own, not the next host's)", async () => {
    const proposal = await buildProposal(app, { status: ProposalStatus.APPROVED, hosts: ['TH', 'JP'] });
    const create = `mutation($p:ID!,$h:ID!){ createPairing(proposalId:$p, hostOrganizationId:$h){ id } }`;
    const thPairing = (await gql(create, { p: proposal.id, h: (await orgOf(app, 'TH')).id }, 'sec')).data.createPairing.id;
    await gql(`mutation($id:ID!){ respondToHostInvitation(pairingId:$id, version:1, accept:false, reason:"Busy"){ id } }`, { id: thPairing }, 'outsider');
    const jpPairing = (await gql(create, { p: proposal.id, h: jpId }, 'sec')).data.createPairing.id;
    const Q = `query($id:ID!){ proposal(id:$id){ pairings { id } } }`;
    expect((await gql(Q, { id: proposal.id }, 'sec')).data.proposal.pairings).toEqual([{ id: thPairing }, { id: jpPairing }]);
    expect((await gql(Q, { id: proposal.id }, 'outsider')).data.proposal.pairings).toEqual([{ id: thPairing }]);
    expect((await gql(Q, { id: proposal.id }, 'jp')).data.proposal.pairings).toEqual([{ id: jpPairing }]);
  });
});
