// The program report's test data set: proposals in several statuses under two calls, made through
// the real GraphQL mutations at set clock times; pairings (factory) held or not, with meeting
// plans, meeting records, completion reports and follow-ups; and `expected`, which counts every
// figure of programReport from these specs in plain JavaScript, following the definitions in
// server/src/modules/program-report/program-report.queries.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompletionReport, type CompletionReportStatus } from '../../../server/src/modules/completion-report/completion-report.entity.js';
import { MeetingRecord } from '../../../server/src/modules/meeting-record/meeting-record.entity.js';
import { Modality } from '../../../server/src/modules/notification/notification.enums.js';
import { FollowUpStatus } from '../../../server/src/modules/pairing/follow-up.entity.js';
import { PairingStatus } from '../../../server/src/modules/pairing/pairing.enums.js';
import { Proposal } from '../../../server/src/modules/proposal/proposal.entity.js';
import { Qualification } from '../../../server/src/modules/proposal/proposal.enums.js';
import type { TestApp } from '../app.js';
import { buildNotification } from './notifications.js';
import { orgOf } from './organizations.js';
import { buildFollowUp, buildPairing } from './pairings.js';
import { draftInput, Q } from './proposals.js';

const { HIGH_LEVEL_OFFICIAL: HL, POLICYMAKER: PM, NPO_OFFICIAL: NO } = Qualification;
type Final = 'SUBMITTED' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

export type MeetingSpec = {
  host: string;
  status: PairingStatus;
  plan: { startsAt?: string; modality?: Modality; delegates: Qualification[] };
  record?: { heldFrom?: string; modality?: Modality; participants: Qualification[] };
  report?: { status: CompletionReportStatus; dueAt: string };
  followUps?: FollowUpStatus[];
};

export type Spec = {
  call: 'A' | 'B';
  sending: string;
  topic: string;
  modality: Modality;
  submittedAt: string;
  final: Final;
  decidedAt?: string;
  meeting?: MeetingSpec;
  /** Filled in by seedDataSet. */
  proposalId?: string;
  notificationId?: string;
};

const { MEETING_HELD, FOLLOW_UP, COMPLETED, PLANNING } = PairingStatus;

export const DATA_SET: Spec[] = [
  // Submitted in December 2024, decided in January 2025, met in 2025: a 2024 proposal, a 2025 decision and meeting.
  { call: 'A', sending: 'NP', topic: 'Quality circles', modality: Modality.VIRTUAL, submittedAt: '2024-12-20T03:00:00Z', final: 'APPROVED', decidedAt: '2025-01-06T09:00:00Z',
    meeting: { host: 'KR', status: MEETING_HELD, plan: { startsAt: '2025-01-28T02:00:00Z', delegates: [NO, NO] }, report: { status: 'DUE', dueAt: '2025-02-27T00:00:00Z' } } },
  { call: 'A', sending: 'NP', topic: 'Lean management', modality: Modality.FACE_TO_FACE, submittedAt: '2025-01-10T01:00:00Z', final: 'APPROVED', decidedAt: '2025-01-20T13:00:00Z',
    meeting: { host: 'JP', status: COMPLETED, plan: { startsAt: '2025-03-01T00:00:00Z', modality: Modality.VIRTUAL, delegates: [NO] },
      record: { heldFrom: '2025-03-05', modality: Modality.FACE_TO_FACE, participants: [HL, PM, NO, NO] }, report: { status: 'ACCEPTED', dueAt: '2025-04-04T00:00:00Z' }, followUps: [FollowUpStatus.DONE, FollowUpStatus.DROPPED] } },
  { call: 'A', sending: 'LA', topic: '  lean   Management ', modality: Modality.VIRTUAL, submittedAt: '2025-02-01T05:00:00Z', final: 'APPROVED', decidedAt: '2025-02-04T05:00:00Z',
    // A record opened but not filled: the plan gives the day, modality and delegates.
    meeting: { host: 'TH', status: FOLLOW_UP, plan: { startsAt: '2025-04-10T23:30:00Z', modality: Modality.HYBRID, delegates: [NO, NO, PM] }, record: { participants: [] },
      report: { status: 'CHANGES_REQUESTED', dueAt: '2026-01-15T00:00:00Z' }, followUps: [FollowUpStatus.AGREED, FollowUpStatus.IN_PROGRESS, FollowUpStatus.PROPOSED] } },
  { call: 'A', sending: 'MN', topic: 'Smart factories', modality: Modality.VIRTUAL, submittedAt: '2025-02-15T00:00:00Z', final: 'REJECTED', decidedAt: '2025-03-01T12:00:00Z' },
  { call: 'A', sending: 'NP', topic: 'Green productivity', modality: Modality.VIRTUAL, submittedAt: '2025-03-01T00:00:00Z', final: 'UNDER_REVIEW' },
  { call: 'A', sending: 'LA', topic: 'Digital government', modality: Modality.VIRTUAL, submittedAt: '2025-03-02T00:00:00Z', final: 'WITHDRAWN' },
  { call: 'B', sending: 'MN', topic: 'Smart factories', modality: Modality.HYBRID, submittedAt: '2025-05-01T00:00:00Z', final: 'APPROVED', decidedAt: '2025-05-03T00:00:00Z',
    meeting: { host: 'KR', status: MEETING_HELD, plan: { startsAt: '2025-06-01T00:00:00Z', delegates: [NO] }, record: { heldFrom: '2025-06-02', participants: [HL, NO] },
      report: { status: 'SUBMITTED', dueAt: '2025-07-02T00:00:00Z' } } },
  { call: 'B', sending: 'NP', topic: 'Energy efficiency', modality: Modality.VIRTUAL, submittedAt: '2025-11-30T00:00:00Z', final: 'APPROVED', decidedAt: '2025-12-01T00:00:00Z',
    // Planned, not held: in no meeting figure.
    meeting: { host: 'JP', status: PLANNING, plan: { startsAt: '2025-12-20T00:00:00Z', delegates: [HL] } } },
  { call: 'B', sending: 'LA', topic: 'Service productivity', modality: Modality.VIRTUAL, submittedAt: '2025-09-09T00:00:00Z', final: 'SUBMITTED' },
  { call: 'B', sending: 'NP', topic: 'Agro-food quality', modality: Modality.VIRTUAL, submittedAt: '2025-10-01T00:00:00Z', final: 'APPROVED', decidedAt: '2025-10-02T00:00:00Z',
    // Held in 2026: a 2025 proposal, a 2026 meeting.
    meeting: { host: 'TH', status: MEETING_HELD, plan: { startsAt: '2026-01-20T00:00:00Z', delegates: [PM] }, record: { heldFrom: '2026-01-21', modality: Modality.VIRTUAL, participants: [PM, NO] },
      report: { status: 'DUE', dueAt: '2026-02-20T00:00:00Z' } } },
];

