// Who may see and do what with proposals (DESIGN.md "Who may see and do what"):
// - the Secretariat sees every proposal and reviews them;
// - an NPO (its users and API tokens) sees its own organization's proposals, and another
//   NPO's proposal only once it is the host organization of a Pairing of that proposal;
// - the proposer's side (the sending NPO, or the Secretariat for a proposal it made on the
//   NPO's behalf) edits, submits and withdraws.
// A proposal the viewer may not see is reported as NOT_FOUND everywhere, never FORBIDDEN.
//
// Below: the rules a proposal lives by, its state machine (DESIGN.md "Workflows"), what a
// submission must satisfy, and the message that tells a proposer the call has closed.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { badInput } from '../../errors.js';
import { stateMachine } from '../../state-machine.js';
import { isSecretariat, type Viewer } from '../auth/viewer.js';
import type { ParticipantLimits } from '../notification/notification.entity.js';
import type { Modality } from '../notification/notification.enums.js';
import { participantLimitFor } from '../notification/notification.policy.js';
import { Pairing } from '../pairing/pairing.entity.js';
import type { Proposal } from './proposal.entity.js';
import { ProposalStatus } from './proposal.enums.js';

/** Ids of the proposals this organization was invited to host (one query on `pairing`, no entities loaded). */
export async function hostedProposalIds(em: EntityManager, organizationId: string, proposalIds?: string[]): Promise<string[]> {
  const where: FilterQuery<Pairing> = { hostOrganization: organizationId };
  if (proposalIds) where.proposal = { $in: proposalIds };
  const rows = await em.createQueryBuilder(Pairing, 'p').select('p.proposal', true).where(where).execute<Array<{ proposal_id: string }>>('all', false);
  return rows.map((r) => r.proposal_id);
}

/**
 * The condition that keeps a list to what the viewer may see; null when they may see nothing
 * (anonymous). Costs one query on `pairing` for an NPO, none for the Secretariat.
 */
export async function visibleProposalsWhere(em: EntityManager, viewer: Viewer | null): Promise<FilterQuery<Proposal> | null> {
  if (!viewer) return null;
  if (isSecretariat(viewer)) return {};
  const hosted = await hostedProposalIds(em, viewer.organizationId);
  const own: FilterQuery<Proposal> = { sendingOrganization: viewer.organizationId };
  return hosted.length ? { $or: [own, { id: { $in: hosted } }] } : own;
}

export async function canSeeProposal(em: EntityManager, viewer: Viewer | null, proposal: Proposal): Promise<boolean> {
  if (!viewer) return false;
  if (isSecretariat(viewer) || viewer.organizationId === proposal.sendingOrganization.id) return true;
  return (await hostedProposalIds(em, viewer.organizationId, [proposal.id])).length > 0;
}

/** The proposer's side: the sending NPO, or the Secretariat for a proposal it made on its behalf. */
export function isProposer(viewer: Viewer, proposal: Proposal): boolean {
  if (viewer.organizationId === proposal.sendingOrganization.id) return true;
  return isSecretariat(viewer) && proposal.proposedBySecretariat;
}

/** Only the Secretariat reviews; it never reviews on behalf of anyone else. */
export const canReview = (viewer: Viewer): boolean => isSecretariat(viewer);

/** NPO users propose for their own organization; the Secretariat for any NPO. */
export function canProposeFor(viewer: Viewer, sendingOrganizationId: string): boolean {
  return isSecretariat(viewer) || viewer.organizationId === sendingOrganizationId;
}

/** The status steps; who may take each is in proposal.commands.ts (MOVES). */
export type ProposalStep = 'submit' | 'withdraw' | 'startReview' | 'requestChanges' | 'approve' | 'reject';

const VERB: Record<ProposalStep, string> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  startReview: 'taken into review',
  requestChanges: 'sent back for changes',
  approve: 'approved',
  reject: 'rejected',
};

const { DRAFT, SUBMITTED, UNDER_REVIEW, CHANGES_REQUESTED } = ProposalStatus;

export const proposalMachine = stateMachine<ProposalStatus, ProposalStep>(
  'proposal',
  {
    submit: { from: [DRAFT, CHANGES_REQUESTED], to: SUBMITTED },
    // "Before a decision": a change request is not a final decision, approval and rejection are.
    withdraw: { from: [DRAFT, SUBMITTED, UNDER_REVIEW, CHANGES_REQUESTED], to: ProposalStatus.WITHDRAWN },
    startReview: { from: [SUBMITTED], to: UNDER_REVIEW },
    requestChanges: { from: [UNDER_REVIEW], to: CHANGES_REQUESTED },
    approve: { from: [UNDER_REVIEW], to: ProposalStatus.APPROVED },
    reject: { from: [UNDER_REVIEW], to: ProposalStatus.REJECTED },
  },
  (step) => `be ${VERB[step]}`,
);

/** Editing keeps the status; it is open while the proposer holds the pen. */
const EDITABLE: readonly ProposalStatus[] = [DRAFT, CHANGES_REQUESTED];

export function assertEditable(status: ProposalStatus): void {
  if (EDITABLE.includes(status)) return;
  throw badInput('status', `A ${status} proposal cannot be edited; only a ${EDITABLE.join(' or ')} one can.`, { status });
}

/**
 * The planned participant count must fit the call's limit for the modality. HYBRID: the call's
 * own hybrid limit when it sets one, otherwise the stricter of the virtual and face-to-face
 * limits (some participants travel; the fixture's 10 virtual / 4 face-to-face gives 4).
 */
export function assertParticipantLimit(limits: ParticipantLimits, modality: Modality, count: number): void {
  const limit = participantLimitFor(limits, modality);
  if (limit === null || count <= limit) return;
  throw badInput(
    'plannedParticipants',
    `This call allows at most ${limit} overseas participants for a ${modality} activity; the proposal plans ${count}. Remove ${count - limit} to submit.`,
    { limit, count },
  );
}

/** What a proposal needs before it can be submitted, beyond the round and the limit. */
export function assertComplete(p: { objectives: string; expectedOutcome: string; plannedParticipants: unknown[]; periodStart?: string | null; periodEnd?: string | null }): void {
  if (!p.objectives.trim()) throw badInput('objectives', 'Write the objectives before submitting.');
  if (!p.expectedOutcome.trim()) throw badInput('expectedOutcome', 'Write the expected outcome before submitting.');
  if (p.plannedParticipants.length === 0) throw badInput('plannedParticipants', 'Plan at least one participant before submitting.');
  assertPeriod(p.periodStart, p.periodEnd);
}

export function assertPeriod(start?: string | null, end?: string | null): void {
  if (start && end && start > end) throw badInput('periodEnd', 'periodEnd must not be before periodStart.');
}

/** "2025-06-30 23:59 Asia/Tokyo (2025-06-30T14:59:59.999Z)": a round's closing time as people read it. */
export function describeClosing(closesOn: string, closesAt: Date): string {
  return `${closesOn} 23:59 Asia/Tokyo (${closesAt.toISOString()})`;
}
