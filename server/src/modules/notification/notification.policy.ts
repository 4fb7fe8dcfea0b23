// Who may see and manage project notifications, and the rules a notification lives by:
// - anyone reads PUBLISHED and CLOSED ones; drafts and archived ones are the Secretariat's;
//   only the Secretariat writes;
// - its status machine (DRAFT → PUBLISHED → CLOSED → ARCHIVED) and which statuses may be edited;
// - the participant limit of a modality, and which application round is open. A round closes
//   at the end of its closing day in Asia/Tokyo (UTC+9, no daylight saving).
import { badInput } from '../../errors.js';
import { stateMachine } from '../../state-machine.js';
import { canWrite, isSecretariat, type Viewer } from '../auth/viewer.js';
import type { ParticipantLimits } from './notification.entity.js';
import { Modality, NotificationStatus } from './notification.enums.js';
import type { ApplicationRound } from './round.entity.js';
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

/** The status steps; each has one status it may start from. */
export type NotificationStep = 'PUBLISH' | 'CLOSE' | 'ARCHIVE';

export const notificationMachine = stateMachine<NotificationStatus, NotificationStep>('notification', {
  PUBLISH: { from: [NotificationStatus.DRAFT], to: NotificationStatus.PUBLISHED },
  CLOSE: { from: [NotificationStatus.PUBLISHED], to: NotificationStatus.CLOSED },
  ARCHIVE: { from: [NotificationStatus.CLOSED], to: NotificationStatus.ARCHIVED },
});

/** Only drafts and published calls may be edited; closed and archived ones are the record. */
export function assertEditable(status: NotificationStatus): void {
  if (status === NotificationStatus.DRAFT || status === NotificationStatus.PUBLISHED) return;
  throw badInput('status', `A ${status} notification can no longer be edited.`, { status });
}

/**
 * The most overseas participants for a modality. A hybrid activity without a limit of its own
 * gets the stricter of the virtual and face-to-face limits, since some participants travel.
 */
export function participantLimitFor(limits: ParticipantLimits, modality: Modality): number | null {
  const own = limits[modality];
  if (own !== undefined) return own;
  if (modality !== Modality.HYBRID) return null;
  const parts = [limits.VIRTUAL, limits.FACE_TO_FACE].filter((n): n is number => n !== undefined);
  return parts.length > 0 ? Math.min(...parts) : null;
}

const TOKYO_OFFSET_MS = 9 * 3_600_000;

/** `2025-03-31` → 2025-03-31T14:59:59.999Z. */
export function roundClosesAt(closesOn: string): Date {
  const startOfDayUtc = Date.parse(`${closesOn}T00:00:00.000Z`);
  if (Number.isNaN(startOfDayUtc)) throw new Error(`not a date: ${closesOn}`);
  return new Date(startOfDayUtc + 86_400_000 - 1 - TOKYO_OFFSET_MS);
}

/** The round now accepting submissions: the earliest one not yet closed. */
export function openRound<R extends Pick<ApplicationRound, 'closesAt' | 'ordinal'>>(rounds: readonly R[], now: Date): R | null {
  const upcoming = rounds.filter((r) => now.getTime() <= r.closesAt.getTime());
  upcoming.sort((a, b) => a.ordinal - b.ordinal);
  return upcoming[0] ?? null;
}

export function isRoundOpen<R extends Pick<ApplicationRound, 'closesAt' | 'ordinal'>>(round: R, rounds: readonly R[], now: Date): boolean {
  return openRound(rounds, now) === round;
}
