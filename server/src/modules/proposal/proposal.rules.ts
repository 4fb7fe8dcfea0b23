// Pure rules of a proposal: its state machine (DESIGN.md "Workflows"), what a submission must
// satisfy, and the message that tells a proposer the call has closed.
import { badInput } from '../../errors.js';
import type { Modality } from '../notification/notification.enums.js';
import type { ParticipantLimits } from '../notification/notification.entity.js';
import { participantLimitFor } from '../notification/notification.rules.js';
import { ProposalStatus } from './proposal.enums.js';

/** Each step and the statuses it may start from. */
export const STEPS = {
  edit: [ProposalStatus.DRAFT, ProposalStatus.CHANGES_REQUESTED],
  submit: [ProposalStatus.DRAFT, ProposalStatus.CHANGES_REQUESTED],
  // "Before a decision": a change request is not a final decision, approval and rejection are.
  withdraw: [ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW, ProposalStatus.CHANGES_REQUESTED],
  startReview: [ProposalStatus.SUBMITTED],
  requestChanges: [ProposalStatus.UNDER_REVIEW],
  approve: [ProposalStatus.UNDER_REVIEW],
  reject: [ProposalStatus.UNDER_REVIEW],
} as const satisfies Record<string, readonly ProposalStatus[]>;

export type Step = keyof typeof STEPS;

const VERB: Record<Step, string> = {
  edit: 'edited',
  submit: 'submitted',
  withdraw: 'withdrawn',
  startReview: 'taken into review',
  requestChanges: 'sent back for changes',
  approve: 'approved',
  reject: 'rejected',
};

/** A step from the wrong status is BAD_USER_INPUT naming the current status and the allowed ones. */
export function assertStep(step: Step, status: ProposalStatus): void {
  const from: readonly ProposalStatus[] = STEPS[step];
  if (from.includes(status)) return;
  throw badInput('status', `A ${status} proposal cannot be ${VERB[step]}; only a ${from.join(' or ')} one can.`, { status });
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
