import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, pairingEvents, planInput } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { ProposalStatus } from '../../server/src/modules/proposal/proposal.enums.js';

let app: TestApp;
let sec: string, np: string, jp: string, th: string, kr: string;
beforeAll(async () => {
  app = await startTestApp();
  [sec, np, jp, th, kr] = await Promise.all(
    ['secretariat@apo.demo', 'np@npo.demo', 'jp@npo.demo', 'th@npo.demo', 'kr-member@npo.demo'].map((e) => app.login(e)),
  );
});
afterAll(() => app.stop());

const P = 'id status version statusReason sendingOrganization { acronym } hostOrganization { acronym } meetingPlan { id version modality }';
const CREATE = `mutation($p:ID!,$h:ID!){ createPairing(proposalId:$p, hostOrganizationId:$h){ ${P} } }`;
const RESPOND = `mutation($id:ID!,$v:Int!,$a:Boolean!,$r:String){ respondToHostInvitation(pairingId:$id, version:$v, accept:$a, reason:$r){ ${P} } }`;
const PLAN = `mutation($id:ID!,$v:Int!,$i:MeetingPlanInput!){ updateMeetingPlan(pairingId:$id, version:$v, input:$i){ id version modality startsAt agenda { topic } delegates { name organization { acronym } qualification } } }`;
const step = (name: string) => `mutation($id:ID!,$v:Int!){ ${name}(pairingId:$id, version:$v){ ${P} } }`;
const CANCEL = `mutation($id:ID!,$v:Int!,$r:String!){ cancelPairing(pairingId:$id, version:$v, reason:$r){ ${P} } }`;
const RESCHEDULE = `mutation($id:ID!,$v:Int!,$r:String!){ rescheduleMeeting(input:{ pairingId:$id, version:$v, reason:$r }){ ${P} } }`;

// Every (step, state) pair that the state machine does not allow.
const STATUSES = ['HOST_INVITED', 'HOST_DECLINED', 'PLANNING', 'MEETING_SCHEDULED', 'MEETING_HELD', 'FOLLOW_UP', 'COMPLETED', 'CANCELLED'];
const LEGAL: Record<string, string[]> = {
  acceptInvitation: ['HOST_INVITED'],
  declineInvitation: ['HOST_INVITED'],
  scheduleMeeting: ['PLANNING'],
  markMeetingHeld: ['MEETING_SCHEDULED'],
  rescheduleMeeting: ['MEETING_SCHEDULED'],
  startFollowUp: ['MEETING_HELD'],
  completePairing: ['FOLLOW_UP'],
  cancelPairing: ['HOST_INVITED', 'PLANNING', 'MEETING_SCHEDULED', 'MEETING_HELD', 'FOLLOW_UP'],
};
const ILLEGAL = Object.entries(LEGAL).flatMap(([s, ok]) => STATUSES.filter((st) => !ok.includes(st)).map((st) => [s, st]));

