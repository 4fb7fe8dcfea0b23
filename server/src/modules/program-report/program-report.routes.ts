// GET /export/program-report.csv?year=&notificationId=: the program report as CSV, for the
// Secretariat only (as the programReport query), with the export module's CSV writer (UTF-8 BOM,
// CRLF, formula cells neutralized) and its query-parameter checks. One row per figure:
// section, item, measure, value — the same numbers as the GraphQL report, read by the same code.
import { Router } from 'express';
import { badInput, forbidden } from '../../errors.js';
import { isSecretariat } from '../auth/viewer.js';
import { idParam, parseFilter, sendCsv, type Cell, type FilterSpec } from '../export/export.service.js';
import type { ReaderOf } from '../export/export.types.js';
import { buildProgramReport } from './program-report.service.js';
import type { ProgramReport } from './program-report.types.js';

const FILTERS: FilterSpec = { year: { kind: 'pattern', pattern: /^\d{4}$/, what: 'a year such as 2026' }, notification: idParam };
export const PROGRAM_REPORT_CSV_HEADER = ['section', 'item', 'measure', 'value'];

export function programReportRoutes(readerOf: ReaderOf): Router {
  const router = Router();
  router.get('/export/program-report.csv', async (req, res, next) => {
    try {
      const ctx = await readerOf(req, res);
      if (!isSecretariat(ctx.viewer)) throw forbidden('Only the APO Secretariat may do this.');
      const filter = parseFilter(FILTERS, req.query as Record<string, unknown>);
      if (!filter.year) throw badInput('year', 'Give the year of the report, e.g. year=2026.');
      const report = await buildProgramReport(ctx.em, ctx.clock, Number(filter.year), filter.notification ?? null);
      await sendCsv(res, `program-report-${report.year}.csv`, PROGRAM_REPORT_CSV_HEADER, toRows(report));
    } catch (e) {
      if (!res.headersSent) return next(e);
      res.destroy();
    }
  });
  return router;
}

export async function* toRows(r: ProgramReport): AsyncGenerator<Cell[]> {
  for (const x of r.proposalsByStatus) yield ['proposals_by_status', x.status, 'count', x.count];
  for (const x of r.meetingsByEconomy) {
    yield ['meetings_by_economy', x.economy.code, 'as_sender', x.asSender];
    yield ['meetings_by_economy', x.economy.code, 'as_host', x.asHost];
  }
  for (const x of r.modalityMix) yield ['modality_mix', x.modality, 'count', x.count];
  for (const x of r.participantsByQualification) yield ['participants_by_qualification', x.qualification, 'count', x.count];
  for (const x of r.topics) yield ['topics', x.topic, 'count', x.count];
  yield ['follow_ups', '', 'agreed', r.followUps.agreed];
  yield ['follow_ups', '', 'in_progress', r.followUps.inProgress];
  yield ['follow_ups', '', 'completed', r.followUps.completed];
  yield ['median_days', '', 'submission_to_decision', r.medianDaysSubmissionToDecision];
  yield ['median_days', '', 'decision_to_meeting', r.medianDaysDecisionToMeeting];
  yield ['reports_overdue', '', 'count', r.reportsOverdue];
  for (const m of r.byMonth) {
    yield ['by_month', m.month, 'proposals_submitted', m.proposalsSubmitted];
    yield ['by_month', m.month, 'decisions', m.decisions];
    yield ['by_month', m.month, 'meetings_held', m.meetingsHeld];
  }
}
