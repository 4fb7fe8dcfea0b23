// The completion report's life: opened (DUE) when the meeting is marked held, submitted by the
// sending NPO as numbered revisions, accepted, sent back or waived by the Secretariat; and the
// guard that lets a pairing complete only once its report is settled. Every change records a
// pairing event in its transaction, so pairingChanged carries it to both sides and the Secretariat.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction, type RecordEvent } from '../../events/index.js';
import { secretariatOrgIds } from '../organization/organization.service.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { getPairing, recordPartEvent, type Alert } from '../pairing/pairing.service.js';
import { User } from '../user/user.entity.js';
import { CompletionReport, CompletionReportRevision } from './completion-report.entity.js';
import type { CompletionReportInput } from './completion-report.inputs.js';
import { isReportSettled, mayDecideReport, maySubmitReport, REPORTING_STATUSES, ReportAction, reportMachine } from './completion-report.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;
const DAY = 86_400_000;
export const DEFAULT_REPORT_DUE_DAYS = 30;
export const MAX_REPORT_TEXT = 10_000;
const MAX_REASON = 2000;

/**
 * Opens the report when the meeting is marked held. The days come from the request's config
 * (REPORT_DUE_DAYS); a caller without one (the demo seed acts through the commands without a
 * request) gets the documented default.
 */
export async function openCompletionReport(tx: EntityManager, ctx: Pick<Context, 'clock'> & Partial<Pick<Context, 'config'>>, p: Pairing): Promise<void> {
  const days = ctx.config?.outcomes.reportDueDays ?? DEFAULT_REPORT_DUE_DAYS;
  tx.create(CompletionReport, { pairing: p, dueAt: new Date(ctx.clock.now().getTime() + days * DAY) });
}

/** COMPLETE's guard: an ACCEPTED or WAIVED report. */
export async function assertReportSettled(tx: EntityManager, p: Pairing): Promise<void> {
  if (await isReportSettled(tx, p.id)) return;
  const r = await tx.findOne(CompletionReport, { pairing: p.id });
  const now = r ? ` It is ${r.status}.` : '';
  throw badInput('completionReport', `The pairing can be completed only once the Secretariat has accepted or waived the completion report.${now}`);
}

function cleanText(field: string, value: string, max: number, label: string): string {
  const v = value.trim();
  if (!v) throw badInput(field, `Write the ${label}.`);
  if (v.length > max) throw badInput(field, `${label[0].toUpperCase()}${label.slice(1)} must be at most ${max} characters.`);
  return v;
}

type Loaded = { p: Pairing; r: CompletionReport };

/** The pairing as the viewer may see it (else NOT_FOUND) and its report, at the version read. */
async function loadReport(tx: EntityManager, ctx: Ctx, pairingId: string, version: number, allowed: (p: Pairing) => boolean, refusal: string): Promise<Loaded> {
  // Both sides in the same statement: the event's inbox lines are labelled with their acronyms.
  const p = await getPairing(tx, ctx.viewer, pairingId, ['sendingOrganization', 'hostOrganization']);
  if (!allowed(p)) throw forbidden(refusal);
  const r = await tx.findOne(CompletionReport, { pairing: p.id });
  if (!r) throw notFound('Completion report');
  assertVersion('The completion report', r.version, version);
  return { p, r };
}

type Change = { type: string; summary: string; alerts: Alert[]; payload?: Record<string, unknown> };

/** The report's event, its payload read after the flush (the version just written); returns the report. */
function record(tx: EntityManager, rec: RecordEvent, ctx: Ctx, { p, r }: Loaded, c: Change): Promise<CompletionReport> {
  return recordPartEvent(tx, rec, ctx.viewer, p, 'CompletionReport', r, () => ({
    type: c.type,
    payload: { completionReportId: r.id, status: r.status, version: r.version, pairingStatus: p.status, pairingVersion: p.version, ...c.payload },
    alerts: c.alerts,
  }));
}