describe('pairing workflow', () => {
  it('walks a pairing from invitation through a decline and a re-invitation to completion', async () => {
    const proposal = await buildProposal(app, { status: ProposalStatus.APPROVED, sending: 'NP', hosts: ['TH', 'JP'] });
    const [thOrg, jpOrg, npOrg] = await Promise.all([orgOf(app, 'TH'), orgOf(app, 'JP'), orgOf(app, 'NP')]);

    const invited = await app.gql(CREATE, { p: proposal.id, h: thOrg.id }, sec);
    expect(invited.errors).toBeUndefined();
    expect(invited.data.createPairing).toMatchObject({ status: 'HOST_INVITED', sendingOrganization: { acronym: 'NPEDC' }, hostOrganization: { acronym: 'FTPI' }, meetingPlan: null });
    const first = invited.data.createPairing;

    const noReason = await app.gql(RESPOND, { id: first.id, v: first.version, a: false }, th);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const declined = await app.gql(RESPOND, { id: first.id, v: first.version, a: false, r: 'No expert free this year.' }, th);
    expect(declined.data.respondToHostInvitation).toMatchObject({ status: 'HOST_DECLINED', statusReason: 'No expert free this year.' });

    const again = await app.gql(CREATE, { p: proposal.id, h: thOrg.id }, sec);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hostOrganizationId' });
    const second = (await app.gql(CREATE, { p: proposal.id, h: jpOrg.id }, sec)).data.createPairing;
    expect(second.status).toBe('HOST_INVITED');

    const accepted = (await app.gql(RESPOND, { id: second.id, v: second.version, a: true }, jp)).data.respondToHostInvitation;
    expect(accepted).toMatchObject({ status: 'PLANNING', meetingPlan: { modality: 'VIRTUAL', version: 1 } });

    const startsSoon = new Date(app.clock.now().getTime() + 3600e3);
    const planned = await app.gql(PLAN, { id: second.id, v: accepted.meetingPlan.version, i: planInput(npOrg.id, jpOrg.id, { start: startsSoon }) }, np);
    expect(planned.errors).toBeUndefined();
    expect(planned.data.updateMeetingPlan.delegates[0]).toMatchObject({ organization: { acronym: 'NPEDC' }, qualification: 'NPO_OFFICIAL' });

    let v = accepted.version;
    for (const [name, status] of [['scheduleMeeting', 'MEETING_SCHEDULED'], ['markMeetingHeld', 'MEETING_HELD'], ['startFollowUp', 'FOLLOW_UP'], ['completePairing', 'COMPLETED']]) {
      // "Held" only once the planned start (an hour ahead) has passed.
      if (name === 'markMeetingHeld') app.clock.advance(2 * 3600e3);
      // A pairing completes only with an accepted completion report (issue 19).
      if (name === 'completePairing') await submitAndAcceptReport(second.id);
      const r = await app.gql(step(name), { id: second.id, v }, name === 'completePairing' ? sec : jp);
      expect(r.errors, name).toBeUndefined();
      expect(r.data[name].status).toBe(status);
      v = r.data[name].version;
    }
    app.clock.advance(-2 * 3600e3);

    const events = await pairingEvents(app, second.id);
    expect(events.map((e) => e.type)).toEqual([
      'PAIRING_CREATED',
      'PAIRING_HOST_ACCEPTED',
      'PAIRING_MEETING_PLAN_UPDATED',
      'PAIRING_MEETING_SCHEDULED',
      'PAIRING_MEETING_HELD',
      'PAIRING_FOLLOW_UP_STARTED',
      'PAIRING_COMPLETION_REPORT_SUBMITTED',
      'PAIRING_COMPLETION_REPORT_ACCEPTED',
      'PAIRING_COMPLETED',
    ]);
    for (const e of events) expect(e.audience_org_ids.sort()).toEqual([npOrg.id, jpOrg.id].sort());
    expect(events.at(-1)!.payload).toMatchObject({ pairingId: second.id, status: 'COMPLETED', version: v });
  });
});

/** The sending NPO submits the completion report and the Secretariat accepts it, through the API. */
async function submitAndAcceptReport(pairingId: string): Promise<void> {
  const input = { outcomes: 'Lean adopted by two SMEs', application: 'A national lean program', followUpPlan: 'A joint training' };
  const sent = await app.gql(`mutation($id:ID!,$i:CompletionReportInput!){ submitCompletionReport(pairingId:$id, version:1, input:$i){ version } }`, { id: pairingId, i: input }, np);
  expect(sent.errors).toBeUndefined();
  const ok = await app.gql(`mutation($id:ID!,$v:Int!){ acceptCompletionReport(pairingId:$id, version:$v){ status } }`, { id: pairingId, v: sent.data.submitCompletionReport.version }, sec);
  expect(ok.data.acceptCompletionReport.status).toBe('ACCEPTED');
}

