// What a viewer may do to a pairing, as the API tells it (`viewerActions`, `nextStatuses`,
// `members`) and as the mutations enforce it: the steps that commit or end a pairing belong to
// an NPO_ADMIN of the side concerned or the Secretariat; a scheduled meeting can be
// rescheduled with a reason; "held" only once the meeting has started; mentions reach the
// Secretariat too and point at the message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildCompletionReport } from '../helpers/factories/completion-reports.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, pairingEvents } from '../helpers/factories/pairings.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { Modality } from '../../server/src/modules/notification/notification.enums.js';
import { CompletionReportStatus } from '../../server/src/modules/completion-report/completion-report.entity.js';

let app: TestApp;
const who: Record<string, string> = {};
let npId: string;
beforeAll(async () => {
  app = await startTestApp();
  const logins = { np: 'np@npo.demo', npMember: 'np-member@npo.demo', jp: 'jp@npo.demo', jpMember: 'jp-member@npo.demo', sec: 'secretariat@apo.demo', th: 'th@npo.demo' };
  for (const [k, email] of Object.entries(logins)) who[k] = await app.login(email);
  npId = (await orgOf(app, 'NP')).id;
});
afterAll(() => app.stop());

const HOUR = 3600e3;
const gql = (q: string, vars: Record<string, unknown>, as: string) => app.gql(q, vars, who[as]);

/** A pairing in `status` whose meeting starts `startsInHours` from the test clock's now. */
async function pairingIn(status: PairingStatus, startsInHours = 48) {
  const start = new Date(app.clock.now().getTime() + startsInHours * HOUR);
  const plan = {
    modality: Modality.VIRTUAL,
    startsAt: start,
    endsAt: new Date(start.getTime() + HOUR),
    onlineLink: 'https://meet.example.org/x',
    agenda: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + HOUR).toISOString(), topic: 'Opening', presenter: 'JPC' }],
    delegates: [{ name: 'A', title: 'B', organizationId: npId, qualification: 'NPO_OFFICIAL' as never }],
  };
  const { pairing } = await buildPairing(app, { status, plan });
  if (status === PairingStatus.FOLLOW_UP) await buildCompletionReport(app, pairing); // completing needs an accepted report (issue 19)
  return pairing;
}

const ACTIONS = `query($id:ID!){ pairing(id:$id){ status version viewerActions } }`;
const actionsOf = async (id: string, as: string) => (await gql(ACTIONS, { id }, as)).data.pairing.viewerActions as string[];

describe('Pairing.viewerActions', () => {
  it('offers each role exactly the steps of the current state it may take', async () => {
    const invited = await pairingIn(PairingStatus.HOST_INVITED);
    expect(await actionsOf(invited.id, 'jp')).toEqual(['ACCEPT_INVITATION', 'DECLINE_INVITATION', 'CANCEL']);
    expect(await actionsOf(invited.id, 'np')).toEqual(['CANCEL']);
    expect(await actionsOf(invited.id, 'sec')).toEqual(['CANCEL']);
    expect(await actionsOf(invited.id, 'jpMember')).toEqual([]);

    const planning = await pairingIn(PairingStatus.PLANNING);
    expect(await actionsOf(planning.id, 'np')).toEqual(['SCHEDULE', 'CANCEL']);
    expect(await actionsOf(planning.id, 'npMember')).toEqual([]);

    const held = await pairingIn(PairingStatus.MEETING_HELD, -2);
    expect(await actionsOf(held.id, 'npMember')).toEqual(['START_FOLLOW_UP']);
    expect(await actionsOf(held.id, 'jp')).toEqual(['START_FOLLOW_UP', 'CANCEL']);

    const done = await pairingIn(PairingStatus.COMPLETED);
    expect(await actionsOf(done.id, 'sec')).toEqual([]);
  });

  it('offers MARK_HELD only once the planned start has passed', async () => {
    const p = await pairingIn(PairingStatus.MEETING_SCHEDULED, 2);
    expect(await actionsOf(p.id, 'np')).toEqual(['RESCHEDULE', 'CANCEL']);
    const early = await gql(`mutation($id:ID!){ markMeetingHeld(pairingId:$id, version:1){ status } }`, { id: p.id }, 'np');
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });

    app.clock.advance(3 * HOUR);
    try {
      expect(await actionsOf(p.id, 'np')).toEqual(['RESCHEDULE', 'MARK_HELD', 'CANCEL']);
      const held = await gql(`mutation($id:ID!){ markMeetingHeld(pairingId:$id, version:1){ status version } }`, { id: p.id }, 'np');
      expect(held.errors).toBeUndefined();
      expect(held.data.markMeetingHeld).toEqual({ status: 'MEETING_HELD', version: 2 });
    } finally {
      app.clock.advance(-3 * HOUR);
    }
  });
});

