// programReport (issue 19): every figure equals a count the test computes from its own data set
// (the DATA specs below, not the server's SQL); year and call filters; who may read it; the CSV
// route gives the same numbers; a newly held meeting changes the figures, live too.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { liveClient } from '../helpers/live-client.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { expected, seedDataSet, type Spec } from '../helpers/factories/program-report.js';

export const FIELDS = `year notificationId cursor
  proposalsByStatus { status count } meetingsByEconomy { economy { code name } asSender asHost }
  modalityMix { modality count } participantsByQualification { qualification count } topics { topic count }
  followUps { agreed inProgress completed } medianDaysSubmissionToDecision medianDaysDecisionToMeeting reportsOverdue
  byMonth { month proposalsSubmitted decisions meetingsHeld }`;
const REPORT = `query($y: Int!, $n: ID) { programReport(year: $y, notificationId: $n) { ${FIELDS} } }`;

let app: TestApp;
let sec: string;
let calls: { A: string; B: string };
let data: Spec[];
const NOW = '2025-12-31T00:00:00.000Z';

beforeAll(async () => {
  app = await startTestApp();
  sec = await app.login('secretariat@apo.demo');
  ({ calls, data } = await seedDataSet(app, sec));
  app.clock.set(NOW);
}, 120_000);
afterAll(() => app.stop());

const report = async (year: number, call?: string, token = sec) => {
  const r = await app.gql(REPORT, { y: year, n: call ?? null }, token);
  expect(r.errors).toBeUndefined();
  return r.data.programReport;
};

/** The report without what the expected figures leave out (cursor), economies by code, topics lower-cased (collation-free). */
function comparable(r: any) {
  const { cursor: _c, ...rest } = r;
  return {
    ...rest,
    meetingsByEconomy: r.meetingsByEconomy.map((e: any) => ({ code: e.economy.code, asSender: e.asSender, asHost: e.asHost })).sort((a: any, b: any) => a.code.localeCompare(b.code)),
    topics: r.topics.map((t: any) => ({ topic: t.topic.toLowerCase(), count: t.count })),
  };
}

