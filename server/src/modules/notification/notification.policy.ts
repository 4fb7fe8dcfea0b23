// Who may see and manage project notifications: anyone reads PUBLISHED and CLOSED ones;
// drafts and archived ones are the Secretariat's; only the Secretariat writes.
import { canWrite, isSecretariat, type Viewer } from '../auth/viewer.js';
import { NotificationStatus } from './notification.enums.js';

/** Statuses everyone, even an anonymous visitor, may read. */
export const PUBLIC_STATUSES: readonly NotificationStatus[] = [NotificationStatus.PUBLISHED, NotificationStatus.CLOSED];

export function canSeeNotification(viewer: Viewer | null | undefined, n: { status: NotificationStatus }): boolean {
  return isSecretariat(viewer) || PUBLIC_STATUSES.includes(n.status);
}

/** Statuses this viewer may list; the rest are filtered out, never reported as forbidden. */
export function visibleStatuses(viewer: Viewer | null | undefined): readonly NotificationStatus[] {
  return isSecretariat(viewer) ? Object.values(NotificationStatus) : PUBLIC_STATUSES;
}

export function canManageNotifications(viewer: Viewer | null | undefined): boolean {
  return isSecretariat(viewer) && canWrite(viewer);
}

/** Notification events are public once the call is public, otherwise Secretariat-only. */
export function isPublicStatus(status: NotificationStatus): boolean {
  return PUBLIC_STATUSES.includes(status);
}
