// Who may see and do what in a pairing workspace, as one table (DESIGN.md "Who moves a
// pairing"). Only the two NPOs of the pair (their users and API tokens) and the Secretariat see
// a pairing, its plan, threads, messages and follow-ups; anyone else is told it does not exist.
// The steps that commit or end a pairing need an NPO_ADMIN of the side concerned (either side
// for shared steps) or the Secretariat; members plan, post, react and propose follow-ups.
import type { FilterQuery } from '@mikro-orm/postgresql';
import { canWrite, isSecretariat, type Viewer } from '../auth/viewer.js';
import { Role } from '../user/user.entity.js';
import type { Pairing } from './pairing.entity.js';
import { PairingAction } from './pairing.enums.js';

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
