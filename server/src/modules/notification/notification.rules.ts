// Pure rules of a notification: its status machine and participant limits.
import { badInput } from '../../errors.js';
import { Modality, NotificationStatus } from './notification.enums.js';
import type { ParticipantLimits } from './notification.entity.js';

/** `YY-XX-NN-GE-XXX-L`, e.g. 25-SN-03-GE-BCN-C. */
export const PROJECT_CODE = /^\d{2}-[A-Z]{2}-\d{2}-[A-Z]{2}-[A-Z]{3}-[A-Z]$/;

/** The one allowed step out of each status (DRAFT → PUBLISHED → CLOSED → ARCHIVED). */
const NEXT: Partial<Record<NotificationStatus, NotificationStatus>> = {
  [NotificationStatus.DRAFT]: NotificationStatus.PUBLISHED,
  [NotificationStatus.PUBLISHED]: NotificationStatus.CLOSED,
  [NotificationStatus.CLOSED]: NotificationStatus.ARCHIVED,
};

export function assertTransition(from: NotificationStatus, to: NotificationStatus): void {
  if (NEXT[from] === to) return;
  const allowed = Object.entries(NEXT).find(([, t]) => t === to)?.[0];
  throw badInput('status', `A ${from} notification cannot become ${to}; only a ${allowed} one can.`, { status: from });
}

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