/** Runs every spec through the API and the factories; returns the specs with their ids, and the two calls. */
export async function seedDataSet(app: TestApp, sec: string): Promise<{ calls: { A: string; B: string }; data: Spec[] }> {
  const rounds = ['2024-12-31', '2025-12-31'];
  const calls = { A: (await buildNotification(app, { rounds })).id, B: (await buildNotification(app, { rounds })).id };
  const data: Spec[] = [];
  for (const spec of DATA_SET) {
    const s = { ...spec, notificationId: calls[spec.call] };
    s.proposalId = await proposeThroughApi(app, sec, s);
    if (s.meeting) await meetingOf(app, s.proposalId, s.meeting);
    data.push(s);
  }
  return { calls, data };
}

async function proposeThroughApi(app: TestApp, sec: string, s: Spec): Promise<string> {
  const ok = async (q: string, vars: Record<string, unknown>, token: string) => {
    const r = await app.gql(q, vars, token);
    if (r.errors) throw new Error(`${s.topic}: ${JSON.stringify(r.errors)}`);
    return Object.values(r.data)[0] as { id: string; version: number };
  };
  // Sessions expire by the clock: sign in at the submission's time.
  app.clock.set(s.submittedAt);
  const npo = await app.login(`${s.sending.toLowerCase()}@npo.demo`);
  let p = await ok(Q.create, { input: draftInput(s.notificationId!, { topic: s.topic, modality: s.modality }) }, npo);
  p = await ok(Q.submit, { id: p.id, v: p.version }, npo);
  if (s.final === 'WITHDRAWN') p = await ok(Q.withdraw, { id: p.id, v: p.version, r: 'Not this year.' }, npo);
  if (s.final === 'UNDER_REVIEW' || s.decidedAt) p = await ok(Q.startReview, { id: p.id, v: p.version }, sec);
  if (s.decidedAt) {
    app.clock.set(s.decidedAt);
    p = s.final === 'APPROVED' ? await ok(Q.approve, { id: p.id, v: p.version }, sec) : await ok(Q.reject, { id: p.id, v: p.version, r: 'Out of scope.' }, sec);
  }
  await dateEvents(app, p.id, s);
  return p.id;
}

/**
 * The event log stamps events with the database's now(), not the test clock: the test dates its
 * proposals' submission and decision events as the spec says (the report reads them from the log).
 */
async function dateEvents(app: TestApp, proposalId: string, s: Spec): Promise<void> {
  const conn = app.db.orm.em.fork().getConnection();
  await conn.execute(`update activity_event set created_at = ? where subject_id = ? and type = 'PROPOSAL_SUBMITTED'`, [s.submittedAt, proposalId]);
  if (s.decidedAt) await conn.execute(`update activity_event set created_at = ? where subject_id = ? and type in ('PROPOSAL_APPROVED', 'PROPOSAL_REJECTED')`, [s.decidedAt, proposalId]);
}

async function meetingOf(app: TestApp, proposalId: string, m: MeetingSpec): Promise<void> {
  const proposal = await app.db.orm.em.fork().findOneOrFail(Proposal, proposalId);
  const host = await orgOf(app, m.host);
  const delegates = m.plan.delegates.map((qualification, i) => ({ name: `Delegate ${i + 1}`, title: 'Director', organizationId: host.id, qualification }));
  const plan = { modality: m.plan.modality, startsAt: m.plan.startsAt ? new Date(m.plan.startsAt) : undefined, delegates };
  const { pairing } = await buildPairing(app, { proposal, host: m.host, status: m.status, plan });
  await insertOutcome(app, pairing.id, m);
  for (const status of m.followUps ?? []) await buildFollowUp(app, pairing, { status });
}

