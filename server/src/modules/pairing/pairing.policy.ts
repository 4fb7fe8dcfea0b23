// Who may see and do what in a pairing workspace, as one table (DESIGN.md "Who moves a
// pairing"). Only the two NPOs of the pair (their users and API tokens) and the Secretariat see
// a pairing, its plan, threads, messages and follow-ups; anyone else is told it does not exist.
// The steps that commit or end a pairing need an NPO_ADMIN of the side concerned (either side
// for shared steps) or the Secretariat; members plan, post, react and propose follow-ups.
//
// Below the table: the rules a pairing lives by, its state machine and what a meeting needs
// before it is scheduled.
import type { FilterQuery } from '@mikro-orm/postgresql';
import { badInput } from '../../errors.js';
import { stateMachine } from '../../state-machine.js';
import { canWrite, isSecretariat, type Viewer } from '../auth/viewer.js';
import { Modality } from '../notification/notification.enums.js';
import { Role } from '../user/user.entity.js';
import type { MeetingPlan } from './meeting-plan.entity.js';
import type { Pairing } from './pairing.entity.js';
import { PairingAction, PairingStatus } from './pairing.enums.js';

type Sides = Pick<Pairing, 'sendingOrganization' | 'hostOrganization'>;
type Rule = (viewer: Viewer, p: Sides) => boolean;

/** What a viewer may do to a pairing: its workflow steps, and the everyday work inside it. */
export type PairingVerb = PairingAction | 'WORK' | 'TALK';

const isPartyOf = (viewer: Viewer, p: Sides): boolean =>
  viewer.organizationId === p.sendingOrganization.id || viewer.organizationId === p.hostOrganization.id;
const isAdmin = (viewer: Viewer): boolean => viewer.role === Role.NPO_ADMIN;

/** Either party or the Secretariat, with a credential that may write. */
const party: Rule = (v, p) => canWrite(v) && (isSecretariat(v) || isPartyOf(v, p));
/** An NPO_ADMIN of either side, or the Secretariat. */
const adminOfEitherSide: Rule = (v, p) => canWrite(v) && (isSecretariat(v) || (isAdmin(v) && isPartyOf(v, p)));
/** Only an NPO_ADMIN of the invited host answers an invitation, not the Secretariat on its behalf. */
const hostAdmin: Rule = (v, p) => canWrite(v) && isAdmin(v) && v.organizationId === p.hostOrganization.id;

const RULES: Record<PairingVerb, Rule> = {
  [PairingAction.ACCEPT_INVITATION]: hostAdmin,
  [PairingAction.DECLINE_INVITATION]: hostAdmin,
  [PairingAction.SCHEDULE]: adminOfEitherSide,
  [PairingAction.RESCHEDULE]: adminOfEitherSide,
  [PairingAction.MARK_HELD]: adminOfEitherSide,
  [PairingAction.START_FOLLOW_UP]: party,
  [PairingAction.COMPLETE]: adminOfEitherSide,
  [PairingAction.CANCEL]: adminOfEitherSide,
  /** The meeting plan and follow-up activities. */
  WORK: party,
  /** Threads, messages, reactions, read markers: a person, not an API token. */
  TALK: (v, p) => party(v, p) && !!v.userId,
};

/** Why a verb was refused, for the FORBIDDEN message. */
export function refusalOf(verb: PairingVerb): string {
  const rule = RULES[verb];
  if (rule === hostAdmin) return 'Only an administrator of the invited host NPO answers the invitation.';
  if (rule === adminOfEitherSide) return 'Only an administrator of either NPO or the APO Secretariat may take this step.';
  if (verb === 'TALK') return 'Only a person of one of the two NPOs or the Secretariat may write here.';
  return 'You may not change this pairing.';
}

export function maySeePairing(viewer: Viewer | null | undefined, p: Sides): boolean {
  return !!viewer && (isSecretariat(viewer) || isPartyOf(viewer, p));
}

export function mayDoPairing(viewer: Viewer | null | undefined, verb: PairingVerb, p: Sides): boolean {
  return !!viewer && maySeePairing(viewer, p) && RULES[verb](viewer, p);
}

/** Only the Secretariat invites hosts (a pairing starts there). */
export function mayCreatePairing(viewer: Viewer | null | undefined): boolean {
  return isSecretariat(viewer) && canWrite(viewer);
}

/** The pairings this viewer may list; nothing for anonymous callers. */
export function visiblePairingsWhere(viewer: Viewer | null | undefined): FilterQuery<Pairing> {
  if (isSecretariat(viewer)) return {};
  if (!viewer) return { id: null };
  return { $or: [{ sendingOrganization: viewer.organizationId }, { hostOrganization: viewer.organizationId }] };
}