describe('Pairing.viewerActions and the completion report (issue 19)', () => {
  it('offers COMPLETE only once the Secretariat has accepted or waived the report', async () => {
    const start = new Date(app.clock.now().getTime() - 48 * HOUR);
    const { pairing } = await buildPairing(app, { status: PairingStatus.FOLLOW_UP, plan: { startsAt: start, endsAt: new Date(start.getTime() + HOUR) } });
    const report = await buildCompletionReport(app, pairing, { status: CompletionReportStatus.SUBMITTED });
    expect(await actionsOf(pairing.id, 'np')).toEqual(['CANCEL']);
    const early = await gql(`mutation($id:ID!){ completePairing(pairingId:$id, version:1){ status } }`, { id: pairing.id }, 'np');
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completionReport' });

    const accepted = await gql(`mutation($id:ID!,$v:Int!){ acceptCompletionReport(pairingId:$id, version:$v){ status } }`, { id: pairing.id, v: report.version }, 'sec');
    expect(accepted.errors).toBeUndefined();
    expect(await actionsOf(pairing.id, 'np')).toEqual(['COMPLETE', 'CANCEL']);
  });
});

describe('steps that commit or end a pairing (issue 12.13)', () => {
  const STEPS: Array<[string, PairingStatus, string]> = [
    ['respondToHostInvitation', PairingStatus.HOST_INVITED, `mutation($id:ID!){ respondToHostInvitation(pairingId:$id, version:1, accept:true){ status } }`],
    ['scheduleMeeting', PairingStatus.PLANNING, `mutation($id:ID!){ scheduleMeeting(pairingId:$id, version:1){ status } }`],
    ['rescheduleMeeting', PairingStatus.MEETING_SCHEDULED, `mutation($id:ID!){ rescheduleMeeting(input:{ pairingId:$id, version:1, reason:"Visa delays" }){ status } }`],
    ['completePairing', PairingStatus.FOLLOW_UP, `mutation($id:ID!){ completePairing(pairingId:$id, version:1){ status } }`],
    ['cancelPairing', PairingStatus.PLANNING, `mutation($id:ID!){ cancelPairing(pairingId:$id, version:1, reason:"No budget"){ status } }`],
  ];
  for (const [name, status, query] of STEPS) {
    it(`${name}: FORBIDDEN to NPO members of either side, done by an NPO_ADMIN`, async () => {
      const p = await pairingIn(status);
      for (const member of ['npMember', 'jpMember']) {
        const r = await gql(query, { id: p.id }, member);
        expect(codeOf(r), `${name} by ${member}`).toBe('FORBIDDEN');
        expect(r.errors?.[0].message).toMatch(/administrator/);
      }
      expect((await pairingEvents(app, p.id)).length).toBe(0);
      const ok = await gql(query, { id: p.id }, name === 'respondToHostInvitation' ? 'jp' : 'np');
      expect(ok.errors).toBeUndefined();
    });
  }

  it('markMeetingHeld: FORBIDDEN to an NPO member even after the start', async () => {
    const p = await pairingIn(PairingStatus.MEETING_SCHEDULED, -1);
    const r = await gql(`mutation($id:ID!){ markMeetingHeld(pairingId:$id, version:1){ status } }`, { id: p.id }, 'npMember');
    expect(codeOf(r)).toBe('FORBIDDEN');
  });
});

const RESCHEDULE = `mutation($id:ID!,$v:Int!,$r:String!){ rescheduleMeeting(input:{ pairingId:$id, version:$v, reason:$r }){ status version meetingPlan { version startsAt } viewerActions } }`;