/**
 * The meeting record and completion report rows, written straight with the ORM like the pairing
 * factory's rows (a pairing built in FOLLOW_UP never went through MARK_HELD, which opens them);
 * this is the one place the test makes them.
 */
async function insertOutcome(app: TestApp, pairingId: string, m: MeetingSpec): Promise<void> {
  const em = app.db.orm.em.fork() as EntityManager;
  if (m.record) {
    const participants = m.record.participants.map((qualification, i) => ({ name: `Participant ${i + 1}`, title: 'Officer', organizationId: '', qualification }));
    em.create(MeetingRecord, { pairing: pairingId, heldFrom: m.record.heldFrom ?? null, modality: m.record.modality ?? null, participants });
  }
  if (m.report) em.create(CompletionReport, { pairing: pairingId, status: m.report.status, dueAt: new Date(m.report.dueAt) });
  await em.flush();
}

// ---- the figures, counted from the specs ----

const HELD: PairingStatus[] = [MEETING_HELD, FOLLOW_UP, COMPLETED];
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const DAY = 86_400_000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length / 2;
  const m = Number.isInteger(mid) ? (v[mid - 1] + v[mid]) / 2 : v[Math.floor(mid)];
  return Math.round(m * 100) / 100;
}

const count = <T>(items: T[], key: (t: T) => string, keys: string[]) => keys.map((k) => [k, items.filter((i) => key(i) === k).length] as const);

/** A held meeting's day, modality and participants: the record's when it has them, else the plan's. */
function meetingFacts(s: Spec) {
  const m = s.meeting!;
  return {
    day: m.record?.heldFrom ?? m.plan.startsAt?.slice(0, 10),
    modality: m.record?.modality ?? m.plan.modality ?? s.modality,
    participants: m.record?.participants.length ? m.record.participants : m.plan.delegates,
  };
}

export function expected(data: Spec[], year: number, call: string | null, now: Date) {
  const inCall = data.filter((s) => !call || s.notificationId === call);
  const cohort = inCall.filter((s) => yearOf(s.submittedAt) === year);
  const held = inCall.filter((s) => s.meeting && HELD.includes(s.meeting.status) && yearOf(meetingFacts(s).day!) === year);
  const month = (i: number) => `${year}-${String(i + 1).padStart(2, '0')}`;
  const economies = [...new Set(held.flatMap((s) => [s.sending, s.meeting!.host]))].sort();
  const followUps = held.flatMap((s) => s.meeting!.followUps ?? []);
  const byTopic = new Map<string, number>();
  for (const s of cohort) byTopic.set(s.topic.trim().replace(/\s+/g, ' ').toLowerCase(), (byTopic.get(s.topic.trim().replace(/\s+/g, ' ').toLowerCase()) ?? 0) + 1);
  return {
    year,
    notificationId: call,
    proposalsByStatus: count(cohort, (s) => s.final, ['SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN']).map(([status, n]) => ({ status, count: n })),
    meetingsByEconomy: economies.map((code) => ({ code, asSender: held.filter((s) => s.sending === code).length, asHost: held.filter((s) => s.meeting!.host === code).length })),
    modalityMix: count(held, (s) => meetingFacts(s).modality, Object.values(Modality)).map(([modality, n]) => ({ modality, count: n })),
    participantsByQualification: Object.values(Qualification).map((q) => ({ qualification: q, count: held.flatMap((s) => meetingFacts(s).participants).filter((x) => x === q).length })),
    topics: [...byTopic].map(([topic, n]) => ({ topic, count: n })).sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic)),
    followUps: {
      agreed: followUps.filter((f) => ['AGREED', 'IN_PROGRESS', 'DONE'].includes(f)).length,
      inProgress: followUps.filter((f) => f === 'IN_PROGRESS').length,
      completed: followUps.filter((f) => f === 'DONE').length,
    },
    medianDaysSubmissionToDecision: median(cohort.filter((s) => s.decidedAt).map((s) => (Date.parse(s.decidedAt!) - Date.parse(s.submittedAt)) / DAY)),
    medianDaysDecisionToMeeting: median(held.filter((s) => s.decidedAt).map((s) => (Date.parse(meetingFacts(s).day!) - Date.parse(s.decidedAt!.slice(0, 10))) / DAY)),
    reportsOverdue: held.filter((s) => s.meeting!.report && ['DUE', 'CHANGES_REQUESTED'].includes(s.meeting!.report.status) && Date.parse(s.meeting!.report.dueAt) < now.getTime()).length,
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: month(i),
      proposalsSubmitted: cohort.filter((s) => s.submittedAt.startsWith(month(i))).length,
      decisions: inCall.filter((s) => s.decidedAt?.startsWith(month(i))).length,
      meetingsHeld: held.filter((s) => meetingFacts(s).day!.startsWith(month(i))).length,
    })),
  };
}
