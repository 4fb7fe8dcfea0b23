// The sending NPO's completion report (issue 19), through the API: opened when the meeting is
// marked held and due REPORT_DUE_DAYS later; submitted only by the sender, reviewed only by the
// Secretariat, kept as revisions; overdue by the clock; and the gate to completing the pairing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { liveClientPool } from '../helpers/live-client.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, pairingEvents } from '../helpers/factories/pairings.js';
import { latestCursor } from '../helpers/factories/realtime.js';
import { Modality } from '../../server/src/modules/notification/notification.enums.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

const DAYS = 10; // not the default 30: the setting is read
const DAY = 86_400_000;
let app: TestApp;
const who: Record<string, string> = {};
let npId: string;
const live = liveClientPool(() => app.url.replace('http', 'ws') + '/graphql');
beforeAll(async () => {
  app = await startTestApp({ outcomes: { reportDueDays: DAYS } });
  const logins = { np: 'np@npo.demo', npMember: 'np-member@npo.demo', jp: 'jp@npo.demo', sec: 'secretariat@apo.demo', th: 'th@npo.demo' };
  for (const [k, email] of Object.entries(logins)) who[k] = await app.login(email);
  npId = (await orgOf(app, 'NP')).id;
});
afterAll(async () => {
  await live.disposeAll();
  await app.stop();
});

const gql = (q: string, vars: Record<string, unknown>, as: string) => app.gql(q, vars, who[as]);
const R = 'status version dueAt overdue outcomes application followUpPlan changeRequest waiverReason submittedAt decidedAt decidedBy { email } revisions { number outcomes application followUpPlan author { email } }';
const HELD = `mutation($id:ID!,$v:Int!){ markMeetingHeld(pairingId:$id, version:$v){ status version completionReport { ${R} } } }`;
const READ = `query($id:ID!){ completionReport(pairingId:$id){ ${R} pairing { proposal { objectives } } } }`;
const SUBMIT = `mutation($id:ID!,$v:Int!,$i:CompletionReportInput!){ submitCompletionReport(pairingId:$id, version:$v, input:$i){ ${R} } }`;
const ACCEPT = `mutation($id:ID!,$v:Int!){ acceptCompletionReport(pairingId:$id, version:$v){ ${R} } }`;
const CHANGES = `mutation($id:ID!,$v:Int!,$r:String!){ requestCompletionReportChanges(pairingId:$id, version:$v, reason:$r){ ${R} } }`;
const WAIVE = `mutation($id:ID!,$v:Int!,$r:String!){ waiveCompletionReport(pairingId:$id, version:$v, reason:$r){ ${R} } }`;
const COMPLETE = `mutation($id:ID!,$v:Int!){ completePairing(pairingId:$id, version:$v){ status } }`;
const TEXTS = { outcomes: 'Two SMEs cut lead times by 20%', application: 'A national lean program for SMEs', followUpPlan: 'A joint training in 2027' };

/** A scheduled pairing whose meeting started an hour ago, marked held through the API (NP → JP). */
async function held(): Promise<{ id: string; version: number; report: Record<string, any>; heldAt: Date }> {
  const start = new Date(app.clock.now().getTime() - 3600e3);
  const plan = {
    modality: Modality.VIRTUAL, startsAt: start, endsAt: new Date(start.getTime() + 2 * 3600e3), onlineLink: 'https://meet.example.org/x',
    agenda: [{ startsAt: start.toISOString(), endsAt: start.toISOString(), topic: 'Opening', presenter: 'JPC' }],
    delegates: [{ name: 'A', title: 'B', organizationId: npId, qualification: 'NPO_OFFICIAL' as never }],
  };
  const { pairing } = await buildPairing(app, { status: PairingStatus.MEETING_SCHEDULED, plan });
  const heldAt = app.clock.now();
  const r = await gql(HELD, { id: pairing.id, v: pairing.version }, 'jp');
  expect(r.errors).toBeUndefined();
  return { id: pairing.id, version: r.data.markMeetingHeld.version, report: r.data.markMeetingHeld.completionReport, heldAt };
}

async function submitted(p: { id: string }, as = 'npMember') {
  const r = await gql(SUBMIT, { id: p.id, v: 1, i: TEXTS }, as);
  expect(r.errors).toBeUndefined();
  return r.data.submitCompletionReport;
}