describe('programReport', () => {
  it('gives for a year every figure as counted from the data set, across all calls', async () => {
    const r = await report(2025);
    expect(comparable(r)).toEqual(expected(data, 2025, null, new Date(NOW)));
    // Spot checks a reader can follow by eye (the data set in program-report.data.ts).
    expect(r.proposalsByStatus.find((s: any) => s.status === 'APPROVED').count).toBe(5);
    expect(r.followUps).toEqual({ agreed: 3, inProgress: 1, completed: 1 });
    expect(r.reportsOverdue).toBe(1);
    expect(r.meetingsByEconomy.map((e: any) => e.economy.name)).toEqual([...r.meetingsByEconomy.map((e: any) => e.economy.name)].sort());
  });

  it('limits to one call, and to the year asked', async () => {
    expect(comparable(await report(2025, calls.A))).toEqual(expected(data, 2025, calls.A, new Date(NOW)));
    expect(comparable(await report(2025, calls.B))).toEqual(expected(data, 2025, calls.B, new Date(NOW)));
    const y2024 = await report(2024);
    expect(comparable(y2024)).toEqual(expected(data, 2024, null, new Date(NOW)));
    expect(y2024.proposalsByStatus.reduce((n: number, s: any) => n + s.count, 0)).toBe(1);
    const y2026 = await report(2026);
    expect(comparable(y2026)).toEqual(expected(data, 2026, null, new Date(NOW)));
    expect(y2026.byMonth.map((m: any) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
  });

  it('refuses NPO users and anonymous callers, and bad arguments', async () => {
    const np = await app.login('np@npo.demo');
    expect(codeOf(await app.gql(REPORT, { y: 2025 }, np))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(REPORT, { y: 2025 }))).toBe('UNAUTHENTICATED');
    expect((await app.gql(REPORT, { y: 1999 }, sec)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect((await app.gql(REPORT, { y: 2025, n: 'nope' }, sec)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notificationId' });
    expect(codeOf(await app.gql(REPORT, { y: 2025, n: '00000000-0000-4000-8000-000000000000' }, sec))).toBe('NOT_FOUND');
  });
});

describe('GET /export/program-report.csv', () => {
  const download = (query: string, token?: string) => fetch(`${app.url}/export/program-report.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('holds the same figures as the GraphQL report', async () => {
    for (const [query, call] of [['?year=2025', undefined], [`?year=2025&notificationId=${calls.B}`, calls.B]] as const) {
      const res = await download(query, sec);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const rows = parse(await res.text(), { columns: true, bom: true }) as Array<Record<string, string>>;
      expect(rows).toEqual(csvRowsOf(await report(2025, call)));
    }
  });

  it('is refused to NPO users and anonymous callers, and checks its parameters', async () => {
    const np = await app.login('np@npo.demo');
    expect((await download('?year=2025', np)).status).toBe(403);
    expect((await download('?year=2025')).status).toBe(401);
    expect((await download('', sec)).status).toBe(400);
    expect((await download('?year=1999', sec)).status).toBe(400);
    expect((await download('?year=2025&notification=00000000-0000-4000-8000-000000000000', sec)).status).toBe(404);
  });
});

/** The rows the CSV must have, written from the GraphQL answer (the order of program-report.routes.ts). */
function csvRowsOf(r: any): Array<Record<string, string>> {
  const row = (section: string, item: string, measure: string, value: number | null) => ({ section, item, measure, value: value == null ? '' : String(value) });
  return [
    ...r.proposalsByStatus.map((x: any) => row('proposals_by_status', x.status, 'count', x.count)),
    ...r.meetingsByEconomy.flatMap((x: any) => [row('meetings_by_economy', x.economy.code, 'as_sender', x.asSender), row('meetings_by_economy', x.economy.code, 'as_host', x.asHost)]),
    ...r.modalityMix.map((x: any) => row('modality_mix', x.modality, 'count', x.count)),
    ...r.participantsByQualification.map((x: any) => row('participants_by_qualification', x.qualification, 'count', x.count)),
    ...r.topics.map((x: any) => row('topics', x.topic, 'count', x.count)),
    row('follow_ups', '', 'agreed', r.followUps.agreed), row('follow_ups', '', 'in_progress', r.followUps.inProgress), row('follow_ups', '', 'completed', r.followUps.completed),
    row('median_days', '', 'submission_to_decision', r.medianDaysSubmissionToDecision), row('median_days', '', 'decision_to_meeting', r.medianDaysDecisionToMeeting),
    row('reports_overdue', '', 'count', r.reportsOverdue),
    ...r.byMonth.flatMap((m: any) => [row('by_month', m.month, 'proposals_submitted', m.proposalsSubmitted), row('by_month', m.month, 'decisions', m.decisions), row('by_month', m.month, 'meetings_held', m.meetingsHeld)]),
  ];
}

describe('a newly held meeting', () => {
  it('changes the figures, in the query and in what dashboardChanged pushes', async () => {
    // A meeting in 2023, a year the data set leaves empty: scheduled for 10 March, marked held on the 11th.
    const notification = await buildNotification(app, { rounds: ['2023-12-31'] });
    const { pairing } = await buildPairing(app, { notification, sending: 'MN', host: 'KR', status: PairingStatus.MEETING_SCHEDULED, plan: { startsAt: new Date('2023-03-10T01:00:00Z'), endsAt: new Date('2023-03-10T05:00:00Z') } });
    app.clock.set('2023-03-11T00:00:00Z');
    const before = await report(2023);
    expect(before.byMonth[2].meetingsHeld).toBe(0);

    const ws = liveClient(app.url.replace('http', 'ws') + '/graphql', sec);
    const sub = ws.subscribe(`subscription($after: String) { dashboardChanged(after: $after) { cursor dashboard { programReport(year: 2023) { byMonth { month meetingsHeld } meetingsByEconomy { economy { code } asSender asHost } } } } }`, { after: before.cursor });
    const mn = await app.login('mn@npo.demo');
    const held = await app.gql(`mutation($id: ID!, $v: Int!) { markMeetingHeld(pairingId: $id, version: $v) { status } }`, { id: pairing.id, v: pairing.version }, mn);
    expect(held.data?.markMeetingHeld.status).toBe('MEETING_HELD');

    const [change] = await sub.waitFor(1);
    const pushed = change.data.dashboardChanged.dashboard.programReport;
    expect(pushed.byMonth[2]).toEqual({ month: '2023-03', meetingsHeld: 1 });
    expect(pushed.meetingsByEconomy.map((e: any) => [e.economy.code, e.asSender, e.asHost]).sort()).toEqual([['KR', 0, 1], ['MN', 1, 0]]);
    const after = await report(2023);
    expect(after.byMonth[2].meetingsHeld).toBe(1);
    expect(after.modalityMix.reduce((n: number, m: any) => n + m.count, 0)).toBe(1);
    sub.stop();
    await ws.dispose();
    app.clock.set(NOW);
  });
});
