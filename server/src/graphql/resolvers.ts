// Every resolver of the schema, one line per feature.
import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { EconomyResolver } from '../modules/economy/economy.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver.js';
import { NotificationResolver, RoundResolver } from '../modules/notification/notification.resolver.js';
import { PreferredHostResolver, ProposalFieldResolver, ProposalResolver, ProposalRevisionResolver } from '../modules/proposal/proposal.resolver.js';
import { PairingResolver, ProposalPairingsResolver } from '../modules/pairing/pairing.resolver.js';
import { DelegateResolver, MeetingPlanResolver } from '../modules/pairing/meeting-plan.resolver.js';
import { FollowUpResolver } from '../modules/pairing/follow-up.resolver.js';
import { ThreadResolver } from '../modules/workspace/thread.resolver.js';
import { MessageResolver } from '../modules/workspace/message.resolver.js';
import { InboxConnectionResolver, InboxResolver } from '../modules/inbox/inbox.resolver.js';
import { ActivityResolver } from '../modules/activity/activity.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { DashboardProgramReportResolver, ProgramReportResolver } from '../modules/program-report/program-report.resolver.js';
import { WebhookDeliveryResolver, WebhookResolver } from '../modules/webhook/webhook.resolver.js';
import { SubscriptionResolver } from '../realtime/subscriptions.resolver.js';
import { CalendarFeedResolver } from '../modules/calendar/calendar-feed.resolver.js';
import { MailPreferenceResolver } from '../modules/mail/mail.resolver.js';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { PairingShowcaseResolver, ShowcaseResolver } from '../modules/showcase/showcase.resolver.js';
import {
  MeetingRecordResolver, MeetingRecordRevisionResolver, PairingMeetingRecordResolver, RecordParticipantResolver,
} from '../modules/meeting-record/meeting-record.resolver.js';
import { CompletionReportResolver, CompletionReportRevisionResolver, PairingCompletionReportResolver } from '../modules/completion-report/completion-report.resolver.js';
import {
  AttachmentResolver, FollowUpAttachmentsResolver, MeetingPlanAttachmentsResolver, MeetingRecordAttachmentsResolver, MessageAttachmentsResolver, PairingAttachmentsResolver, ProposalAttachmentsResolver,
} from '../modules/attachment/attachment.resolver.js';

export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  EconomyResolver,
  OrganizationResolver,
  UserResolver, AccountResolver,
  ApiTokenResolver,
  NotificationResolver, RoundResolver,
  ProposalResolver, ProposalFieldResolver, PreferredHostResolver, ProposalRevisionResolver,
  PairingResolver, ProposalPairingsResolver, MeetingPlanResolver, DelegateResolver, FollowUpResolver, ThreadResolver, MessageResolver, InboxResolver, InboxConnectionResolver,
  ActivityResolver, DashboardResolver, SubscriptionResolver,
  ProgramReportResolver, DashboardProgramReportResolver,
  CalendarFeedResolver,
  WebhookResolver, WebhookDeliveryResolver,
  MailPreferenceResolver,
  SearchResolver,
  ShowcaseResolver, PairingShowcaseResolver,
  MeetingRecordResolver, PairingMeetingRecordResolver, RecordParticipantResolver, MeetingRecordRevisionResolver,
  CompletionReportResolver, CompletionReportRevisionResolver, PairingCompletionReportResolver,
  AttachmentResolver, ProposalAttachmentsResolver, PairingAttachmentsResolver, MeetingPlanAttachmentsResolver, MessageAttachmentsResolver, FollowUpAttachmentsResolver, MeetingRecordAttachmentsResolver,
];