export function submitCompletionReport(ctx: Ctx, pairingId: string, version: number, input: CompletionReportInput): Promise<CompletionReport> {
  const fields = {
    outcomes: cleanText('outcomes', input.outcomes, MAX_REPORT_TEXT, 'outcomes against the objectives'),
    application: cleanText('application', input.application, MAX_REPORT_TEXT, 'how the knowledge will be applied at home'),
    followUpPlan: cleanText('followUpPlan', input.followUpPlan, MAX_REPORT_TEXT, 'follow-up plan'),
  };
  return runInTransaction(ctx.em, async (tx, rec) => {
    const refusal = 'Only the sending NPO submits its completion report.';
    const loaded = await loadReport(tx, ctx, pairingId, version, (p) => maySubmitReport(ctx.viewer, p), refusal);
    const { p, r } = loaded;
    if (!REPORTING_STATUSES.includes(p.status)) {
      throw badInput('status', `The report is submitted after the meeting and before completion; the pairing is ${p.status}.`, { status: p.status });
    }
    r.status = reportMachine.next(r.status, ReportAction.SUBMIT);
    Object.assign(r, fields, { changeRequest: null, submittedAt: ctx.clock.now() });
    const number = (await tx.count(CompletionReportRevision, { report: r.id })) + 1;
    tx.create(CompletionReportRevision, { report: r, number, fields, author: ctx.viewer!.userId!, createdAt: ctx.clock.now() });
    const told = await secretariatOrgIds(tx);
    return record(tx, rec, ctx, loaded, {
      type: 'PAIRING_COMPLETION_REPORT_SUBMITTED',
      summary: 'the completion report was submitted',
      payload: { revision: number },
      alerts: [{ kind: 'PAIRING_CHANGED', orgIds: told, summary: `the completion report was submitted (revision ${number})` }],
    });
  });
}

type Decision = { action: ReportAction; type: string; summary: string; reason?: string };

/** The Secretariat's decisions share their shape: load, move, note who decided, tell the sender. */
function decide(ctx: Ctx, pairingId: string, version: number, d: Decision, apply: (r: CompletionReport, tx: EntityManager) => void): Promise<CompletionReport> {
  return runInTransaction(ctx.em, async (tx, rec) => {
    const refusal = 'Only the APO Secretariat decides on completion reports.';
    const loaded = await loadReport(tx, ctx, pairingId, version, () => mayDecideReport(ctx.viewer), refusal);
    const { p, r } = loaded;
    r.status = reportMachine.next(r.status, d.action);
    apply(r, tx);
    const summary = d.reason ? `${d.summary}: ${d.reason}` : d.summary;
    return record(tx, rec, ctx, loaded, {
      type: d.type,
      summary,
      payload: d.reason ? { reason: d.reason } : {},
      alerts: [{ kind: 'PAIRING_CHANGED', orgIds: [p.sendingOrganization.id], summary }],
    });
  });
}

export function acceptCompletionReport(ctx: Ctx, pairingId: string, version: number): Promise<CompletionReport> {
  const d = { action: ReportAction.ACCEPT, type: 'PAIRING_COMPLETION_REPORT_ACCEPTED', summary: 'the completion report was accepted' };
  return decide(ctx, pairingId, version, d, (r, tx) => decided(tx, ctx, r));
}

export function requestCompletionReportChanges(ctx: Ctx, pairingId: string, version: number, reason: string): Promise<CompletionReport> {
  const why = cleanText('reason', reason, MAX_REASON, 'changes you ask for');
  const d = { action: ReportAction.REQUEST_CHANGES, type: 'PAIRING_COMPLETION_REPORT_CHANGES_REQUESTED', summary: 'changes to the completion report were asked for', reason: why };
  return decide(ctx, pairingId, version, d, (r) => void (r.changeRequest = why));
}

export function waiveCompletionReport(ctx: Ctx, pairingId: string, version: number, reason: string): Promise<CompletionReport> {
  const why = cleanText('reason', reason, MAX_REASON, 'reason for the waiver');
  const d = { action: ReportAction.WAIVE, type: 'PAIRING_COMPLETION_REPORT_WAIVED', summary: 'the completion report was waived', reason: why };
  return decide(ctx, pairingId, version, d, (r, tx) => {
    r.waiverReason = why;
    decided(tx, ctx, r);
  });
}

function decided(tx: EntityManager, ctx: Ctx, r: CompletionReport): void {
  r.decidedAt = ctx.clock.now();
  // An API token decides for the Secretariat without being a person: no decidedBy then.
  r.decidedBy = ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId, { wrapped: true }) : null;
}