describe('rescheduleMeeting (issue 12.16)', () => {
  it('takes a scheduled meeting back to planning, keeps the plan, and tells both sides why', async () => {
    const p = await pairingIn(PairingStatus.MEETING_SCHEDULED);
    const before = (await gql(`query($id:ID!){ pairing(id:$id){ meetingPlan { version startsAt } } }`, { id: p.id }, 'jp')).data.pairing.meetingPlan;
    const r = await gql(RESCHEDULE, { id: p.id, v: 1, r: 'Our minister cannot travel that week.' }, 'jp');
    expect(r.errors).toBeUndefined();
    expect(r.data.rescheduleMeeting).toEqual({ status: 'PLANNING', version: 2, meetingPlan: before, viewerActions: ['SCHEDULE', 'CANCEL'] });

    const events = await pairingEvents(app, p.id);
    expect(events.map((e) => [e.type, e.payload.reason])).toEqual([['PAIRING_MEETING_RESCHEDULED', 'Our minister cannot travel that week.']]);
    const REASON = `query($id:ID!){ pairing(id:$id){ statusReason } }`;
    expect((await gql(REASON, { id: p.id }, 'np')).data.pairing.statusReason).toBe('Our minister cannot travel that week.');
    const INBOX = `{ inbox(first: 5){ edges { node { kind summary pairingId } } } }`;
    for (const side of ['np', 'npMember', 'jpMember']) {
      const items = (await gql(INBOX, {}, side)).data.inbox.edges.map((e: { node: unknown }) => e.node).filter((n: { pairingId: string }) => n.pairingId === p.id);
      expect(items, side).toHaveLength(1);
      expect(items[0].summary).toMatch(/rescheduled: Our minister cannot travel that week\.$/);
    }
    const own = (await gql(INBOX, {}, 'jp')).data.inbox.edges.map((e: { node: unknown }) => e.node).filter((n: { pairingId: string }) => n.pairingId === p.id);
    expect(own).toHaveLength(0);
  });

  it('needs a reason, the current version and a scheduled meeting', async () => {
    const p = await pairingIn(PairingStatus.MEETING_SCHEDULED);
    expect((await gql(RESCHEDULE, { id: p.id, v: 1, r: '  ' }, 'np')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(codeOf(await gql(RESCHEDULE, { id: p.id, v: 7, r: 'Late' }, 'np'))).toBe('CONFLICT');
    expect(codeOf(await gql(RESCHEDULE, { id: p.id, v: 1, r: 'Late' }, 'th'))).toBe('NOT_FOUND');
    const planning = await pairingIn(PairingStatus.PLANNING);
    expect((await gql(RESCHEDULE, { id: planning.id, v: 1, r: 'Late' }, 'np')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect((await pairingEvents(app, p.id)).length + (await pairingEvents(app, planning.id)).length).toBe(0);
  });
});

describe('FollowUpActivity.nextStatuses', () => {
  it('lists the legal next statuses for those who may change the activity, none for others', async () => {
    const p = await pairingIn(PairingStatus.FOLLOW_UP, -48);
    const made = await gql(
      `mutation($p:ID!,$o:ID!){ createFollowUpActivity(pairingId:$p, input:{ kind: OTHER, title: "Study tour", ownerOrganizationId: $o }){ id version nextStatuses } }`,
      { p: p.id, o: npId },
      'npMember',
    );
    expect(made.data.createFollowUpActivity.nextStatuses).toEqual(['AGREED', 'DROPPED']);
    const { id } = made.data.createFollowUpActivity;
    const UPDATE = `mutation($id:ID!,$v:Int!,$s:FollowUpStatus!){ updateFollowUpActivity(id:$id, version:$v, input:{ status:$s }){ status version nextStatuses } }`;
    let v = 1;
    for (const [to, next] of [['AGREED', ['IN_PROGRESS', 'DROPPED']], ['IN_PROGRESS', ['DONE', 'DROPPED']], ['DONE', []]] as const) {
      const r = (await gql(UPDATE, { id, v, s: to }, 'jpMember')).data.updateFollowUpActivity;
      expect(r).toMatchObject({ status: to, nextStatuses: next });
      v = r.version;
    }
    const illegal = await gql(UPDATE, { id, v, s: 'AGREED' }, 'jp');
    expect(illegal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });
});

const MEMBERS = `query($id:ID!){ pairing(id:$id){ members { name email organization { acronym } } } }`;

describe('Pairing.members and mentions (issue 12.8)', () => {
  it('lists the active users of both NPOs and the Secretariat, by name; an outsider sees no pairing', async () => {
    const p = await pairingIn(PairingStatus.PLANNING);
    const r = await gql(MEMBERS, { id: p.id }, 'npMember');
    const members = r.data.pairing.members as Array<{ name: string; email: string; organization: { acronym: string } }>;
    expect(members.map((m) => m.email).sort()).toEqual(['jp-member@npo.demo', 'jp@npo.demo', 'np-member@npo.demo', 'np@npo.demo', 'secretariat@apo.demo']);
    expect(members.map((m) => m.name)).toEqual([...members.map((m) => m.name)].sort((a, b) => a.localeCompare(b)));
    const outsider = await gql(MEMBERS, { id: p.id }, 'th');
    expect(codeOf(outsider)).toBe('NOT_FOUND');
    expect(outsider.data).toBeNull();
  });

  it('a mention of the Secretariat reaches its inbox, saying who wrote what and pointing at the message', async () => {
    const p = await pairingIn(PairingStatus.PLANNING);
    const thread = (await gql(`mutation($p:ID!){ createThread(pairingId:$p, title:"Agenda"){ id } }`, { p: p.id }, 'np')).data.createThread;
    const body = '@secretariat@apo.demo could you **confirm** the funding rules for the delegates of both NPOs before we schedule, please?';
    const posted = await gql(`mutation($t:ID!,$b:String!){ postMessage(threadId:$t, body:$b){ id mentionedUserIds } }`, { t: thread.id, b: body }, 'np');
    expect(posted.data.postMessage.mentionedUserIds).toHaveLength(1);

    const INBOX = `{ inbox(first: 10, unreadOnly: true){ edges { node { kind summary messageId thread { id title } } } } }`;
    const mentions = (await gql(INBOX, {}, 'sec')).data.inbox.edges.map((e: { node: unknown }) => e.node).filter((n: { kind: string }) => n.kind === 'MENTION');
    expect(mentions).toEqual([
      {
        kind: 'MENTION',
        summary: 'NPEDC Administrator mentioned you in “Agenda”: @secretariat@apo.demo could you confirm the funding rules for the delegates of…',
        messageId: posted.data.postMessage.id,
        thread: { id: thread.id, title: 'Agenda' },
      },
    ]);
    expect(mentions[0].summary.slice(mentions[0].summary.indexOf('”: ') + 3).length).toBeLessThanOrEqual(80);
  });
});
