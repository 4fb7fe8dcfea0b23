// Who may see and do what in a pairing workspace. Only the two NPOs of the pair (their users
// and API tokens) and the Secretariat see a pairing, its plan, threads, messages and follow-ups;
// anyone else is told it does not exist.
import type { FilterQuery } from '@mikro-orm/postgresql';
import { canWrite, isSecretariat, type Viewer } from '../auth/viewer.js';
import type { Pairing } from './pairing.entity.js';

type Sides = Pick<Pairing, 'sendingOrganization' | 'hostOrganization'>;

export function isPartyOf(viewer: Viewer | null | undefined, p: Sides): boolean {
  return !!viewer && (viewer.organizationId === p.sendingOrganization.id || viewer.organizationId === p.hostOrganization.id);
}

export function canSeePairing(viewer: Viewer | null | undefined, p: Sides): boolean {
  return isSecretariat(viewer) || isPartyOf(viewer, p);
}

/** Changing the plan, the workflow steps, follow-ups: both parties and the Secretariat. */
export function canWorkOn(viewer: Viewer | null | undefined, p: Sides): boolean {
  return canSeePairing(viewer, p) && canWrite(viewer);
}

/** Only the invited host answers an invitation, not the Secretariat on its behalf. */
export function canRespondAsHost(viewer: Viewer | null | undefined, p: Sides): boolean {
  return !!viewer && viewer.organizationId === p.hostOrganization.id && canWrite(viewer);
}

export function canManagePairings(viewer: Viewer | null | undefined): boolean {
  return isSecretariat(viewer) && canWrite(viewer);
}

/** The pairings this viewer may list; nothing for anonymous callers. */
export function visiblePairingsWhere(viewer: Viewer | null | undefined): FilterQuery<Pairing> {
  if (isSecretariat(viewer)) return {};
  if (!viewer) return { id: null };
  return { $or: [{ sendingOrganization: viewer.organizationId }, { hostOrganization: viewer.organizationId }] };
}
