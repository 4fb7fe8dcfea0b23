// Who may manage API tokens: a signed-in person, the Secretariat for any organization, an
// NPO_ADMIN for their own. A token never manages tokens (a leaked token cannot mint others).
import { isSecretariat, type Viewer } from '../auth/viewer.js';
import { Role } from '../user/user.entity.js';

export function canManageTokensOf(viewer: Viewer | null, organizationId: string): boolean {
  if (!viewer || viewer.kind !== 'session') return false;
  if (isSecretariat(viewer)) return true;
  return viewer.role === Role.NPO_ADMIN && viewer.organizationId === organizationId;
}