/** States in which the pairing still runs; CANCELLED is reachable from each of them. */
export const OPEN_STATUSES: readonly PairingStatus[] = [
  PairingStatus.HOST_INVITED,
  PairingStatus.PLANNING,
  PairingStatus.MEETING_SCHEDULED,
  PairingStatus.MEETING_HELD,
  PairingStatus.FOLLOW_UP,
];

/** The pairing workflow (DESIGN.md "Workflows"); who may take each step is in pairing.policy.ts. */
export const pairingMachine = stateMachine<PairingStatus, PairingAction>('pairing', {
  [PairingAction.ACCEPT_INVITATION]: { from: [PairingStatus.HOST_INVITED], to: PairingStatus.PLANNING },
  [PairingAction.DECLINE_INVITATION]: { from: [PairingStatus.HOST_INVITED], to: PairingStatus.HOST_DECLINED },
  [PairingAction.SCHEDULE]: { from: [PairingStatus.PLANNING], to: PairingStatus.MEETING_SCHEDULED },
  // Back to planning; the meeting plan (and its version) is kept for the pair to change.
  [PairingAction.RESCHEDULE]: { from: [PairingStatus.MEETING_SCHEDULED], to: PairingStatus.PLANNING },
  [PairingAction.MARK_HELD]: { from: [PairingStatus.MEETING_SCHEDULED], to: PairingStatus.MEETING_HELD },
  [PairingAction.START_FOLLOW_UP]: { from: [PairingStatus.MEETING_HELD], to: PairingStatus.FOLLOW_UP },
  [PairingAction.COMPLETE]: { from: [PairingStatus.FOLLOW_UP], to: PairingStatus.COMPLETED },
  [PairingAction.CANCEL]: { from: OPEN_STATUSES, to: PairingStatus.CANCELLED },
});

/** A meeting counts as held only once its planned start has passed. */
export function hasStarted(plan: Pick<MeetingPlan, 'startsAt'> | null, now: Date): boolean {
  return !!plan?.startsAt && plan.startsAt <= now;
}

export function assertStarted(plan: Pick<MeetingPlan, 'startsAt'> | null, now: Date): void {
  if (hasStarted(plan, now)) return;
  const when = plan?.startsAt ? ` (it starts at ${plan.startsAt.toISOString()})` : '';
  throw badInput('startsAt', `The meeting can be marked held only once it has started${when}.`);
}

/**
 * What scheduling needs: modality, start before end (in the future), where it takes place,
 * an agenda, and delegates; the sending NPO's delegates travel or join from abroad, so they
 * are the overseas participants that the notification's limit for the modality counts.
 */
export function assertSchedulable(plan: MeetingPlan, sendingOrgId: string, limit: number | null, now: Date): void {
  // Every missing requirement at once, so that the planners can fix the plan in one pass; the
  // first one stays in `field` for clients that read only that.
  const problems = schedulingProblems(plan, sendingOrgId, limit, now);
  if (problems.length === 0) return;
  const message = problems.length === 1 ? problems[0].message : `Before scheduling: ${problems.map((p) => p.message).join(' ')}`;
  const overLimit = problems.some((p) => p.field === 'delegates') && limit !== null ? { limit } : {};
  throw badInput(problems[0].field, message, { ...overLimit, fields: problems.map((p) => ({ field: p.field, messages: [p.message] })) });
}

function schedulingProblems(plan: MeetingPlan, sendingOrgId: string, limit: number | null, now: Date): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const need = (field: string, message: string) => problems.push({ field, message });
  if (!plan.modality) need('modality', 'Choose the modality of the meeting.');
  if (!plan.startsAt || !plan.endsAt) need('startsAt', 'Set the start and end of the meeting.');
  else if (plan.endsAt <= plan.startsAt) need('endsAt', 'The meeting must end after it starts.');
  else if (plan.startsAt <= now) need('startsAt', 'The meeting must start in the future.');
  if (plan.modality && plan.modality !== Modality.VIRTUAL && !plan.venue) need('venue', `A ${plan.modality} meeting needs a venue.`);
  if (plan.modality && plan.modality !== Modality.FACE_TO_FACE && !plan.onlineLink) need('onlineLink', `A ${plan.modality} meeting needs an online link.`);
  if (plan.agenda.length === 0) need('agenda', 'Add at least one agenda item.');
  if (plan.delegates.length === 0) need('delegates', 'Add the delegates.');
  const overseas = plan.delegates.filter((d) => d.organizationId === sendingOrgId).length;
  if (limit !== null && overseas > limit) {
    need('delegates', `A ${plan.modality} meeting allows at most ${limit} delegates of the sending NPO; the plan has ${overseas}.`);
  }
  return problems;
}
