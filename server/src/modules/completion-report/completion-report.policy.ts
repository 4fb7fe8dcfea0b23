// Who may do what to a completion report, and its review states. The pair and the Secretariat
// see it (the pairing's visibility); only the sending NPO writes it, and only the Secretariat
// decides on it: it does not submit on the sender's behalf, and the host never does either.
import type { EntityManager } from '@mikro-orm/postgresql';
import { stateMachine } from '../../state-machine.js';
import { canWrite, isSecretariat, type Viewer } from '../auth/viewer.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { CompletionReport, CompletionReportStatus as S } from './completion-report.entity.js';

export const ReportAction = { SUBMIT: 'SUBMIT', ACCEPT: 'ACCEPT', REQUEST_CHANGES: 'REQUEST_CHANGES', WAIVE: 'WAIVE' } as const;
export type ReportAction = (typeof ReportAction)[keyof typeof ReportAction];

/** The review of a report, as with proposals: submitted, then accepted or sent back; or waived. */
export const reportMachine = stateMachine<S, ReportAction>(
  'completion report',
  {
    [ReportAction.SUBMIT]: { from: [S.DUE, S.CHANGES_REQUESTED], to: S.SUBMITTED },
    [ReportAction.ACCEPT]: { from: [S.SUBMITTED], to: S.ACCEPTED },
    [ReportAction.REQUEST_CHANGES]: { from: [S.SUBMITTED], to: S.CHANGES_REQUESTED },
    [ReportAction.WAIVE]: { from: [S.DUE, S.SUBMITTED, S.CHANGES_REQUESTED], to: S.WAIVED },
  },
  (action) => ({ SUBMIT: 'be submitted', ACCEPT: 'be accepted', REQUEST_CHANGES: 'be sent back for changes', WAIVE: 'be waived' })[action],
);

/** The pairing states in which the sender reports: after the meeting, before completion. */
export const REPORTING_STATUSES: readonly PairingStatus[] = [PairingStatus.MEETING_HELD, PairingStatus.FOLLOW_UP];

/** A person of the sending NPO, any role (each revision names its author, so not an API token). */
export const maySubmitReport = (v: Viewer | null, p: Pick<Pairing, 'sendingOrganization'>): boolean =>
  !!v?.userId && canWrite(v) && v.organizationId === p.sendingOrganization.id;

export const mayDecideReport = (v: Viewer | null): boolean => isSecretariat(v) && canWrite(v);

/** Reports still waiting for the sender, once their day has passed. */
export const isOverdue = (r: { status: S; dueAt: Date }, now: Date): boolean =>
  (r.status === S.DUE || r.status === S.CHANGES_REQUESTED) && r.dueAt.getTime() < now.getTime();

/** A pairing completes only with one of these. */
export const SETTLED: readonly S[] = [S.ACCEPTED, S.WAIVED];

/** Whether the pairing may complete: its report is ACCEPTED or WAIVED (COMPLETE's guard, and whether the step is offered). */
export async function isReportSettled(em: EntityManager, pairingId: string): Promise<boolean> {
  return (await em.count(CompletionReport, { pairing: pairingId, status: { $in: SETTLED } })) > 0;
}
