// Builds the program report: validates the year and the call, then runs the grouped queries of
// program-report.queries.ts in one snapshot (REPEATABLE READ, read only), as the dashboard does,
// so that the figures and the cursor agree with each other.
import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { badInput, notFound } from '../../errors.js';
import { latestEventId } from '../../events/index.js';
import { Economy } from '../economy/economy.entity.js';
import { Modality } from '../notification/notification.enums.js';
import { ProjectNotification } from '../notification/notification.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { ProposalStatus, Qualification } from '../proposal/proposal.enums.js';
import { SQL } from './program-report.queries.js';
import type { EconomyMeetings, MonthTrend, ProgramReport } from './program-report.types.js';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

type Row = Record<string, unknown>;
type Sql = (q: string) => Promise<Row[]>;

/** BAD_USER_INPUT for a year outside 2000..2100 or an id that is not a UUID; NOT_FOUND for an unknown call. */
export async function checkReportArgs(em: EntityManager, year: number, notificationId: string | null | undefined): Promise<string | null> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw badInput('year', `Give a year from ${MIN_YEAR} to ${MAX_YEAR}.`);
  if (notificationId == null || notificationId === '') return null;
  if (!isUuid(notificationId)) throw badInput('notificationId', 'notificationId must be the id of a call.');
  if (!(await em.count(ProjectNotification, { id: notificationId }))) throw notFound('Project notification');
  return notificationId;
}

export async function buildProgramReport(em: EntityManager, clock: Clock, year: number, notificationId?: string | null): Promise<ProgramReport> {
  const call = await checkReportArgs(em, year, notificationId);
  const now = clock.now();
  return em.transactional(
    async (tx) => {
      const sql: Sql = (q) => tx.getConnection().execute<Row[]>(q, [year, call, now], 'all', tx.getTransactionContext());
      return { year, notificationId: call, ...(await figures(tx, sql, year)), cursor: await latestEventId(tx), generatedAt: now };
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}

type Figures = Omit<ProgramReport, 'year' | 'notificationId' | 'cursor' | 'generatedAt'>;

/** One statement after another: they share the transaction's one connection anyway. */
async function figures(tx: EntityManager, sql: Sql, year: number): Promise<Figures> {
  const byStatus = await sql(SQL.proposalsByStatus);
  const modality = await sql(SQL.modalityMix);
  const participants = await sql(SQL.participants);
  const f = (await sql(SQL.followUps))[0] ?? {};
  return {
    proposalsByStatus: allOf(Object.values(ProposalStatus).filter((s) => s !== ProposalStatus.DRAFT), byStatus).map(([status, count]) => ({ status, count })),
    meetingsByEconomy: await meetingsByEconomy(tx, sql),
    modalityMix: allOf(Object.values(Modality), modality).map(([m, count]) => ({ modality: m, count })),
    participantsByQualification: allOf(Object.values(Qualification), participants).map(([qualification, count]) => ({ qualification, count })),
    topics: (await sql(SQL.topics)).map((t) => ({ topic: String(t.topic), count: Number(t.n) })),
    followUps: { agreed: Number(f.agreed ?? 0), inProgress: Number(f.in_progress ?? 0), completed: Number(f.completed ?? 0) },
    medianDaysSubmissionToDecision: median(await sql(SQL.medianSubmissionToDecision)),
    medianDaysDecisionToMeeting: median(await sql(SQL.medianDecisionToMeeting)),
    reportsOverdue: Number((await sql(SQL.reportsOverdue))[0]?.n ?? 0),
    byMonth: await monthTrends(sql, year),
  };
}

/** Every key of the enum in its order, zeros included (a key the enum does not know is left out). */
function allOf<K extends string>(keys: K[], rows: Row[]): Array<[K, number]> {
  const byKey = new Map(rows.map((r) => [String(r.key), Number(r.n)]));
  return keys.map((k) => [k, byKey.get(k) ?? 0]);
}

/** Rounded to two decimals: a report reads "12.5 days", not a float's last digits. */
function median(rows: Row[]): number | null {
  const v = rows[0]?.median;
  return v == null ? null : Math.round(Number(v) * 100) / 100;
}

async function meetingsByEconomy(em: EntityManager, sql: Sql): Promise<EconomyMeetings[]> {
  const rows = await sql(SQL.meetingsByEconomy);
  if (rows.length === 0) return [];
  const economies = await em.find(Economy, { id: { $in: rows.map((r) => String(r.economy_id)) } }, { orderBy: { name: 'asc' } });
  const byId = new Map(rows.map((r) => [String(r.economy_id), r]));
  return economies.map((economy) => ({ economy, asSender: Number(byId.get(economy.id)!.as_sender), asHost: Number(byId.get(economy.id)!.as_host) }));
}

async function monthTrends(sql: Sql, year: number): Promise<MonthTrend[]> {
  const submitted = await sql(SQL.submittedByMonth);
  const decisions = await sql(SQL.decisionsByMonth);
  const meetings = await sql(SQL.meetingsByMonth);
  const count = (rows: Row[], month: string) => Number(rows.find((r) => r.key === month)?.n ?? 0);
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { month, proposalsSubmitted: count(submitted, month), decisions: count(decisions, month), meetingsHeld: count(meetings, month) };
  });
}
