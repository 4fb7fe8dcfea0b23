// Who may manage users: the Secretariat for any organization, an NPO_ADMIN for their own.
import { isSecretariat, type Viewer } from '../auth/viewer.js';
import { Role } from './user.entity.js';

export function canManageUsersOf(viewer: Viewer | null, organizationId: string): boolean {
  if (!viewer || viewer.kind !== 'session') return false;
  if (isSecretariat(viewer)) return true;
  return viewer.role === Role.NPO_ADMIN && viewer.organizationId === organizationId;
}

/** Only the Secretariat hands out the SECRETARIAT role, and only to its own staff. */
export function canGrantRole(viewer: Viewer, role: Role, organizationIsSecretariat: boolean): boolean {
  if (role === Role.SECRETARIAT) return isSecretariat(viewer) && organizationIsSecretariat;
  return !organizationIsSecretariat;
}

/** Users of an organization are visible to that organization and the Secretariat. */
export function canSeeUsersOf(viewer: Viewer | null, organizationId: string): boolean {
  return !!viewer && (isSecretariat(viewer) || viewer.organizationId === organizationId);
}
