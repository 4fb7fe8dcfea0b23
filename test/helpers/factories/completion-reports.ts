// Completion reports for tests, written straight into the test database (no events): the report
// MARK_HELD would have opened for a pairing the pairing factory built past that step, in any
// state; a SUBMITTED or later one has its first revision.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompletionReport, CompletionReportRevision, CompletionReportStatus } from '../../../server/src/modules/completion-report/completion-report.entity.js';
import { Pairing } from '../../../server/src/modules/pairing/pairing.entity.js';
import { User } from '../../../server/src/modules/user/user.entity.js';
import type { WithDb } from './organizations.js';

export const REPORT_TEXTS = { outcomes: 'Two SMEs adopted lean', application: 'A national lean program', followUpPlan: 'A joint training next year' };

/** Default: ACCEPTED (so the pairing may complete), due 30 days from now. */
export async function buildCompletionReport(app: WithDb, pairing: { id: string }, over: { status?: CompletionReportStatus; dueAt?: Date } = {}): Promise<CompletionReport> {
  const em = app.db.orm.em.fork() as EntityManager;
  const status = over.status ?? CompletionReportStatus.ACCEPTED;
  const written = status !== CompletionReportStatus.DUE && status !== CompletionReportStatus.WAIVED;
  const r = em.create(CompletionReport, {
    pairing: pairing.id,
    status,
    dueAt: over.dueAt ?? new Date(Date.now() + 30 * 86_400_000),
    ...(written ? { ...REPORT_TEXTS, submittedAt: new Date() } : {}),
    ...(status === CompletionReportStatus.WAIVED ? { waiverReason: 'Test waiver', decidedAt: new Date() } : {}),
  });
  if (written) {
    const { sendingOrganization } = await em.findOneOrFail(Pairing, { id: pairing.id });
    const author = await em.findOneOrFail(User, { organization: sendingOrganization.id }, { orderBy: { email: 'asc' } });
    em.create(CompletionReportRevision, { report: r, number: 1, fields: { ...REPORT_TEXTS }, author });
  }
  await em.flush();
  return r;
}
