// Who may manage calendar feeds, and what a feed shows. Any signed-in person manages the feeds
// of their own organization; the Secretariat sees and revokes any. A token never manages feeds
// (a leaked token cannot mint a URL that outlives its revocation).
// A feed shows what its organization may see: it reads pairings as a read-only credential of
// that organization, through the pairing policy's own visibility (the Secretariat's: all).
import { ApiScope } from '../api-token/api-token.entity.js';
import { isSecretariat, type Viewer } from '../auth/viewer.js';
import type { Organization } from '../organization/organization.entity.js';

export function canManageFeedsOf(viewer: Viewer | null, organizationId: string): boolean {
  if (!viewer || viewer.kind !== 'session') return false;
  return isSecretariat(viewer) || viewer.organizationId === organizationId;
}

/** The organization behind a feed, as the viewer that reads its meetings. */
export function feedViewer(org: Organization): Viewer {
  return {
    kind: 'apiToken',
    userId: null,
    role: null,
    organizationId: org.id,
    organizationKind: org.kind,
    scopes: [ApiScope.READ],
    expiresAt: null,
  };
}
