// What a person can be mailed about, how (at once, in the daily digest, or not at all), the
// defaults the issue sets, and which kind each inbox alert is. The inbox stays the one source of
// alerts: mail only decides how an alert an event put in someone's inbox also reaches them.
import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const NotificationKind = defineEnum(
  'NotificationKind',
  [
    'MENTION',
    'THREAD_MESSAGE',
    'HOST_INVITATION',
    'HOST_DECISION',
    'REVIEW_DECISION',
    'STATUS_CHANGE',
    'FOLLOW_UP_DUE',
    'ROUND_CLOSING',
    'MEETING_SOON',
  ],
  'What a mail is about: a mention; a message in a thread of your pairings; an invitation to host; a host accepting or declining; a review decision on your proposal; another status change of your pairing or proposal; a follow-up due or overdue; a round closing; a meeting soon.',
);
export type NotificationKind = EnumValue<typeof NotificationKind>;

export const NotificationDelivery = defineEnum('NotificationDelivery', ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'], 'How alerts of a kind reach you by email.');
export type NotificationDelivery = EnumValue<typeof NotificationDelivery>;

/** Mentions, invitations, decisions and reminders at once; thread messages and status changes in the digest. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  MENTION: 'IMMEDIATE',
  THREAD_MESSAGE: 'DAILY_DIGEST',
  HOST_INVITATION: 'IMMEDIATE',
  HOST_DECISION: 'IMMEDIATE',
  REVIEW_DECISION: 'IMMEDIATE',
  STATUS_CHANGE: 'DAILY_DIGEST',
  FOLLOW_UP_DUE: 'IMMEDIATE',
  ROUND_CLOSING: 'IMMEDIATE',
  MEETING_SOON: 'IMMEDIATE',
};

export const ALL_KINDS = Object.values(NotificationKind) as NotificationKind[];

const HOST_DECISIONS = new Set(['PAIRING_HOST_ACCEPTED', 'PAIRING_HOST_DECLINED']);
const REVIEW_DECISIONS = new Set(['PROPOSAL_APPROVED', 'PROPOSAL_REJECTED', 'PROPOSAL_CHANGES_REQUESTED']);

/** The reminders' events (mail.reminders.ts), each the only producer of DEADLINE alerts of its kind. */
export const ReminderEvent = { ROUND: 'ROUND_CLOSING_SOON', MEETING: 'PAIRING_MEETING_SOON', FOLLOW_UP: 'FOLLOW_UP_OVERDUE' } as const;

const DEADLINES: Record<string, NotificationKind> = {
  [ReminderEvent.ROUND]: NotificationKind.ROUND_CLOSING,
  [ReminderEvent.MEETING]: NotificationKind.MEETING_SOON,
  [ReminderEvent.FOLLOW_UP]: NotificationKind.FOLLOW_UP_DUE,
};

/**
 * The kind of an inbox alert (its inbox kind and the event type behind it); null for alerts that
 * are not mailed through preferences (sign-in failures, a disabled webhook: account mail, later).
 */
export function notificationKindOf(inboxKind: string, eventType: string): NotificationKind | null {
  switch (inboxKind) {
    case 'MENTION':
      return NotificationKind.MENTION;
    case 'INVITED_TO_HOST':
      return NotificationKind.HOST_INVITATION;
    case 'PAIRING_CHANGED':
      return HOST_DECISIONS.has(eventType) ? NotificationKind.HOST_DECISION : NotificationKind.STATUS_CHANGE;
    case 'PROPOSAL_CHANGED':
      return REVIEW_DECISIONS.has(eventType) ? NotificationKind.REVIEW_DECISION : NotificationKind.STATUS_CHANGE;
    case 'DEADLINE':
      return DEADLINES[eventType] ?? NotificationKind.FOLLOW_UP_DUE;
    default:
      return null;
  }
}
