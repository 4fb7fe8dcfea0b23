// Pure rules of a pairing: its state machine and what a meeting needs before it is scheduled.
import { badInput } from '../../errors.js';
import { Modality } from '../notification/notification.enums.js';
import { PairingStatus } from './pairing.enums.js';
import type { MeetingPlan } from './meeting-plan.entity.js';

/** States in which the pairing still runs; CANCELLED is reachable from each of them. */
export const OPEN_STATUSES: readonly PairingStatus[] = [
  PairingStatus.HOST_INVITED,
  PairingStatus.PLANNING,
  PairingStatus.MEETING_SCHEDULED,
  PairingStatus.MEETING_HELD,
  PairingStatus.FOLLOW_UP,
];

const STEPS: Record<string, { from: PairingStatus[]; to: PairingStatus }> = {
  accept: { from: [PairingStatus.HOST_INVITED], to: PairingStatus.PLANNING },
  decline: { from: [PairingStatus.HOST_INVITED], to: PairingStatus.HOST_DECLINED },
  schedule: { from: [PairingStatus.PLANNING], to: PairingStatus.MEETING_SCHEDULED },
  held: { from: [PairingStatus.MEETING_SCHEDULED], to: PairingStatus.MEETING_HELD },
  followUp: { from: [PairingStatus.MEETING_HELD], to: PairingStatus.FOLLOW_UP },
  complete: { from: [PairingStatus.FOLLOW_UP], to: PairingStatus.COMPLETED },
  cancel: { from: [...OPEN_STATUSES], to: PairingStatus.CANCELLED },
};
export type PairingStep = keyof typeof STEPS;

/** The status after `step`, or BAD_USER_INPUT naming the states the step is allowed from. */
export function nextStatus(from: PairingStatus, step: PairingStep): PairingStatus {
  const rule = STEPS[step];
  if (rule.from.includes(from)) return rule.to;
  throw badInput('status', `A ${from} pairing cannot become ${rule.to}; only a ${rule.from.join(' or ')} one can.`, { status: from });
}

export const isOpen = (s: PairingStatus): boolean => OPEN_STATUSES.includes(s);

/**
 * What scheduling needs: modality, start before end (in the future), where it takes place,
 * an agenda, and delegates; the sending NPO's delegates travel or join from abroad, so they
 * are the overseas participants that the notification's limit for the modality counts.
 */
export function assertSchedulable(plan: MeetingPlan, sendingOrgId: string, limit: number | null, now: Date): void {
  if (!plan.modality) throw badInput('modality', 'Choose the modality of the meeting before scheduling it.');
  if (!plan.startsAt || !plan.endsAt) throw badInput('startsAt', 'Set the start and end of the meeting before scheduling it.');
  if (plan.endsAt <= plan.startsAt) throw badInput('endsAt', 'The meeting must end after it starts.');
  if (plan.startsAt <= now) throw badInput('startsAt', 'The meeting must start in the future.');
  const inPerson = plan.modality !== Modality.VIRTUAL;
  if (inPerson && !plan.venue) throw badInput('venue', `A ${plan.modality} meeting needs a venue.`);
  if (plan.modality !== Modality.FACE_TO_FACE && !plan.onlineLink) throw badInput('onlineLink', `A ${plan.modality} meeting needs an online link.`);
  if (plan.agenda.length === 0) throw badInput('agenda', 'Add at least one agenda item before scheduling.');
  if (plan.delegates.length === 0) throw badInput('delegates', 'Add the delegates before scheduling.');
  const overseas = plan.delegates.filter((d) => d.organizationId === sendingOrgId).length;
  if (limit !== null && overseas > limit) {
    throw badInput('delegates', `A ${plan.modality} meeting allows at most ${limit} delegates of the sending NPO; the plan has ${overseas}.`, { limit });
  }
}
