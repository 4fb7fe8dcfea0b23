// Who may see an event: the one audience rule, for the activity query, the subscriptions and
// the SQL that filters the table alike.
import { isSecretariat, type Viewer } from '../modules/auth/viewer.js';

export type EventAudience = { audienceOrgIds: string[]; audiencePublic: boolean };

/** The event audience rule, the same for queries and subscriptions. */
export function canSeeEvent(viewer: Viewer | null | undefined, e: EventAudience): boolean {
  if (e.audiencePublic) return true;
  if (!viewer) return false;
  return isSecretariat(viewer) || e.audienceOrgIds.includes(viewer.organizationId);
}

/** SQL (with its parameters) restricting events to what the viewer may see; null = no restriction. */
export function audienceSql(viewer: Viewer | null | undefined): { sql: string; params: unknown[] } | null {
  if (viewer && isSecretariat(viewer)) return null;
  if (!viewer) return { sql: 'audience_public', params: [] };
  return { sql: '(audience_public or ?::text = any(audience_org_ids::text[]))', params: [viewer.organizationId] };
}