describe('pairing workflow', () => {
  it("puts the invitation in the host's inboxes and each answer in the other side's", async () => {
    const INBOX = `{ inbox(first: 50) { edges { node { kind summary pairingId } } } }`;
    const alertsOf = async (token: string, pairingId: string) =>
      (await app.gql(INBOX, {}, token)).data.inbox.edges.map((e: any) => e.node).filter((n: any) => n.pairingId === pairingId);
    const mn = await app.login('mn-member@npo.demo');
    const krAdmin = await app.login('kr@npo.demo');
    const proposal = await buildProposal(app, { status: ProposalStatus.APPROVED, sending: 'MN', hosts: ['KR'], topic: 'Agriculture productivity' });
    const first = (await app.gql(CREATE, { p: proposal.id, h: (await orgOf(app, 'KR')).id }, sec)).data.createPairing;
    expect(await alertsOf(kr, first.id)).toEqual([{ kind: 'INVITED_TO_HOST', summary: 'MPO → KPC: you are invited to host "Agriculture productivity"', pairingId: first.id }]);
    expect(await alertsOf(mn, first.id)).toEqual([{ kind: 'PAIRING_CHANGED', summary: 'MPO → KPC: KPC is invited to host "Agriculture productivity"', pairingId: first.id }]);
    expect(await alertsOf(th, first.id)).toEqual([]);
    await app.gql(RESPOND, { id: first.id, v: first.version, a: false, r: 'Not this year.' }, krAdmin);
    expect((await alertsOf(mn, first.id))[0]).toMatchObject({ kind: 'PAIRING_CHANGED', summary: 'MPO → KPC: the host declined: Not this year.' });
    expect((await alertsOf(sec, first.id))[0]).toMatchObject({ kind: 'PAIRING_CHANGED', summary: 'MPO → KPC: the host declined: Not this year.' });
    // The person who acted gets no alert of their own change.
    expect((await alertsOf(krAdmin, first.id)).map((a: any) => a.kind)).toEqual(['INVITED_TO_HOST']);
    expect((await alertsOf(kr, first.id)).map((a: any) => a.kind)).toEqual(['INVITED_TO_HOST']);
  });

  it('refuses to pair a proposal that is not APPROVED, with its own NPO as host, or twice at once', async () => {
    const draft = await buildProposal(app, { status: ProposalStatus.DRAFT, hosts: ['JP'] });
    const jpOrg = await orgOf(app, 'JP');
    expect((await app.gql(CREATE, { p: draft.id, h: jpOrg.id }, sec)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
    const ok = await buildProposal(app, { status: ProposalStatus.APPROVED, sending: 'NP', hosts: ['JP'] });
    const own = await app.gql(CREATE, { p: ok.id, h: (await orgOf(app, 'NP')).id }, sec);
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hostOrganizationId' });
    const inactive = await app.gql(CREATE, { p: ok.id, h: (await orgOf(app, 'HK')).id }, sec);
    expect(inactive.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hostOrganizationId' });
    expect((await app.gql(CREATE, { p: ok.id, h: jpOrg.id }, sec)).errors).toBeUndefined();
    const twice = await app.gql(CREATE, { p: ok.id, h: (await orgOf(app, 'TH')).id }, sec);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
  });

  it('lets only the Secretariat invite and only the host answer', async () => {
    const proposal = await buildProposal(app, { status: ProposalStatus.APPROVED, hosts: ['JP'] });
    expect(codeOf(await app.gql(CREATE, { p: proposal.id, h: (await orgOf(app, 'JP')).id }, np))).toBe('FORBIDDEN');
    const { pairing } = await buildPairing(app);
    expect(codeOf(await app.gql(RESPOND, { id: pairing.id, v: 1, a: true }, np))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(RESPOND, { id: pairing.id, v: 1, a: true }, sec))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(RESPOND, { id: pairing.id, v: 1, a: true }, th))).toBe('NOT_FOUND');
  });
});

describe('pairing workflow', () => {
  it.each(ILLEGAL)('refuses %s on a %s pairing and changes nothing', async (mutation, status) => {
    const { pairing } = await buildPairing(app, { status: status as never });
    const query = mutation.endsWith('Invitation') ? RESPOND : mutation === 'cancelPairing' ? CANCEL : mutation === 'rescheduleMeeting' ? RESCHEDULE : step(mutation);
    const r = await app.gql(query, { id: pairing.id, v: 1, a: mutation === 'acceptInvitation', r: 'Because.' }, jp);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', status });
    const now = await app.gql(`query($id:ID!){ pairing(id:$id){ status version } }`, { id: pairing.id }, jp);
    expect(now.data.pairing).toEqual({ status, version: 1 });
    expect(await pairingEvents(app, pairing.id)).toEqual([]);
  });

  it('cancels from any open state with a reason, and refuses a stale version', async () => {
    for (const status of ['HOST_INVITED', 'PLANNING', 'MEETING_SCHEDULED', 'MEETING_HELD', 'FOLLOW_UP']) {
      const { pairing } = await buildPairing(app, { status: status as never });
      expect((await app.gql(CANCEL, { id: pairing.id, v: 1, r: '  ' }, np)).errors?.[0].extensions).toMatchObject({ field: 'reason' });
      expect(codeOf(await app.gql(CANCEL, { id: pairing.id, v: 0, r: 'Budget cut.' }, np))).toBe('CONFLICT');
      const r = await app.gql(CANCEL, { id: pairing.id, v: 1, r: 'Budget cut.' }, np);
      expect(r.data.cancelPairing).toMatchObject({ status: 'CANCELLED', statusReason: 'Budget cut.', version: 2 });
    }
  });

  it('refuses a stale version of a workflow step with CONFLICT', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.MEETING_SCHEDULED });
    expect(codeOf(await app.gql(step('markMeetingHeld'), { id: pairing.id, v: 7 }, jp))).toBe('CONFLICT');
  });

  it('lists pairings newest first, filtered by status, proposal and organization, within what the viewer may see', async () => {
    const a = (await buildPairing(app, { sending: 'PH', host: 'TH', status: PairingStatus.PLANNING })).pairing;
    const b = (await buildPairing(app, { sending: 'PH', host: 'JP', status: PairingStatus.HOST_INVITED })).pairing;
    const LIST = `query($f: PairingFilterInput, $first: Int, $after: String){ pairings(filter:$f, first:$first, after:$after){ totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const ids = async (f: Record<string, unknown>, token: string) => (await app.gql(LIST, { f, first: 100 }, token)).data.pairings.edges.map((e: any) => e.node.id);
    const ph = (await orgOf(app, 'PH')).id;
    expect(await ids({ organization: ph }, sec)).toEqual(expect.arrayContaining([b.id, a.id]));
    const mine = await ids({ organization: ph }, sec);
    expect(mine.indexOf(b.id)).toBeLessThan(mine.indexOf(a.id));
    expect(await ids({ organization: ph, status: 'PLANNING' }, sec)).toContain(a.id);
    expect(await ids({ organization: ph, status: 'PLANNING' }, sec)).not.toContain(b.id);
    expect(await ids({ proposal: b.proposal.id }, sec)).toEqual([b.id]);
    // Thailand sees its own pairing with the Philippines, not Japan's; Korea sees neither.
    expect(await ids({ organization: ph }, th)).toEqual([a.id]);
    expect(await ids({ organization: ph }, kr)).toEqual([]);
    const page = (await app.gql(LIST, { f: { organization: ph }, first: 1 }, sec)).data.pairings;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await app.gql(LIST, { f: { organization: ph }, first: 1, after: page.pageInfo.endCursor }, sec)).data.pairings;
    expect(next.edges[0].node.id).not.toBe(page.edges[0].node.id);
  });
});

describe('pairing workflow', () => {
  it('ranks host suggestions by preferred hosts, then by expertise overlap, leaving out the sender and decliners', async () => {
    const proposal = await buildProposal(app, { status: ProposalStatus.APPROVED, sending: 'NP', hosts: ['MY', 'TH'], topic: 'Lean management in food SMEs' });
    await app.gql(CREATE, { p: proposal.id, h: (await orgOf(app, 'TH')).id }, sec).then((r) =>
      app.gql(RESPOND, { id: r.data.createPairing.id, v: 1, a: false, r: 'Busy.' }, th),
    );
    const Q = `query($p:ID!){ pairingSuggestions(proposalId:$p){ organization { acronym } preferredRank matchingTopics score } }`;
    const list = (await app.gql(Q, { p: proposal.id }, sec)).data.pairingSuggestions;
    expect(list[0]).toMatchObject({ organization: { acronym: 'MPC' }, preferredRank: 1 });
    const acronyms = list.map((s: any) => s.organization.acronym);
    expect(acronyms).not.toContain('NPEDC');
    expect(acronyms).not.toContain('FTPI');
    expect(acronyms).not.toContain('HKPC');
    // After the preferred ones, the NPOs whose expertise overlaps come first, best first.
    const rest = list.slice(1);
    expect(rest[0].score).toBeGreaterThan(0);
    expect(rest.map((s: any) => s.score)).toEqual([...rest.map((s: any) => s.score)].sort((a: number, b: number) => b - a));
    expect(list.find((s: any) => s.organization.acronym === 'JPC').matchingTopics).toContain('lean management');
    expect(codeOf(await app.gql(Q, { p: proposal.id }, np))).toBe('FORBIDDEN');
  });
});