describe('completion report: opening and submission', () => {
  it('is opened DUE when the meeting is marked held, due REPORT_DUE_DAYS later', async () => {
    const p = await held();
    expect(p.report).toMatchObject({ status: 'DUE', version: 1, overdue: false, revisions: [], decidedBy: null });
    expect(new Date(p.report.dueAt).getTime()).toBe(p.heldAt.getTime() + DAYS * DAY);
    const read = await gql(READ, { id: p.id }, 'sec');
    expect(read.data.completionReport.pairing.proposal.objectives).toEqual(expect.any(String));
  });

  it('is seen by the pair and the Secretariat, NOT_FOUND to anyone else', async () => {
    const p = await held();
    for (const as of ['np', 'jp', 'sec']) expect((await gql(READ, { id: p.id }, as)).data.completionReport.status).toBe('DUE');
    expect(codeOf(await gql(READ, { id: p.id }, 'th'))).toBe('NOT_FOUND');
  });

  it('is submitted by any person of the sending NPO; the host and the Secretariat are FORBIDDEN, outsiders NOT_FOUND', async () => {
    const p = await held();
    for (const as of ['jp', 'sec']) expect(codeOf(await gql(SUBMIT, { id: p.id, v: 1, i: TEXTS }, as)), as).toBe('FORBIDDEN');
    expect(codeOf(await gql(SUBMIT, { id: p.id, v: 1, i: TEXTS }, 'th'))).toBe('NOT_FOUND');
    const r = await submitted(p);
    expect(r).toMatchObject({ status: 'SUBMITTED', version: 2, ...TEXTS, revisions: [{ number: 1, ...TEXTS, author: { email: 'np-member@npo.demo' } }] });
    expect(r.submittedAt).toBe(app.clock.now().toISOString());
    const events = (await pairingEvents(app, p.id)).filter((e) => e.type.startsWith('PAIRING_COMPLETION_REPORT'));
    expect(events.map((e) => e.type)).toEqual(['PAIRING_COMPLETION_REPORT_SUBMITTED']);
  });

  it('refuses blank or too long texts, naming the field', async () => {
    const p = await held();
    const bad = async (i: Record<string, string>) => (await gql(SUBMIT, { id: p.id, v: 1, i: { ...TEXTS, ...i } }, 'np')).errors?.[0].extensions;
    expect(await bad({ outcomes: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcomes' });
    expect(await bad({ application: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'application' });
    expect(await bad({ followUpPlan: ' \n ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'followUpPlan' });
    expect((await bad({ outcomes: 'x'.repeat(10_001) }))?.code).toBe('BAD_USER_INPUT');
    expect((await gql(READ, { id: p.id }, 'np')).data.completionReport.status).toBe('DUE');
  });

  it('refuses a stale version with CONFLICT', async () => {
    const p = await held();
    await submitted(p);
    const stale = await gql(ACCEPT, { id: p.id, v: 1 }, 'sec');
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await gql(READ, { id: p.id }, 'sec')).data.completionReport.status).toBe('SUBMITTED');
  });
});

describe('completion report: review', () => {
  it('refuses the wrong state: accepting a DUE report, submitting an ACCEPTED one', async () => {
    const p = await held();
    expect((await gql(ACCEPT, { id: p.id, v: 1 }, 'sec')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const s = await submitted(p);
    const a = await gql(ACCEPT, { id: p.id, v: s.version }, 'sec');
    expect(a.data.acceptCompletionReport).toMatchObject({ status: 'ACCEPTED', decidedBy: { email: 'secretariat@apo.demo' } });
    const again = await gql(SUBMIT, { id: p.id, v: a.data.acceptCompletionReport.version, i: TEXTS }, 'np');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('lets only the Secretariat decide: the pair is FORBIDDEN, outsiders NOT_FOUND', async () => {
    const p = await held();
    const s = await submitted(p);
    for (const as of ['np', 'jp']) {
      expect(codeOf(await gql(ACCEPT, { id: p.id, v: s.version }, as)), as).toBe('FORBIDDEN');
      expect(codeOf(await gql(WAIVE, { id: p.id, v: s.version, r: 'x' }, as)), as).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(CHANGES, { id: p.id, v: s.version, r: 'x' }, 'th'))).toBe('NOT_FOUND');
  });

  it('asks for changes, takes a second submission as revision 2 and keeps both', async () => {
    const p = await held();
    const s = await submitted(p);
    const c = (await gql(CHANGES, { id: p.id, v: s.version, r: 'Name the SMEs' }, 'sec')).data.requestCompletionReportChanges;
    expect(c).toMatchObject({ status: 'CHANGES_REQUESTED', changeRequest: 'Name the SMEs' });
    expect((await gql(READ, { id: p.id }, 'np')).data.completionReport.changeRequest).toBe('Name the SMEs');
    const second = { ...TEXTS, outcomes: 'Acme and Beta cut lead times by 20%' };
    const r = (await gql(SUBMIT, { id: p.id, v: c.version, i: second }, 'np')).data.submitCompletionReport;
    expect(r).toMatchObject({ status: 'SUBMITTED', changeRequest: null, outcomes: second.outcomes });
    expect(r.revisions).toEqual([
      { number: 1, ...TEXTS, author: { email: 'np-member@npo.demo' } },
      { number: 2, ...second, author: { email: 'np@npo.demo' } },
    ]);
    const accepted = (await gql(ACCEPT, { id: p.id, v: r.version }, 'sec')).data.acceptCompletionReport;
    expect(accepted.status).toBe('ACCEPTED');
    const types = (await pairingEvents(app, p.id)).map((e) => e.type).filter((t) => t.startsWith('PAIRING_COMPLETION_REPORT'));
    expect(types).toEqual(['PAIRING_COMPLETION_REPORT_SUBMITTED', 'PAIRING_COMPLETION_REPORT_CHANGES_REQUESTED', 'PAIRING_COMPLETION_REPORT_SUBMITTED', 'PAIRING_COMPLETION_REPORT_ACCEPTED']);
  });

});

describe('completion report: waiver and deadline', () => {
  it('is waived by the Secretariat with a reason, even before any submission', async () => {
    const p = await held();
    expect((await gql(WAIVE, { id: p.id, v: 1, r: ' ' }, 'sec')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const w = (await gql(WAIVE, { id: p.id, v: 1, r: 'Outcomes reported at the regional forum' }, 'sec')).data.waiveCompletionReport;
    expect(w).toMatchObject({ status: 'WAIVED', waiverReason: 'Outcomes reported at the regional forum', decidedBy: { email: 'secretariat@apo.demo' } });
    expect(w.decidedAt).toBe(app.clock.now().toISOString());
    expect(codeOf(await gql(WAIVE, { id: p.id, v: w.version, r: 'again' }, 'sec'))).toBe('BAD_USER_INPUT');
  });

  it('is overdue once the clock passes dueAt while DUE or CHANGES_REQUESTED, not once submitted', async () => {
    const p = await held();
    const overdue = async (token: string) => (await app.gql(READ, { id: p.id }, token)).data.completionReport.overdue;
    expect(await overdue(who.np)).toBe(false);
    app.clock.advance(DAYS * DAY + 1000);
    try {
      // A session lasts hours, not days: sign in again at the later time.
      const later = await app.login('np@npo.demo');
      expect(await overdue(later)).toBe(true);
      expect((await app.gql(SUBMIT, { id: p.id, v: 1, i: TEXTS }, later)).errors).toBeUndefined();
      expect(await overdue(later)).toBe(false);
    } finally {
      app.clock.advance(-(DAYS * DAY + 1000));
    }
  });
});

describe('completion report: completing the pairing', () => {
  it('refuses to complete without an accepted or waived report, and completes after', async () => {
    const p = await held();
    const follow = await gql(`mutation($id:ID!,$v:Int!){ startFollowUp(pairingId:$id, version:$v){ version } }`, { id: p.id, v: p.version }, 'np');
    const v = follow.data.startFollowUp.version;
    const refused = await gql(COMPLETE, { id: p.id, v }, 'sec');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completionReport' });
    expect(refused.errors?.[0].message).toMatch(/accepted or waived/);
    const s = await submitted(p);
    expect(codeOf(await gql(COMPLETE, { id: p.id, v }, 'np'))).toBe('BAD_USER_INPUT');
    await gql(ACCEPT, { id: p.id, v: s.version }, 'sec');
    expect((await gql(COMPLETE, { id: p.id, v }, 'np')).data.completePairing.status).toBe('COMPLETED');
  });

  it('completes after a waiver', async () => {
    const p = await held();
    await gql(WAIVE, { id: p.id, v: 1, r: 'Reported elsewhere' }, 'sec');
    expect((await gql(COMPLETE, { id: p.id, v: p.version }, 'np')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT'); // still MEETING_HELD
    const f = await gql(`mutation($id:ID!,$v:Int!){ startFollowUp(pairingId:$id, version:$v){ version } }`, { id: p.id, v: p.version }, 'np');
    expect((await gql(COMPLETE, { id: p.id, v: f.data.startFollowUp.version }, 'jp')).data.completePairing.status).toBe('COMPLETED');
  });
});

describe('completion report: alerts', () => {
  it("tells the Secretariat of a submission and the sending NPO of the decision, not the host", async () => {
    const INBOX = `{ inbox(first: 100) { edges { node { summary pairingId } } } }`;
    const alerts = async (as: string, id: string) => (await gql(INBOX, {}, as)).data.inbox.edges.map((e: any) => e.node).filter((n: any) => n.pairingId === id).map((n: any) => n.summary);
    const p = await held();
    const s = await submitted(p);
    expect(await alerts('sec', p.id)).toEqual([expect.stringMatching(/completion report was submitted \(revision 1\)$/)]);
    await gql(CHANGES, { id: p.id, v: s.version, r: 'Name the SMEs' }, 'sec');
    expect(await alerts('np', p.id)).toContainEqual(expect.stringMatching(/changes to the completion report were asked for: Name the SMEs$/));
    expect((await alerts('jp', p.id)).filter((a: string) => a.includes('completion report'))).toEqual([]);
  });
});

describe('completion report: live', () => {
  it('pairingChanged delivers the submission to the Secretariat and the host', async () => {
    const p = await held();
    const after = await latestCursor(app.gql, who.sec);
    const q = `subscription($id: ID!, $after: String) { pairingChanged(id: $id, after: $after) { event { type } pairing { id completionReport { status revisions { number } } } } }`;
    const subs = ['sec', 'jp'].map((as) => live.open(who[as]).subscribe(q, { id: p.id, after }));
    await submitted(p);
    for (const sub of subs) {
      const [change] = await sub.waitFor(1);
      expect(change.data.pairingChanged).toMatchObject({
        event: { type: 'PAIRING_COMPLETION_REPORT_SUBMITTED' },
        pairing: { id: p.id, completionReport: { status: 'SUBMITTED', revisions: [{ number: 1 }] } },
      });
    }
  });
});
