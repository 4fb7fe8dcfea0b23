// Every entity the ORM knows. A new entity is added here and in a committed migration.
import { Economy } from '../modules/economy/economy.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { User } from '../modules/user/user.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { ActivityEvent } from '../events/activity-event.entity.js';
import { InboxItem } from '../modules/inbox/inbox-item.entity.js';
import { ProjectNotification } from '../modules/notification/notification.entity.js';
import { ApplicationRound } from '../modules/notification/round.entity.js';
import { Proposal } from '../modules/proposal/proposal.entity.js';
import { ProposalPreferredHost } from '../modules/proposal/preferred-host.entity.js';
import { ProposalRevision } from '../modules/proposal/proposal-revision.entity.js';
import { Pairing } from '../modules/pairing/pairing.entity.js';
import { MeetingPlan } from '../modules/pairing/meeting-plan.entity.js';
import { FollowUpActivity } from '../modules/pairing/follow-up.entity.js';
import { Thread } from '../modules/workspace/thread.entity.js';
import { Message } from '../modules/workspace/message.entity.js';
import { MessageReaction } from '../modules/workspace/reaction.entity.js';
import { ThreadReadMarker } from '../modules/workspace/read-marker.entity.js';
import { Webhook, WebhookAttempt, WebhookDelivery, WebhookDispatchCursor } from '../modules/webhook/webhook.entity.js';
import { SeedMarker } from './seed/seed-marker.entity.js';
import { CalendarFeed } from '../modules/calendar/calendar-feed.entity.js';
import { AccountToken } from '../modules/account/account-token.entity.js';
import { MeetingRecord, MeetingRecordRevision } from '../modules/meeting-record/meeting-record.entity.js';
import { CompletionReport, CompletionReportRevision } from '../modules/completion-report/completion-report.entity.js';
import { ShowcaseEntry } from '../modules/showcase/showcase.entity.js';
import { Attachment } from '../modules/attachment/attachment.entity.js';
import { MailDigest, MailDispatchCursor, MailOutbox, MailPreference, MailReminder, MailSigningKey } from '../modules/mail/mail.entity.js';

export const entities = [
  Economy,
  Organization,
  User,
  Session,
  AccountToken,
  ApiToken,
  ActivityEvent,
  InboxItem,
  ProjectNotification,
  ApplicationRound,
  Proposal,
  ProposalPreferredHost,
  ProposalRevision,
  Pairing,
  MeetingPlan,
  FollowUpActivity,
  MeetingRecord,
  MeetingRecordRevision,
  CompletionReport,
  CompletionReportRevision,
  ShowcaseEntry,
  Thread,
  Message,
  MessageReaction,
  ThreadReadMarker,
  SeedMarker,
  CalendarFeed,
  Webhook,
  WebhookDelivery,
  WebhookAttempt,
  WebhookDispatchCursor,
  MailPreference,
  MailOutbox,
  MailDispatchCursor,
  MailSigningKey,
  MailReminder,
  MailDigest,
  Attachment,
];
