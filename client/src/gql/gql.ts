/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EventCursor {\n    eventCursor\n  }\n": typeof types.EventCursorDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id filename size contentType url createdAt\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) { uploadId url expiresAt headers { name value } }\n  }\n": typeof types.CreateUploadDocument,
    "\n  mutation AttachFile($uploadId: ID!, $target: AttachmentTargetInput!) {\n    attachFile(uploadId: $uploadId, target: $target) { ...AttachmentFields }\n  }\n": typeof types.AttachFileDocument,
    "\n  query ProposalAttachments($id: ID!) {\n    proposal(id: $id) { id attachments { ...AttachmentFields } }\n  }\n": typeof types.ProposalAttachmentsDocument,
    "\n  query Viewer {\n    viewer {\n      scopes\n      user { id name email role }\n      organization { id name acronym kind timeZone economy { code name } }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      user { id name }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user { id name }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Calls($first: Int, $after: String, $status: NotificationStatus, $search: String, $orderBy: ListOrder) {\n    projectNotifications(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id projectCode title status modality timingStart timingEnd\n          rounds { id ordinal closesOn closesAt isOpen }\n          currentRound { id ordinal closesOn closesAt }\n        }\n      }\n    }\n  }\n": typeof types.CallsDocument,
    "\n  query Call($id: ID!) {\n    projectNotification(id: $id) {\n      id referenceNo projectCode title issueDate timingStart timingEnd\n      hostingEconomies hostingAllMembers venueCities venueAllMembers modality\n      implementingOrganizations participatingEconomies participatingAllMembers\n      participantLimits { modality max }\n      overseasParticipantsText localParticipants localParticipantsText\n      closingDateText remarks objectives rationale background topics outcome qualifications\n      signatory signatoryTitle status version\n      extraFields { label value }\n      rounds { id ordinal closesOn closesAt isOpen }\n      currentRound { id ordinal closesOn closesAt }\n    }\n  }\n": typeof types.CallDocument,
    "\n  fragment CompletionReportFields on CompletionReport {\n    id status version dueAt overdue outcomes application followUpPlan changeRequest waiverReason submittedAt decidedAt\n    decidedBy { id name }\n    pairing { id proposal { id objectives } }\n    revisions { number createdAt outcomes application followUpPlan author { id name } }\n  }\n": typeof types.CompletionReportFieldsFragmentDoc,
    "\n  mutation SubmitCompletionReport($pairingId: ID!, $version: Int!, $input: CompletionReportInput!) {\n    submitCompletionReport(pairingId: $pairingId, version: $version, input: $input) { ...CompletionReportFields }\n  }\n": typeof types.SubmitCompletionReportDocument,
    "\n  mutation AcceptCompletionReport($pairingId: ID!, $version: Int!) {\n    acceptCompletionReport(pairingId: $pairingId, version: $version) { ...CompletionReportFields }\n  }\n": typeof types.AcceptCompletionReportDocument,
    "\n  mutation RequestCompletionReportChanges($pairingId: ID!, $version: Int!, $reason: String!) {\n    requestCompletionReportChanges(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }\n  }\n": typeof types.RequestCompletionReportChangesDocument,
    "\n  mutation WaiveCompletionReport($pairingId: ID!, $version: Int!, $reason: String!) {\n    waiveCompletionReport(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }\n  }\n": typeof types.WaiveCompletionReportDocument,
    "\n  fragment DashboardFields on Dashboard {\n    cursor generatedAt\n    proposalsByStatus { status count }\n    pairingsByStatus { status count }\n    economies { economy { code name } proposals pairingsSending pairingsHosting }\n    roundsClosingSoon { notificationId notificationTitle submittedProposals round { id ordinal closesOn closesAt } }\n  }\n": typeof types.DashboardFieldsFragmentDoc,
    "\n  query Dashboard {\n    dashboard { ...DashboardFields }\n    activity(first: 30) {\n      edges { cursor node { ...ActivityItem } }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment ActivityItem on ActivityEvent {\n    id cursor type subjectType subjectId createdAt payload\n    actor { id name organization { acronym } }\n  }\n": typeof types.ActivityItemFragmentDoc,
    "\n  subscription DashboardChanged($after: String) {\n    dashboardChanged(after: $after) { cursor dashboard { ...DashboardFields } }\n  }\n": typeof types.DashboardChangedDocument,
    "\n  subscription Activity($after: String) {\n    activity(after: $after) { ...ActivityItem }\n  }\n": typeof types.ActivityDocument,
    "\n  fragment InboxItemFields on InboxItem {\n    id kind summary createdAt readAt eventType subjectType subjectId pairingId messageId thread { id }\n  }\n": typeof types.InboxItemFieldsFragmentDoc,
    "\n  query Inbox($first: Int, $after: String, $unreadOnly: Boolean!, $filter: InboxFilter, $orderBy: ListOrder) {\n    inbox(first: $first, after: $after, unreadOnly: $unreadOnly, filter: $filter, orderBy: $orderBy) {\n      totalCount unreadCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxItemFields } }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query InboxUnreadCount {\n    inbox(first: 1) { unreadCount }\n  }\n": typeof types.InboxUnreadCountDocument,
    "\n  subscription InboxChanged($after: String) {\n    inboxChanged(after: $after) { cursor unreadCount item { ...InboxItemFields } }\n  }\n": typeof types.InboxChangedDocument,
    "\n  mutation MarkInboxRead($ids: [ID!]!) {\n    markInboxRead(ids: $ids) { id readAt }\n  }\n": typeof types.MarkInboxReadDocument,
    "\n  fragment MeetingRecordFields on MeetingRecord {\n    id version updatedAt heldFrom heldTo modality keyLearnings confirmedRevision\n    confirmedBySending confirmedByHost sendingConfirmedAt hostConfirmedAt\n    sendingConfirmedBy { id name } hostConfirmedBy { id name }\n    participants { name title qualification organization { id acronym } }\n    sessions { title summary }\n    followUps { id title }\n    attachments { ...AttachmentFields }\n  }\n": typeof types.MeetingRecordFieldsFragmentDoc,
    "\n  query MeetingRecord($pairingId: ID!) {\n    meetingRecord(pairingId: $pairingId) { ...MeetingRecordFields }\n  }\n": typeof types.MeetingRecordDocument,
    "\n  mutation UpdateMeetingRecord($pairingId: ID!, $version: Int!, $input: MeetingRecordInput!) {\n    updateMeetingRecord(pairingId: $pairingId, version: $version, input: $input) { ...MeetingRecordFields }\n  }\n": typeof types.UpdateMeetingRecordDocument,
    "\n  mutation ConfirmMeetingRecord($pairingId: ID!, $version: Int!) {\n    confirmMeetingRecord(pairingId: $pairingId, version: $version) { ...MeetingRecordFields }\n  }\n": typeof types.ConfirmMeetingRecordDocument,
    "\n  fragment OrgSummary on Organization {\n    id name acronym economy { code name }\n  }\n": typeof types.OrgSummaryFragmentDoc,
    "\n  query InviteTargets {\n    organizations(first: 100) { edges { node { ...OrgSummary kind } } }\n  }\n": typeof types.InviteTargetsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email name role }\n  }\n": typeof types.InviteUserDocument,
    "\n  query Pairings($first: Int, $after: String, $filter: PairingFilterInput, $orderBy: ListOrder) {\n    pairings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id status updatedAt sendingOrganization { ...OrgSummary } hostOrganization { ...OrgSummary } proposal { id topic } } }\n    }\n  }\n": typeof types.PairingsDocument,
    "\n  fragment MeetingPlanFields on MeetingPlan {\n    id modality startsAt endsAt venue onlineLink version updatedAt\n    agenda { startsAt endsAt topic presenter }\n    delegates { name title qualification organization { id acronym } }\n    localTimes { timeZone startsAt endsAt utcOffset organization { id acronym } }\n    attachments { ...AttachmentFields }\n  }\n": typeof types.MeetingPlanFieldsFragmentDoc,
    "\n  fragment PairingFields on Pairing {\n    id status statusReason version createdAt updatedAt viewerActions\n    members { id name email role organization { id acronym economy { code name } } }\n    sendingOrganization { ...OrgSummary timeZone }\n    hostOrganization { ...OrgSummary timeZone }\n    proposal { id topic modality notification { id participantLimits { modality max } } }\n    meetingPlan { ...MeetingPlanFields }\n    meetingRecord { ...MeetingRecordFields }\n    completionReport { ...CompletionReportFields }\n    threads(first: 100) { edges { node { id title unreadCount lastMessageAt createdBy { id name } } } }\n    followUps { id kind title dueDate status nextStatuses version ownerOrganization { id acronym } thread { id title unreadCount } }\n    showcaseEntry { ...ShowcaseEntryFields }\n  }\n": typeof types.PairingFieldsFragmentDoc,
    "\n  query Pairing($id: ID!) {\n    pairing(id: $id) { ...PairingFields }\n  }\n": typeof types.PairingDocument,
    "\n  subscription PairingChanged($id: ID!, $after: String) {\n    pairingChanged(id: $id, after: $after) { cursor event { id type } pairing { ...PairingFields } }\n  }\n": typeof types.PairingChangedDocument,
    "\n  mutation RespondToHostInvitation($pairingId: ID!, $version: Int!, $accept: Boolean!, $reason: String) {\n    respondToHostInvitation(pairingId: $pairingId, version: $version, accept: $accept, reason: $reason) { ...PairingFields }\n  }\n": typeof types.RespondToHostInvitationDocument,
    "\n  mutation ScheduleMeeting($pairingId: ID!, $version: Int!) {\n    scheduleMeeting(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation MarkMeetingHeld($pairingId: ID!, $version: Int!) {\n    markMeetingHeld(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n": typeof types.MarkMeetingHeldDocument,
    "\n  mutation StartFollowUp($pairingId: ID!, $version: Int!) {\n    startFollowUp(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n": typeof types.StartFollowUpDocument,
    "\n  mutation CompletePairing($pairingId: ID!, $version: Int!) {\n    completePairing(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n": typeof types.CompletePairingDocument,
    "\n  mutation CancelPairing($pairingId: ID!, $version: Int!, $reason: String!) {\n    cancelPairing(pairingId: $pairingId, version: $version, reason: $reason) { ...PairingFields }\n  }\n": typeof types.CancelPairingDocument,
    "\n  mutation UpdateMeetingPlan($pairingId: ID!, $version: Int!, $input: MeetingPlanInput!) {\n    updateMeetingPlan(pairingId: $pairingId, version: $version, input: $input) { ...MeetingPlanFields pairing { id version updatedAt } }\n  }\n": typeof types.UpdateMeetingPlanDocument,
    "\n  mutation CreateFollowUpActivity($pairingId: ID!, $input: CreateFollowUpInput!) {\n    createFollowUpActivity(pairingId: $pairingId, input: $input) { id pairing { ...PairingFields } }\n  }\n": typeof types.CreateFollowUpActivityDocument,
    "\n  mutation UpdateFollowUpActivity($id: ID!, $version: Int!, $input: UpdateFollowUpInput!) {\n    updateFollowUpActivity(id: $id, version: $version, input: $input) { id kind title dueDate status nextStatuses version }\n  }\n": typeof types.UpdateFollowUpActivityDocument,
    "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) { ...PairingFields }\n  }\n": typeof types.RescheduleMeetingDocument,
    "\n  fragment ProgramReportFields on ProgramReport {\n    year notificationId cursor generatedAt\n    proposalsByStatus { status count }\n    meetingsByEconomy { economy { id code name } asSender asHost }\n    modalityMix { modality count }\n    participantsByQualification { qualification count }\n    topics { topic count }\n    followUps { agreed inProgress completed }\n    medianDaysSubmissionToDecision medianDaysDecisionToMeeting reportsOverdue\n    byMonth { month proposalsSubmitted decisions meetingsHeld }\n  }\n": typeof types.ProgramReportFieldsFragmentDoc,
    "\n  query ProgramReport($year: Int!, $notificationId: ID) {\n    programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields }\n  }\n": typeof types.ProgramReportDocument,
    "\n  subscription ProgramReportChanged($after: String, $year: Int!, $notificationId: ID) {\n    dashboardChanged(after: $after) {\n      cursor\n      dashboard { programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields } }\n    }\n  }\n": typeof types.ProgramReportChangedDocument,
    "\n  query ReportCalls {\n    projectNotifications(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { edges { node { id projectCode title } } }\n  }\n": typeof types.ReportCallsDocument,
    "\n  fragment ProposalFields on Proposal {\n    id topic objectives expectedOutcome modality periodStart periodEnd status statusReason version\n    submittedAt createdAt updatedAt proposedBySecretariat\n    plannedParticipants { name title qualification }\n    preferredHosts { rank organization { ...OrgSummary } }\n    sendingOrganization { ...OrgSummary timeZone }\n    economy { code name }\n    notification { id projectCode title participantLimits { modality max } currentRound { id ordinal closesAt } }\n    round { id ordinal closesOn }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  query Proposals($first: Int, $after: String, $filter: ProposalsFilter, $orderBy: ListOrder) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id topic status modality version updatedAt submittedAt sendingOrganization { ...OrgSummary } economy { code name } notification { id projectCode } round { id ordinal } pairings { id status hostOrganization { id acronym } } } }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  fragment ProposalPairing on Pairing {\n    id status createdAt hostOrganization { ...OrgSummary }\n  }\n": typeof types.ProposalPairingFragmentDoc,
    "\n  fragment ProposalPageFields on Proposal {\n    ...ProposalFields\n    revisions { number fields createdAt author { id name } }\n    pairings { ...ProposalPairing }\n  }\n": typeof types.ProposalPageFieldsFragmentDoc,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) { ...ProposalPageFields }\n  }\n": typeof types.ProposalDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { ...ProposalFields }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation UpdateProposal($id: ID!, $version: Int!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, version: $version, input: $input) { ...ProposalFields }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($id: ID!, $version: Int!) {\n    submitProposal(id: $id, version: $version) { ...ProposalFields }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!, $version: Int!, $reason: String!) {\n    withdrawProposal(id: $id, version: $version, reason: $reason) { ...ProposalFields }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  subscription ProposalChanged($id: ID!, $after: String) {\n    proposalChanged(id: $id, after: $after) { cursor event { id type } proposal { ...ProposalPageFields } }\n  }\n": typeof types.ProposalChangedDocument,
    "\n  query HostOptions {\n    organizations(kind: NPO, first: 100) { edges { node { ...OrgSummary timeZone } } }\n  }\n": typeof types.HostOptionsDocument,
    "\n  query Economies {\n    economies { code name }\n  }\n": typeof types.EconomiesDocument,
    "\n  fragment ProposalDecision on Proposal {\n    id status statusReason version\n  }\n": typeof types.ProposalDecisionFragmentDoc,
    "\n  mutation StartProposalReview($id: ID!, $version: Int!) {\n    startProposalReview(id: $id, version: $version) { ...ProposalDecision }\n  }\n": typeof types.StartProposalReviewDocument,
    "\n  mutation RequestProposalChanges($id: ID!, $version: Int!, $comment: String!) {\n    requestProposalChanges(id: $id, version: $version, comment: $comment) { ...ProposalDecision }\n  }\n": typeof types.RequestProposalChangesDocument,
    "\n  mutation ApproveProposal($id: ID!, $version: Int!) {\n    approveProposal(id: $id, version: $version) { ...ProposalDecision }\n  }\n": typeof types.ApproveProposalDocument,
    "\n  mutation RejectProposal($id: ID!, $version: Int!, $reason: String!) {\n    rejectProposal(id: $id, version: $version, reason: $reason) { ...ProposalDecision }\n  }\n": typeof types.RejectProposalDocument,
    "\n  query SuggestedHosts($id: ID!) {\n    proposal(id: $id) {\n      id version status\n      pairings { ...ProposalPairing }\n    }\n    pairingSuggestions(proposalId: $id) {\n      organization { ...OrgSummary }\n      preferredRank matchingTopics score\n    }\n  }\n": typeof types.SuggestedHostsDocument,
    "\n  mutation CreatePairing($proposalId: ID!, $hostOrganizationId: ID!) {\n    createPairing(proposalId: $proposalId, hostOrganizationId: $hostOrganizationId) { ...ProposalPairing proposal { id pairings { ...ProposalPairing } } }\n  }\n": typeof types.CreatePairingDocument,
    "\n  subscription ReviewActivity($after: String) {\n    activity(after: $after) { cursor type subjectType subjectId }\n  }\n": typeof types.ReviewActivityDocument,
    "\n  query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      totalCount\n      counts { type count }\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { type id title pairingId threadId snippet { text highlighted } } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment CalendarFeedFields on CalendarFeed {\n    id description createdAt revokedAt\n  }\n": typeof types.CalendarFeedFieldsFragmentDoc,
    "\n  query CalendarFeeds($first: Int, $after: String) {\n    calendarFeeds(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...CalendarFeedFields } }\n    }\n  }\n": typeof types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) { url calendarFeed { ...CalendarFeedFields } }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) { ...CalendarFeedFields }\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences { kind delivery }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: $input) { kind delivery }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id name scopes createdAt expiresAt lastUsedAt revokedAt\n    createdBy { id name }\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($first: Int, $after: String, $organizationId: ID, $includeRevoked: Boolean) {\n    apiTokens(first: $first, after: $after, organizationId: $organizationId, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ApiTokenFields } }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { ...ApiTokenFields } }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ApiTokenFields }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment WebhookFields on Webhook {\n    id url description eventTypes active disabledReason createdAt version\n    organization { id acronym }\n  }\n": typeof types.WebhookFieldsFragmentDoc,
    "\n  query Webhooks($first: Int, $after: String) {\n    webhooks(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WebhookFields } }\n    }\n    webhookEventTypes\n  }\n": typeof types.WebhooksDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id eventId eventType status attemptCount nextAttemptAt createdAt\n    attempts { at httpStatus durationMs error }\n  }\n": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookDeliveries($after: String, $first: Int) {\n    webhooks(first: 1, after: $after) {\n      edges { node { id deliveries(first: $first) { totalCount edges { node { ...WebhookDeliveryFields } } } } }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { ...WebhookFields } }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) { ...WebhookFields }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret webhook { ...WebhookFields } }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation TestWebhook($id: ID!) {\n    testWebhook(id: $id) { ...WebhookDeliveryFields }\n  }\n": typeof types.TestWebhookDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n": typeof types.RedeliverWebhookDeliveryDocument,
    "\n  fragment ShowcaseEntryFields on ShowcaseEntry {\n    id version whatWorked whatToTry contactName contactEmail sendingConsent hostConsent listed public\n  }\n": typeof types.ShowcaseEntryFieldsFragmentDoc,
    "\n  query Showcase($first: Int, $after: String, $filter: ShowcaseFilter) {\n    showcase(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id title whatWorked whatToTry contactName contactEmail completedAt public\n          sendingEconomy { id code name } hostEconomy { id code name }\n          sendingOrganization { id acronym name } hostOrganization { id acronym name }\n        }\n      }\n    }\n  }\n": typeof types.ShowcaseDocument,
    "\n  query ShowcaseEconomies {\n    economies { id code name }\n  }\n": typeof types.ShowcaseEconomiesDocument,
    "\n  mutation UpdateShowcaseSummary($pairingId: ID!, $version: Int, $input: ShowcaseSummaryInput!) {\n    updateShowcaseSummary(pairingId: $pairingId, version: $version, input: $input) { ...ShowcaseEntryFields }\n  }\n": typeof types.UpdateShowcaseSummaryDocument,
    "\n  mutation SetShowcaseConsent($pairingId: ID!, $version: Int!, $consent: ShowcaseConsent!) {\n    setShowcaseConsent(pairingId: $pairingId, version: $version, consent: $consent) { ...ShowcaseEntryFields }\n  }\n": typeof types.SetShowcaseConsentDocument,
    "\n  fragment MessageReactions on Message {\n    id reactions { emoji count reactedByMe }\n  }\n": typeof types.MessageReactionsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id body bodyHtml createdAt editedAt deletedAt version mentionedUserIds\n    parent { id }\n    author { id name email organization { id acronym } }\n    attachments { ...AttachmentFields }\n    ...MessageReactions\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id title unreadCount\n      followUp { id title }\n      messages(first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...MessageFields } }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  subscription MessageAdded($threadId: ID!, $after: String) {\n    messageAdded(threadId: $threadId, after: $after) { cursor event { id type } message { ...MessageFields } }\n  }\n": typeof types.MessageAddedDocument,
    "\n  mutation CreateThread($pairingId: ID!, $title: String!) {\n    createThread(pairingId: $pairingId, title: $title) { id title unreadCount lastMessageAt createdBy { id name } }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation PostMessage($threadId: ID!, $body: String!, $parentId: ID) {\n    postMessage(threadId: $threadId, body: $body, parentId: $parentId) { ...MessageFields }\n  }\n": typeof types.PostMessageDocument,
    "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }\n  }\n": typeof types.AddReactionDocument,
    "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }\n  }\n": typeof types.RemoveReactionDocument,
    "\n  mutation MarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) { id unreadCount }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  mutation EditMessage($id: ID!, $version: Int!, $body: String!) {\n    editMessage(id: $id, version: $version, body: $body) { ...MessageFields }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!, $version: Int!) {\n    deleteMessage(id: $id, version: $version) { ...MessageFields }\n  }\n": typeof types.DeleteMessageDocument,
};
const documents: Documents = {
    "\n  query EventCursor {\n    eventCursor\n  }\n": types.EventCursorDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id filename size contentType url createdAt\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) { uploadId url expiresAt headers { name value } }\n  }\n": types.CreateUploadDocument,
    "\n  mutation AttachFile($uploadId: ID!, $target: AttachmentTargetInput!) {\n    attachFile(uploadId: $uploadId, target: $target) { ...AttachmentFields }\n  }\n": types.AttachFileDocument,
    "\n  query ProposalAttachments($id: ID!) {\n    proposal(id: $id) { id attachments { ...AttachmentFields } }\n  }\n": types.ProposalAttachmentsDocument,
    "\n  query Viewer {\n    viewer {\n      scopes\n      user { id name email role }\n      organization { id name acronym kind timeZone economy { code name } }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      user { id name }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user { id name }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query Calls($first: Int, $after: String, $status: NotificationStatus, $search: String, $orderBy: ListOrder) {\n    projectNotifications(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id projectCode title status modality timingStart timingEnd\n          rounds { id ordinal closesOn closesAt isOpen }\n          currentRound { id ordinal closesOn closesAt }\n        }\n      }\n    }\n  }\n": types.CallsDocument,
    "\n  query Call($id: ID!) {\n    projectNotification(id: $id) {\n      id referenceNo projectCode title issueDate timingStart timingEnd\n      hostingEconomies hostingAllMembers venueCities venueAllMembers modality\n      implementingOrganizations participatingEconomies participatingAllMembers\n      participantLimits { modality max }\n      overseasParticipantsText localParticipants localParticipantsText\n      closingDateText remarks objectives rationale background topics outcome qualifications\n      signatory signatoryTitle status version\n      extraFields { label value }\n      rounds { id ordinal closesOn closesAt isOpen }\n      currentRound { id ordinal closesOn closesAt }\n    }\n  }\n": types.CallDocument,
    "\n  fragment CompletionReportFields on CompletionReport {\n    id status version dueAt overdue outcomes application followUpPlan changeRequest waiverReason submittedAt decidedAt\n    decidedBy { id name }\n    pairing { id proposal { id objectives } }\n    revisions { number createdAt outcomes application followUpPlan author { id name } }\n  }\n": types.CompletionReportFieldsFragmentDoc,
    "\n  mutation SubmitCompletionReport($pairingId: ID!, $version: Int!, $input: CompletionReportInput!) {\n    submitCompletionReport(pairingId: $pairingId, version: $version, input: $input) { ...CompletionReportFields }\n  }\n": types.SubmitCompletionReportDocument,
    "\n  mutation AcceptCompletionReport($pairingId: ID!, $version: Int!) {\n    acceptCompletionReport(pairingId: $pairingId, version: $version) { ...CompletionReportFields }\n  }\n": types.AcceptCompletionReportDocument,
    "\n  mutation RequestCompletionReportChanges($pairingId: ID!, $version: Int!, $reason: String!) {\n    requestCompletionReportChanges(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }\n  }\n": types.RequestCompletionReportChangesDocument,
    "\n  mutation WaiveCompletionReport($pairingId: ID!, $version: Int!, $reason: String!) {\n    waiveCompletionReport(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }\n  }\n": types.WaiveCompletionReportDocument,
    "\n  fragment DashboardFields on Dashboard {\n    cursor generatedAt\n    proposalsByStatus { status count }\n    pairingsByStatus { status count }\n    economies { economy { code name } proposals pairingsSending pairingsHosting }\n    roundsClosingSoon { notificationId notificationTitle submittedProposals round { id ordinal closesOn closesAt } }\n  }\n": types.DashboardFieldsFragmentDoc,
    "\n  query Dashboard {\n    dashboard { ...DashboardFields }\n    activity(first: 30) {\n      edges { cursor node { ...ActivityItem } }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment ActivityItem on ActivityEvent {\n    id cursor type subjectType subjectId createdAt payload\n    actor { id name organization { acronym } }\n  }\n": types.ActivityItemFragmentDoc,
    "\n  subscription DashboardChanged($after: String) {\n    dashboardChanged(after: $after) { cursor dashboard { ...DashboardFields } }\n  }\n": types.DashboardChangedDocument,
    "\n  subscription Activity($after: String) {\n    activity(after: $after) { ...ActivityItem }\n  }\n": types.ActivityDocument,
    "\n  fragment InboxItemFields on InboxItem {\n    id kind summary createdAt readAt eventType subjectType subjectId pairingId messageId thread { id }\n  }\n": types.InboxItemFieldsFragmentDoc,
    "\n  query Inbox($first: Int, $after: String, $unreadOnly: Boolean!, $filter: InboxFilter, $orderBy: ListOrder) {\n    inbox(first: $first, after: $after, unreadOnly: $unreadOnly, filter: $filter, orderBy: $orderBy) {\n      totalCount unreadCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxItemFields } }\n    }\n  }\n": types.InboxDocument,
    "\n  query InboxUnreadCount {\n    inbox(first: 1) { unreadCount }\n  }\n": types.InboxUnreadCountDocument,
    "\n  subscription InboxChanged($after: String) {\n    inboxChanged(after: $after) { cursor unreadCount item { ...InboxItemFields } }\n  }\n": types.InboxChangedDocument,
    "\n  mutation MarkInboxRead($ids: [ID!]!) {\n    markInboxRead(ids: $ids) { id readAt }\n  }\n": types.MarkInboxReadDocument,
    "\n  fragment MeetingRecordFields on MeetingRecord {\n    id version updatedAt heldFrom heldTo modality keyLearnings confirmedRevision\n    confirmedBySending confirmedByHost sendingConfirmedAt hostConfirmedAt\n    sendingConfirmedBy { id name } hostConfirmedBy { id name }\n    participants { name title qualification organization { id acronym } }\n    sessions { title summary }\n    followUps { id title }\n    attachments { ...AttachmentFields }\n  }\n": types.MeetingRecordFieldsFragmentDoc,
    "\n  query MeetingRecord($pairingId: ID!) {\n    meetingRecord(pairingId: $pairingId) { ...MeetingRecordFields }\n  }\n": types.MeetingRecordDocument,
    "\n  mutation UpdateMeetingRecord($pairingId: ID!, $version: Int!, $input: MeetingRecordInput!) {\n    updateMeetingRecord(pairingId: $pairingId, version: $version, input: $input) { ...MeetingRecordFields }\n  }\n": types.UpdateMeetingRecordDocument,
    "\n  mutation ConfirmMeetingRecord($pairingId: ID!, $version: Int!) {\n    confirmMeetingRecord(pairingId: $pairingId, version: $version) { ...MeetingRecordFields }\n  }\n": types.ConfirmMeetingRecordDocument,
    "\n  fragment OrgSummary on Organization {\n    id name acronym economy { code name }\n  }\n": types.OrgSummaryFragmentDoc,
    "\n  query InviteTargets {\n    organizations(first: 100) { edges { node { ...OrgSummary kind } } }\n  }\n": types.InviteTargetsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email name role }\n  }\n": types.InviteUserDocument,
    "\n  query Pairings($first: Int, $after: String, $filter: PairingFilterInput, $orderBy: ListOrder) {\n    pairings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id status updatedAt sendingOrganization { ...OrgSummary } hostOrganization { ...OrgSummary } proposal { id topic } } }\n    }\n  }\n": types.PairingsDocument,
    "\n  fragment MeetingPlanFields on MeetingPlan {\n    id modality startsAt endsAt venue onlineLink version updatedAt\n    agenda { startsAt endsAt topic presenter }\n    delegates { name title qualification organization { id acronym } }\n    localTimes { timeZone startsAt endsAt utcOffset organization { id acronym } }\n    attachments { ...AttachmentFields }\n  }\n": types.MeetingPlanFieldsFragmentDoc,
    "\n  fragment PairingFields on Pairing {\n    id status statusReason version createdAt updatedAt viewerActions\n    members { id name email role organization { id acronym economy { code name } } }\n    sendingOrganization { ...OrgSummary timeZone }\n    hostOrganization { ...OrgSummary timeZone }\n    proposal { id topic modality notification { id participantLimits { modality max } } }\n    meetingPlan { ...MeetingPlanFields }\n    meetingRecord { ...MeetingRecordFields }\n    completionReport { ...CompletionReportFields }\n    threads(first: 100) { edges { node { id title unreadCount lastMessageAt createdBy { id name } } } }\n    followUps { id kind title dueDate status nextStatuses version ownerOrganization { id acronym } thread { id title unreadCount } }\n    showcaseEntry { ...ShowcaseEntryFields }\n  }\n": types.PairingFieldsFragmentDoc,
    "\n  query Pairing($id: ID!) {\n    pairing(id: $id) { ...PairingFields }\n  }\n": types.PairingDocument,
    "\n  subscription PairingChanged($id: ID!, $after: String) {\n    pairingChanged(id: $id, after: $after) { cursor event { id type } pairing { ...PairingFields } }\n  }\n": types.PairingChangedDocument,
    "\n  mutation RespondToHostInvitation($pairingId: ID!, $version: Int!, $accept: Boolean!, $reason: String) {\n    respondToHostInvitation(pairingId: $pairingId, version: $version, accept: $accept, reason: $reason) { ...PairingFields }\n  }\n": types.RespondToHostInvitationDocument,
    "\n  mutation ScheduleMeeting($pairingId: ID!, $version: Int!) {\n    scheduleMeeting(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation MarkMeetingHeld($pairingId: ID!, $version: Int!) {\n    markMeetingHeld(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n": types.MarkMeetingHeldDocument,
    "\n  mutation StartFollowUp($pairingId: ID!, $version: Int!) {\n    startFollowUp(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n": types.StartFollowUpDocument,
    "\n  mutation CompletePairing($pairingId: ID!, $version: Int!) {\n    completePairing(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n": types.CompletePairingDocument,
    "\n  mutation CancelPairing($pairingId: ID!, $version: Int!, $reason: String!) {\n    cancelPairing(pairingId: $pairingId, version: $version, reason: $reason) { ...PairingFields }\n  }\n": types.CancelPairingDocument,
    "\n  mutation UpdateMeetingPlan($pairingId: ID!, $version: Int!, $input: MeetingPlanInput!) {\n    updateMeetingPlan(pairingId: $pairingId, version: $version, input: $input) { ...MeetingPlanFields pairing { id version updatedAt } }\n  }\n": types.UpdateMeetingPlanDocument,
    "\n  mutation CreateFollowUpActivity($pairingId: ID!, $input: CreateFollowUpInput!) {\n    createFollowUpActivity(pairingId: $pairingId, input: $input) { id pairing { ...PairingFields } }\n  }\n": types.CreateFollowUpActivityDocument,
    "\n  mutation UpdateFollowUpActivity($id: ID!, $version: Int!, $input: UpdateFollowUpInput!) {\n    updateFollowUpActivity(id: $id, version: $version, input: $input) { id kind title dueDate status nextStatuses version }\n  }\n": types.UpdateFollowUpActivityDocument,
    "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) { ...PairingFields }\n  }\n": types.RescheduleMeetingDocument,
    "\n  fragment ProgramReportFields on ProgramReport {\n    year notificationId cursor generatedAt\n    proposalsByStatus { status count }\n    meetingsByEconomy { economy { id code name } asSender asHost }\n    modalityMix { modality count }\n    participantsByQualification { qualification count }\n    topics { topic count }\n    followUps { agreed inProgress completed }\n    medianDaysSubmissionToDecision medianDaysDecisionToMeeting reportsOverdue\n    byMonth { month proposalsSubmitted decisions meetingsHeld }\n  }\n": types.ProgramReportFieldsFragmentDoc,
    "\n  query ProgramReport($year: Int!, $notificationId: ID) {\n    programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields }\n  }\n": types.ProgramReportDocument,
    "\n  subscription ProgramReportChanged($after: String, $year: Int!, $notificationId: ID) {\n    dashboardChanged(after: $after) {\n      cursor\n      dashboard { programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields } }\n    }\n  }\n": types.ProgramReportChangedDocument,
    "\n  query ReportCalls {\n    projectNotifications(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { edges { node { id projectCode title } } }\n  }\n": types.ReportCallsDocument,
    "\n  fragment ProposalFields on Proposal {\n    id topic objectives expectedOutcome modality periodStart periodEnd status statusReason version\n    submittedAt createdAt updatedAt proposedBySecretariat\n    plannedParticipants { name title qualification }\n    preferredHosts { rank organization { ...OrgSummary } }\n    sendingOrganization { ...OrgSummary timeZone }\n    economy { code name }\n    notification { id projectCode title participantLimits { modality max } currentRound { id ordinal closesAt } }\n    round { id ordinal closesOn }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  query Proposals($first: Int, $after: String, $filter: ProposalsFilter, $orderBy: ListOrder) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id topic status modality version updatedAt submittedAt sendingOrganization { ...OrgSummary } economy { code name } notification { id projectCode } round { id ordinal } pairings { id status hostOrganization { id acronym } } } }\n    }\n  }\n": types.ProposalsDocument,
    "\n  fragment ProposalPairing on Pairing {\n    id status createdAt hostOrganization { ...OrgSummary }\n  }\n": types.ProposalPairingFragmentDoc,
    "\n  fragment ProposalPageFields on Proposal {\n    ...ProposalFields\n    revisions { number fields createdAt author { id name } }\n    pairings { ...ProposalPairing }\n  }\n": types.ProposalPageFieldsFragmentDoc,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) { ...ProposalPageFields }\n  }\n": types.ProposalDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { ...ProposalFields }\n  }\n": types.CreateProposalDocument,
    "\n  mutation UpdateProposal($id: ID!, $version: Int!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, version: $version, input: $input) { ...ProposalFields }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($id: ID!, $version: Int!) {\n    submitProposal(id: $id, version: $version) { ...ProposalFields }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!, $version: Int!, $reason: String!) {\n    withdrawProposal(id: $id, version: $version, reason: $reason) { ...ProposalFields }\n  }\n": types.WithdrawProposalDocument,
    "\n  subscription ProposalChanged($id: ID!, $after: String) {\n    proposalChanged(id: $id, after: $after) { cursor event { id type } proposal { ...ProposalPageFields } }\n  }\n": types.ProposalChangedDocument,
    "\n  query HostOptions {\n    organizations(kind: NPO, first: 100) { edges { node { ...OrgSummary timeZone } } }\n  }\n": types.HostOptionsDocument,
    "\n  query Economies {\n    economies { code name }\n  }\n": types.EconomiesDocument,
    "\n  fragment ProposalDecision on Proposal {\n    id status statusReason version\n  }\n": types.ProposalDecisionFragmentDoc,
    "\n  mutation StartProposalReview($id: ID!, $version: Int!) {\n    startProposalReview(id: $id, version: $version) { ...ProposalDecision }\n  }\n": types.StartProposalReviewDocument,
    "\n  mutation RequestProposalChanges($id: ID!, $version: Int!, $comment: String!) {\n    requestProposalChanges(id: $id, version: $version, comment: $comment) { ...ProposalDecision }\n  }\n": types.RequestProposalChangesDocument,
    "\n  mutation ApproveProposal($id: ID!, $version: Int!) {\n    approveProposal(id: $id, version: $version) { ...ProposalDecision }\n  }\n": types.ApproveProposalDocument,
    "\n  mutation RejectProposal($id: ID!, $version: Int!, $reason: String!) {\n    rejectProposal(id: $id, version: $version, reason: $reason) { ...ProposalDecision }\n  }\n": types.RejectProposalDocument,
    "\n  query SuggestedHosts($id: ID!) {\n    proposal(id: $id) {\n      id version status\n      pairings { ...ProposalPairing }\n    }\n    pairingSuggestions(proposalId: $id) {\n      organization { ...OrgSummary }\n      preferredRank matchingTopics score\n    }\n  }\n": types.SuggestedHostsDocument,
    "\n  mutation CreatePairing($proposalId: ID!, $hostOrganizationId: ID!) {\n    createPairing(proposalId: $proposalId, hostOrganizationId: $hostOrganizationId) { ...ProposalPairing proposal { id pairings { ...ProposalPairing } } }\n  }\n": types.CreatePairingDocument,
    "\n  subscription ReviewActivity($after: String) {\n    activity(after: $after) { cursor type subjectType subjectId }\n  }\n": types.ReviewActivityDocument,
    "\n  query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      totalCount\n      counts { type count }\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { type id title pairingId threadId snippet { text highlighted } } }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment CalendarFeedFields on CalendarFeed {\n    id description createdAt revokedAt\n  }\n": types.CalendarFeedFieldsFragmentDoc,
    "\n  query CalendarFeeds($first: Int, $after: String) {\n    calendarFeeds(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...CalendarFeedFields } }\n    }\n  }\n": types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) { url calendarFeed { ...CalendarFeedFields } }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) { ...CalendarFeedFields }\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences { kind delivery }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: $input) { kind delivery }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id name scopes createdAt expiresAt lastUsedAt revokedAt\n    createdBy { id name }\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($first: Int, $after: String, $organizationId: ID, $includeRevoked: Boolean) {\n    apiTokens(first: $first, after: $after, organizationId: $organizationId, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ApiTokenFields } }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { ...ApiTokenFields } }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ApiTokenFields }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment WebhookFields on Webhook {\n    id url description eventTypes active disabledReason createdAt version\n    organization { id acronym }\n  }\n": types.WebhookFieldsFragmentDoc,
    "\n  query Webhooks($first: Int, $after: String) {\n    webhooks(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WebhookFields } }\n    }\n    webhookEventTypes\n  }\n": types.WebhooksDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id eventId eventType status attemptCount nextAttemptAt createdAt\n    attempts { at httpStatus durationMs error }\n  }\n": types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookDeliveries($after: String, $first: Int) {\n    webhooks(first: 1, after: $after) {\n      edges { node { id deliveries(first: $first) { totalCount edges { node { ...WebhookDeliveryFields } } } } }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { ...WebhookFields } }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) { ...WebhookFields }\n  }\n": types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret webhook { ...WebhookFields } }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation TestWebhook($id: ID!) {\n    testWebhook(id: $id) { ...WebhookDeliveryFields }\n  }\n": types.TestWebhookDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n": types.RedeliverWebhookDeliveryDocument,
    "\n  fragment ShowcaseEntryFields on ShowcaseEntry {\n    id version whatWorked whatToTry contactName contactEmail sendingConsent hostConsent listed public\n  }\n": types.ShowcaseEntryFieldsFragmentDoc,
    "\n  query Showcase($first: Int, $after: String, $filter: ShowcaseFilter) {\n    showcase(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id title whatWorked whatToTry contactName contactEmail completedAt public\n          sendingEconomy { id code name } hostEconomy { id code name }\n          sendingOrganization { id acronym name } hostOrganization { id acronym name }\n        }\n      }\n    }\n  }\n": types.ShowcaseDocument,
    "\n  query ShowcaseEconomies {\n    economies { id code name }\n  }\n": types.ShowcaseEconomiesDocument,
    "\n  mutation UpdateShowcaseSummary($pairingId: ID!, $version: Int, $input: ShowcaseSummaryInput!) {\n    updateShowcaseSummary(pairingId: $pairingId, version: $version, input: $input) { ...ShowcaseEntryFields }\n  }\n": types.UpdateShowcaseSummaryDocument,
    "\n  mutation SetShowcaseConsent($pairingId: ID!, $version: Int!, $consent: ShowcaseConsent!) {\n    setShowcaseConsent(pairingId: $pairingId, version: $version, consent: $consent) { ...ShowcaseEntryFields }\n  }\n": types.SetShowcaseConsentDocument,
    "\n  fragment MessageReactions on Message {\n    id reactions { emoji count reactedByMe }\n  }\n": types.MessageReactionsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id body bodyHtml createdAt editedAt deletedAt version mentionedUserIds\n    parent { id }\n    author { id name email organization { id acronym } }\n    attachments { ...AttachmentFields }\n    ...MessageReactions\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id title unreadCount\n      followUp { id title }\n      messages(first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...MessageFields } }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  subscription MessageAdded($threadId: ID!, $after: String) {\n    messageAdded(threadId: $threadId, after: $after) { cursor event { id type } message { ...MessageFields } }\n  }\n": types.MessageAddedDocument,
    "\n  mutation CreateThread($pairingId: ID!, $title: String!) {\n    createThread(pairingId: $pairingId, title: $title) { id title unreadCount lastMessageAt createdBy { id name } }\n  }\n": types.CreateThreadDocument,
    "\n  mutation PostMessage($threadId: ID!, $body: String!, $parentId: ID) {\n    postMessage(threadId: $threadId, body: $body, parentId: $parentId) { ...MessageFields }\n  }\n": types.PostMessageDocument,
    "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }\n  }\n": types.AddReactionDocument,
    "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }\n  }\n": types.RemoveReactionDocument,
    "\n  mutation MarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) { id unreadCount }\n  }\n": types.MarkThreadReadDocument,
    "\n  mutation EditMessage($id: ID!, $version: Int!, $body: String!) {\n    editMessage(id: $id, version: $version, body: $body) { ...MessageFields }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!, $version: Int!) {\n    deleteMessage(id: $id, version: $version) { ...MessageFields }\n  }\n": types.DeleteMessageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventCursor {\n    eventCursor\n  }\n"): (typeof documents)["\n  query EventCursor {\n    eventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on Attachment {\n    id filename size contentType url createdAt\n  }\n"): (typeof documents)["\n  fragment AttachmentFields on Attachment {\n    id filename size contentType url createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) { uploadId url expiresAt headers { name value } }\n  }\n"): (typeof documents)["\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) { uploadId url expiresAt headers { name value } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachFile($uploadId: ID!, $target: AttachmentTargetInput!) {\n    attachFile(uploadId: $uploadId, target: $target) { ...AttachmentFields }\n  }\n"): (typeof documents)["\n  mutation AttachFile($uploadId: ID!, $target: AttachmentTargetInput!) {\n    attachFile(uploadId: $uploadId, target: $target) { ...AttachmentFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalAttachments($id: ID!) {\n    proposal(id: $id) { id attachments { ...AttachmentFields } }\n  }\n"): (typeof documents)["\n  query ProposalAttachments($id: ID!) {\n    proposal(id: $id) { id attachments { ...AttachmentFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      scopes\n      user { id name email role }\n      organization { id name acronym kind timeZone economy { code name } }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      scopes\n      user { id name email role }\n      organization { id name acronym kind timeZone economy { code name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      user { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      user { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calls($first: Int, $after: String, $status: NotificationStatus, $search: String, $orderBy: ListOrder) {\n    projectNotifications(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id projectCode title status modality timingStart timingEnd\n          rounds { id ordinal closesOn closesAt isOpen }\n          currentRound { id ordinal closesOn closesAt }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Calls($first: Int, $after: String, $status: NotificationStatus, $search: String, $orderBy: ListOrder) {\n    projectNotifications(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id projectCode title status modality timingStart timingEnd\n          rounds { id ordinal closesOn closesAt isOpen }\n          currentRound { id ordinal closesOn closesAt }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Call($id: ID!) {\n    projectNotification(id: $id) {\n      id referenceNo projectCode title issueDate timingStart timingEnd\n      hostingEconomies hostingAllMembers venueCities venueAllMembers modality\n      implementingOrganizations participatingEconomies participatingAllMembers\n      participantLimits { modality max }\n      overseasParticipantsText localParticipants localParticipantsText\n      closingDateText remarks objectives rationale background topics outcome qualifications\n      signatory signatoryTitle status version\n      extraFields { label value }\n      rounds { id ordinal closesOn closesAt isOpen }\n      currentRound { id ordinal closesOn closesAt }\n    }\n  }\n"): (typeof documents)["\n  query Call($id: ID!) {\n    projectNotification(id: $id) {\n      id referenceNo projectCode title issueDate timingStart timingEnd\n      hostingEconomies hostingAllMembers venueCities venueAllMembers modality\n      implementingOrganizations participatingEconomies participatingAllMembers\n      participantLimits { modality max }\n      overseasParticipantsText localParticipants localParticipantsText\n      closingDateText remarks objectives rationale background topics outcome qualifications\n      signatory signatoryTitle status version\n      extraFields { label value }\n      rounds { id ordinal closesOn closesAt isOpen }\n      currentRound { id ordinal closesOn closesAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompletionReportFields on CompletionReport {\n    id status version dueAt overdue outcomes application followUpPlan changeRequest waiverReason submittedAt decidedAt\n    decidedBy { id name }\n    pairing { id proposal { id objectives } }\n    revisions { number createdAt outcomes application followUpPlan author { id name } }\n  }\n"): (typeof documents)["\n  fragment CompletionReportFields on CompletionReport {\n    id status version dueAt overdue outcomes application followUpPlan changeRequest waiverReason submittedAt decidedAt\n    decidedBy { id name }\n    pairing { id proposal { id objectives } }\n    revisions { number createdAt outcomes application followUpPlan author { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCompletionReport($pairingId: ID!, $version: Int!, $input: CompletionReportInput!) {\n    submitCompletionReport(pairingId: $pairingId, version: $version, input: $input) { ...CompletionReportFields }\n  }\n"): (typeof documents)["\n  mutation SubmitCompletionReport($pairingId: ID!, $version: Int!, $input: CompletionReportInput!) {\n    submitCompletionReport(pairingId: $pairingId, version: $version, input: $input) { ...CompletionReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCompletionReport($pairingId: ID!, $version: Int!) {\n    acceptCompletionReport(pairingId: $pairingId, version: $version) { ...CompletionReportFields }\n  }\n"): (typeof documents)["\n  mutation AcceptCompletionReport($pairingId: ID!, $version: Int!) {\n    acceptCompletionReport(pairingId: $pairingId, version: $version) { ...CompletionReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCompletionReportChanges($pairingId: ID!, $version: Int!, $reason: String!) {\n    requestCompletionReportChanges(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }\n  }\n"): (typeof documents)["\n  mutation RequestCompletionReportChanges($pairingId: ID!, $version: Int!, $reason: String!) {\n    requestCompletionReportChanges(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaiveCompletionReport($pairingId: ID!, $version: Int!, $reason: String!) {\n    waiveCompletionReport(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }\n  }\n"): (typeof documents)["\n  mutation WaiveCompletionReport($pairingId: ID!, $version: Int!, $reason: String!) {\n    waiveCompletionReport(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardFields on Dashboard {\n    cursor generatedAt\n    proposalsByStatus { status count }\n    pairingsByStatus { status count }\n    economies { economy { code name } proposals pairingsSending pairingsHosting }\n    roundsClosingSoon { notificationId notificationTitle submittedProposals round { id ordinal closesOn closesAt } }\n  }\n"): (typeof documents)["\n  fragment DashboardFields on Dashboard {\n    cursor generatedAt\n    proposalsByStatus { status count }\n    pairingsByStatus { status count }\n    economies { economy { code name } proposals pairingsSending pairingsHosting }\n    roundsClosingSoon { notificationId notificationTitle submittedProposals round { id ordinal closesOn closesAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard { ...DashboardFields }\n    activity(first: 30) {\n      edges { cursor node { ...ActivityItem } }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    dashboard { ...DashboardFields }\n    activity(first: 30) {\n      edges { cursor node { ...ActivityItem } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityItem on ActivityEvent {\n    id cursor type subjectType subjectId createdAt payload\n    actor { id name organization { acronym } }\n  }\n"): (typeof documents)["\n  fragment ActivityItem on ActivityEvent {\n    id cursor type subjectType subjectId createdAt payload\n    actor { id name organization { acronym } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardChanged($after: String) {\n    dashboardChanged(after: $after) { cursor dashboard { ...DashboardFields } }\n  }\n"): (typeof documents)["\n  subscription DashboardChanged($after: String) {\n    dashboardChanged(after: $after) { cursor dashboard { ...DashboardFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Activity($after: String) {\n    activity(after: $after) { ...ActivityItem }\n  }\n"): (typeof documents)["\n  subscription Activity($after: String) {\n    activity(after: $after) { ...ActivityItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxItemFields on InboxItem {\n    id kind summary createdAt readAt eventType subjectType subjectId pairingId messageId thread { id }\n  }\n"): (typeof documents)["\n  fragment InboxItemFields on InboxItem {\n    id kind summary createdAt readAt eventType subjectType subjectId pairingId messageId thread { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int, $after: String, $unreadOnly: Boolean!, $filter: InboxFilter, $orderBy: ListOrder) {\n    inbox(first: $first, after: $after, unreadOnly: $unreadOnly, filter: $filter, orderBy: $orderBy) {\n      totalCount unreadCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxItemFields } }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int, $after: String, $unreadOnly: Boolean!, $filter: InboxFilter, $orderBy: ListOrder) {\n    inbox(first: $first, after: $after, unreadOnly: $unreadOnly, filter: $filter, orderBy: $orderBy) {\n      totalCount unreadCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxItemFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxUnreadCount {\n    inbox(first: 1) { unreadCount }\n  }\n"): (typeof documents)["\n  query InboxUnreadCount {\n    inbox(first: 1) { unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxChanged($after: String) {\n    inboxChanged(after: $after) { cursor unreadCount item { ...InboxItemFields } }\n  }\n"): (typeof documents)["\n  subscription InboxChanged($after: String) {\n    inboxChanged(after: $after) { cursor unreadCount item { ...InboxItemFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkInboxRead($ids: [ID!]!) {\n    markInboxRead(ids: $ids) { id readAt }\n  }\n"): (typeof documents)["\n  mutation MarkInboxRead($ids: [ID!]!) {\n    markInboxRead(ids: $ids) { id readAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingRecordFields on MeetingRecord {\n    id version updatedAt heldFrom heldTo modality keyLearnings confirmedRevision\n    confirmedBySending confirmedByHost sendingConfirmedAt hostConfirmedAt\n    sendingConfirmedBy { id name } hostConfirmedBy { id name }\n    participants { name title qualification organization { id acronym } }\n    sessions { title summary }\n    followUps { id title }\n    attachments { ...AttachmentFields }\n  }\n"): (typeof documents)["\n  fragment MeetingRecordFields on MeetingRecord {\n    id version updatedAt heldFrom heldTo modality keyLearnings confirmedRevision\n    confirmedBySending confirmedByHost sendingConfirmedAt hostConfirmedAt\n    sendingConfirmedBy { id name } hostConfirmedBy { id name }\n    participants { name title qualification organization { id acronym } }\n    sessions { title summary }\n    followUps { id title }\n    attachments { ...AttachmentFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRecord($pairingId: ID!) {\n    meetingRecord(pairingId: $pairingId) { ...MeetingRecordFields }\n  }\n"): (typeof documents)["\n  query MeetingRecord($pairingId: ID!) {\n    meetingRecord(pairingId: $pairingId) { ...MeetingRecordFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetingRecord($pairingId: ID!, $version: Int!, $input: MeetingRecordInput!) {\n    updateMeetingRecord(pairingId: $pairingId, version: $version, input: $input) { ...MeetingRecordFields }\n  }\n"): (typeof documents)["\n  mutation UpdateMeetingRecord($pairingId: ID!, $version: Int!, $input: MeetingRecordInput!) {\n    updateMeetingRecord(pairingId: $pairingId, version: $version, input: $input) { ...MeetingRecordFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMeetingRecord($pairingId: ID!, $version: Int!) {\n    confirmMeetingRecord(pairingId: $pairingId, version: $version) { ...MeetingRecordFields }\n  }\n"): (typeof documents)["\n  mutation ConfirmMeetingRecord($pairingId: ID!, $version: Int!) {\n    confirmMeetingRecord(pairingId: $pairingId, version: $version) { ...MeetingRecordFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgSummary on Organization {\n    id name acronym economy { code name }\n  }\n"): (typeof documents)["\n  fragment OrgSummary on Organization {\n    id name acronym economy { code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteTargets {\n    organizations(first: 100) { edges { node { ...OrgSummary kind } } }\n  }\n"): (typeof documents)["\n  query InviteTargets {\n    organizations(first: 100) { edges { node { ...OrgSummary kind } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email name role }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email name role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pairings($first: Int, $after: String, $filter: PairingFilterInput, $orderBy: ListOrder) {\n    pairings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id status updatedAt sendingOrganization { ...OrgSummary } hostOrganization { ...OrgSummary } proposal { id topic } } }\n    }\n  }\n"): (typeof documents)["\n  query Pairings($first: Int, $after: String, $filter: PairingFilterInput, $orderBy: ListOrder) {\n    pairings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id status updatedAt sendingOrganization { ...OrgSummary } hostOrganization { ...OrgSummary } proposal { id topic } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingPlanFields on MeetingPlan {\n    id modality startsAt endsAt venue onlineLink version updatedAt\n    agenda { startsAt endsAt topic presenter }\n    delegates { name title qualification organization { id acronym } }\n    localTimes { timeZone startsAt endsAt utcOffset organization { id acronym } }\n    attachments { ...AttachmentFields }\n  }\n"): (typeof documents)["\n  fragment MeetingPlanFields on MeetingPlan {\n    id modality startsAt endsAt venue onlineLink version updatedAt\n    agenda { startsAt endsAt topic presenter }\n    delegates { name title qualification organization { id acronym } }\n    localTimes { timeZone startsAt endsAt utcOffset organization { id acronym } }\n    attachments { ...AttachmentFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairingFields on Pairing {\n    id status statusReason version createdAt updatedAt viewerActions\n    members { id name email role organization { id acronym economy { code name } } }\n    sendingOrganization { ...OrgSummary timeZone }\n    hostOrganization { ...OrgSummary timeZone }\n    proposal { id topic modality notification { id participantLimits { modality max } } }\n    meetingPlan { ...MeetingPlanFields }\n    meetingRecord { ...MeetingRecordFields }\n    completionReport { ...CompletionReportFields }\n    threads(first: 100) { edges { node { id title unreadCount lastMessageAt createdBy { id name } } } }\n    followUps { id kind title dueDate status nextStatuses version ownerOrganization { id acronym } thread { id title unreadCount } }\n    showcaseEntry { ...ShowcaseEntryFields }\n  }\n"): (typeof documents)["\n  fragment PairingFields on Pairing {\n    id status statusReason version createdAt updatedAt viewerActions\n    members { id name email role organization { id acronym economy { code name } } }\n    sendingOrganization { ...OrgSummary timeZone }\n    hostOrganization { ...OrgSummary timeZone }\n    proposal { id topic modality notification { id participantLimits { modality max } } }\n    meetingPlan { ...MeetingPlanFields }\n    meetingRecord { ...MeetingRecordFields }\n    completionReport { ...CompletionReportFields }\n    threads(first: 100) { edges { node { id title unreadCount lastMessageAt createdBy { id name } } } }\n    followUps { id kind title dueDate status nextStatuses version ownerOrganization { id acronym } thread { id title unreadCount } }\n    showcaseEntry { ...ShowcaseEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pairing($id: ID!) {\n    pairing(id: $id) { ...PairingFields }\n  }\n"): (typeof documents)["\n  query Pairing($id: ID!) {\n    pairing(id: $id) { ...PairingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PairingChanged($id: ID!, $after: String) {\n    pairingChanged(id: $id, after: $after) { cursor event { id type } pairing { ...PairingFields } }\n  }\n"): (typeof documents)["\n  subscription PairingChanged($id: ID!, $after: String) {\n    pairingChanged(id: $id, after: $after) { cursor event { id type } pairing { ...PairingFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToHostInvitation($pairingId: ID!, $version: Int!, $accept: Boolean!, $reason: String) {\n    respondToHostInvitation(pairingId: $pairingId, version: $version, accept: $accept, reason: $reason) { ...PairingFields }\n  }\n"): (typeof documents)["\n  mutation RespondToHostInvitation($pairingId: ID!, $version: Int!, $accept: Boolean!, $reason: String) {\n    respondToHostInvitation(pairingId: $pairingId, version: $version, accept: $accept, reason: $reason) { ...PairingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($pairingId: ID!, $version: Int!) {\n    scheduleMeeting(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($pairingId: ID!, $version: Int!) {\n    scheduleMeeting(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMeetingHeld($pairingId: ID!, $version: Int!) {\n    markMeetingHeld(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n"): (typeof documents)["\n  mutation MarkMeetingHeld($pairingId: ID!, $version: Int!) {\n    markMeetingHeld(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartFollowUp($pairingId: ID!, $version: Int!) {\n    startFollowUp(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n"): (typeof documents)["\n  mutation StartFollowUp($pairingId: ID!, $version: Int!) {\n    startFollowUp(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePairing($pairingId: ID!, $version: Int!) {\n    completePairing(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n"): (typeof documents)["\n  mutation CompletePairing($pairingId: ID!, $version: Int!) {\n    completePairing(pairingId: $pairingId, version: $version) { ...PairingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPairing($pairingId: ID!, $version: Int!, $reason: String!) {\n    cancelPairing(pairingId: $pairingId, version: $version, reason: $reason) { ...PairingFields }\n  }\n"): (typeof documents)["\n  mutation CancelPairing($pairingId: ID!, $version: Int!, $reason: String!) {\n    cancelPairing(pairingId: $pairingId, version: $version, reason: $reason) { ...PairingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetingPlan($pairingId: ID!, $version: Int!, $input: MeetingPlanInput!) {\n    updateMeetingPlan(pairingId: $pairingId, version: $version, input: $input) { ...MeetingPlanFields pairing { id version updatedAt } }\n  }\n"): (typeof documents)["\n  mutation UpdateMeetingPlan($pairingId: ID!, $version: Int!, $input: MeetingPlanInput!) {\n    updateMeetingPlan(pairingId: $pairingId, version: $version, input: $input) { ...MeetingPlanFields pairing { id version updatedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUpActivity($pairingId: ID!, $input: CreateFollowUpInput!) {\n    createFollowUpActivity(pairingId: $pairingId, input: $input) { id pairing { ...PairingFields } }\n  }\n"): (typeof documents)["\n  mutation CreateFollowUpActivity($pairingId: ID!, $input: CreateFollowUpInput!) {\n    createFollowUpActivity(pairingId: $pairingId, input: $input) { id pairing { ...PairingFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUpActivity($id: ID!, $version: Int!, $input: UpdateFollowUpInput!) {\n    updateFollowUpActivity(id: $id, version: $version, input: $input) { id kind title dueDate status nextStatuses version }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUpActivity($id: ID!, $version: Int!, $input: UpdateFollowUpInput!) {\n    updateFollowUpActivity(id: $id, version: $version, input: $input) { id kind title dueDate status nextStatuses version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) { ...PairingFields }\n  }\n"): (typeof documents)["\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) { ...PairingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramReportFields on ProgramReport {\n    year notificationId cursor generatedAt\n    proposalsByStatus { status count }\n    meetingsByEconomy { economy { id code name } asSender asHost }\n    modalityMix { modality count }\n    participantsByQualification { qualification count }\n    topics { topic count }\n    followUps { agreed inProgress completed }\n    medianDaysSubmissionToDecision medianDaysDecisionToMeeting reportsOverdue\n    byMonth { month proposalsSubmitted decisions meetingsHeld }\n  }\n"): (typeof documents)["\n  fragment ProgramReportFields on ProgramReport {\n    year notificationId cursor generatedAt\n    proposalsByStatus { status count }\n    meetingsByEconomy { economy { id code name } asSender asHost }\n    modalityMix { modality count }\n    participantsByQualification { qualification count }\n    topics { topic count }\n    followUps { agreed inProgress completed }\n    medianDaysSubmissionToDecision medianDaysDecisionToMeeting reportsOverdue\n    byMonth { month proposalsSubmitted decisions meetingsHeld }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramReport($year: Int!, $notificationId: ID) {\n    programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields }\n  }\n"): (typeof documents)["\n  query ProgramReport($year: Int!, $notificationId: ID) {\n    programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProgramReportChanged($after: String, $year: Int!, $notificationId: ID) {\n    dashboardChanged(after: $after) {\n      cursor\n      dashboard { programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields } }\n    }\n  }\n"): (typeof documents)["\n  subscription ProgramReportChanged($after: String, $year: Int!, $notificationId: ID) {\n    dashboardChanged(after: $after) {\n      cursor\n      dashboard { programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCalls {\n    projectNotifications(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { edges { node { id projectCode title } } }\n  }\n"): (typeof documents)["\n  query ReportCalls {\n    projectNotifications(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { edges { node { id projectCode title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id topic objectives expectedOutcome modality periodStart periodEnd status statusReason version\n    submittedAt createdAt updatedAt proposedBySecretariat\n    plannedParticipants { name title qualification }\n    preferredHosts { rank organization { ...OrgSummary } }\n    sendingOrganization { ...OrgSummary timeZone }\n    economy { code name }\n    notification { id projectCode title participantLimits { modality max } currentRound { id ordinal closesAt } }\n    round { id ordinal closesOn }\n  }\n"): (typeof documents)["\n  fragment ProposalFields on Proposal {\n    id topic objectives expectedOutcome modality periodStart periodEnd status statusReason version\n    submittedAt createdAt updatedAt proposedBySecretariat\n    plannedParticipants { name title qualification }\n    preferredHosts { rank organization { ...OrgSummary } }\n    sendingOrganization { ...OrgSummary timeZone }\n    economy { code name }\n    notification { id projectCode title participantLimits { modality max } currentRound { id ordinal closesAt } }\n    round { id ordinal closesOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals($first: Int, $after: String, $filter: ProposalsFilter, $orderBy: ListOrder) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id topic status modality version updatedAt submittedAt sendingOrganization { ...OrgSummary } economy { code name } notification { id projectCode } round { id ordinal } pairings { id status hostOrganization { id acronym } } } }\n    }\n  }\n"): (typeof documents)["\n  query Proposals($first: Int, $after: String, $filter: ProposalsFilter, $orderBy: ListOrder) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id topic status modality version updatedAt submittedAt sendingOrganization { ...OrgSummary } economy { code name } notification { id projectCode } round { id ordinal } pairings { id status hostOrganization { id acronym } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalPairing on Pairing {\n    id status createdAt hostOrganization { ...OrgSummary }\n  }\n"): (typeof documents)["\n  fragment ProposalPairing on Pairing {\n    id status createdAt hostOrganization { ...OrgSummary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalPageFields on Proposal {\n    ...ProposalFields\n    revisions { number fields createdAt author { id name } }\n    pairings { ...ProposalPairing }\n  }\n"): (typeof documents)["\n  fragment ProposalPageFields on Proposal {\n    ...ProposalFields\n    revisions { number fields createdAt author { id name } }\n    pairings { ...ProposalPairing }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($id: ID!) {\n    proposal(id: $id) { ...ProposalPageFields }\n  }\n"): (typeof documents)["\n  query Proposal($id: ID!) {\n    proposal(id: $id) { ...ProposalPageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { ...ProposalFields }\n  }\n"): (typeof documents)["\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { ...ProposalFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($id: ID!, $version: Int!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, version: $version, input: $input) { ...ProposalFields }\n  }\n"): (typeof documents)["\n  mutation UpdateProposal($id: ID!, $version: Int!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, version: $version, input: $input) { ...ProposalFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($id: ID!, $version: Int!) {\n    submitProposal(id: $id, version: $version) { ...ProposalFields }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($id: ID!, $version: Int!) {\n    submitProposal(id: $id, version: $version) { ...ProposalFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($id: ID!, $version: Int!, $reason: String!) {\n    withdrawProposal(id: $id, version: $version, reason: $reason) { ...ProposalFields }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($id: ID!, $version: Int!, $reason: String!) {\n    withdrawProposal(id: $id, version: $version, reason: $reason) { ...ProposalFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProposalChanged($id: ID!, $after: String) {\n    proposalChanged(id: $id, after: $after) { cursor event { id type } proposal { ...ProposalPageFields } }\n  }\n"): (typeof documents)["\n  subscription ProposalChanged($id: ID!, $after: String) {\n    proposalChanged(id: $id, after: $after) { cursor event { id type } proposal { ...ProposalPageFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostOptions {\n    organizations(kind: NPO, first: 100) { edges { node { ...OrgSummary timeZone } } }\n  }\n"): (typeof documents)["\n  query HostOptions {\n    organizations(kind: NPO, first: 100) { edges { node { ...OrgSummary timeZone } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Economies {\n    economies { code name }\n  }\n"): (typeof documents)["\n  query Economies {\n    economies { code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalDecision on Proposal {\n    id status statusReason version\n  }\n"): (typeof documents)["\n  fragment ProposalDecision on Proposal {\n    id status statusReason version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProposalReview($id: ID!, $version: Int!) {\n    startProposalReview(id: $id, version: $version) { ...ProposalDecision }\n  }\n"): (typeof documents)["\n  mutation StartProposalReview($id: ID!, $version: Int!) {\n    startProposalReview(id: $id, version: $version) { ...ProposalDecision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestProposalChanges($id: ID!, $version: Int!, $comment: String!) {\n    requestProposalChanges(id: $id, version: $version, comment: $comment) { ...ProposalDecision }\n  }\n"): (typeof documents)["\n  mutation RequestProposalChanges($id: ID!, $version: Int!, $comment: String!) {\n    requestProposalChanges(id: $id, version: $version, comment: $comment) { ...ProposalDecision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProposal($id: ID!, $version: Int!) {\n    approveProposal(id: $id, version: $version) { ...ProposalDecision }\n  }\n"): (typeof documents)["\n  mutation ApproveProposal($id: ID!, $version: Int!) {\n    approveProposal(id: $id, version: $version) { ...ProposalDecision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectProposal($id: ID!, $version: Int!, $reason: String!) {\n    rejectProposal(id: $id, version: $version, reason: $reason) { ...ProposalDecision }\n  }\n"): (typeof documents)["\n  mutation RejectProposal($id: ID!, $version: Int!, $reason: String!) {\n    rejectProposal(id: $id, version: $version, reason: $reason) { ...ProposalDecision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedHosts($id: ID!) {\n    proposal(id: $id) {\n      id version status\n      pairings { ...ProposalPairing }\n    }\n    pairingSuggestions(proposalId: $id) {\n      organization { ...OrgSummary }\n      preferredRank matchingTopics score\n    }\n  }\n"): (typeof documents)["\n  query SuggestedHosts($id: ID!) {\n    proposal(id: $id) {\n      id version status\n      pairings { ...ProposalPairing }\n    }\n    pairingSuggestions(proposalId: $id) {\n      organization { ...OrgSummary }\n      preferredRank matchingTopics score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePairing($proposalId: ID!, $hostOrganizationId: ID!) {\n    createPairing(proposalId: $proposalId, hostOrganizationId: $hostOrganizationId) { ...ProposalPairing proposal { id pairings { ...ProposalPairing } } }\n  }\n"): (typeof documents)["\n  mutation CreatePairing($proposalId: ID!, $hostOrganizationId: ID!) {\n    createPairing(proposalId: $proposalId, hostOrganizationId: $hostOrganizationId) { ...ProposalPairing proposal { id pairings { ...ProposalPairing } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReviewActivity($after: String) {\n    activity(after: $after) { cursor type subjectType subjectId }\n  }\n"): (typeof documents)["\n  subscription ReviewActivity($after: String) {\n    activity(after: $after) { cursor type subjectType subjectId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      totalCount\n      counts { type count }\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { type id title pairingId threadId snippet { text highlighted } } }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      totalCount\n      counts { type count }\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { type id title pairingId threadId snippet { text highlighted } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarFeedFields on CalendarFeed {\n    id description createdAt revokedAt\n  }\n"): (typeof documents)["\n  fragment CalendarFeedFields on CalendarFeed {\n    id description createdAt revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeeds($first: Int, $after: String) {\n    calendarFeeds(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...CalendarFeedFields } }\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeeds($first: Int, $after: String) {\n    calendarFeeds(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...CalendarFeedFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) { url calendarFeed { ...CalendarFeedFields } }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) { url calendarFeed { ...CalendarFeedFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) { ...CalendarFeedFields }\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) { ...CalendarFeedFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences { kind delivery }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences { kind delivery }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: $input) { kind delivery }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: $input) { kind delivery }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id name scopes createdAt expiresAt lastUsedAt revokedAt\n    createdBy { id name }\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id name scopes createdAt expiresAt lastUsedAt revokedAt\n    createdBy { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($first: Int, $after: String, $organizationId: ID, $includeRevoked: Boolean) {\n    apiTokens(first: $first, after: $after, organizationId: $organizationId, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ApiTokenFields } }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($first: Int, $after: String, $organizationId: ID, $includeRevoked: Boolean) {\n    apiTokens(first: $first, after: $after, organizationId: $organizationId, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ApiTokenFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { ...ApiTokenFields } }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { ...ApiTokenFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ApiTokenFields }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ApiTokenFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookFields on Webhook {\n    id url description eventTypes active disabledReason createdAt version\n    organization { id acronym }\n  }\n"): (typeof documents)["\n  fragment WebhookFields on Webhook {\n    id url description eventTypes active disabledReason createdAt version\n    organization { id acronym }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks($first: Int, $after: String) {\n    webhooks(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WebhookFields } }\n    }\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query Webhooks($first: Int, $after: String) {\n    webhooks(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WebhookFields } }\n    }\n    webhookEventTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id eventId eventType status attemptCount nextAttemptAt createdAt\n    attempts { at httpStatus durationMs error }\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id eventId eventType status attemptCount nextAttemptAt createdAt\n    attempts { at httpStatus durationMs error }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($after: String, $first: Int) {\n    webhooks(first: 1, after: $after) {\n      edges { node { id deliveries(first: $first) { totalCount edges { node { ...WebhookDeliveryFields } } } } }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($after: String, $first: Int) {\n    webhooks(first: 1, after: $after) {\n      edges { node { id deliveries(first: $first) { totalCount edges { node { ...WebhookDeliveryFields } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { ...WebhookFields } }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { ...WebhookFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) { ...WebhookFields }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) { ...WebhookFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret webhook { ...WebhookFields } }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret webhook { ...WebhookFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWebhook($id: ID!) {\n    testWebhook(id: $id) { ...WebhookDeliveryFields }\n  }\n"): (typeof documents)["\n  mutation TestWebhook($id: ID!) {\n    testWebhook(id: $id) { ...WebhookDeliveryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShowcaseEntryFields on ShowcaseEntry {\n    id version whatWorked whatToTry contactName contactEmail sendingConsent hostConsent listed public\n  }\n"): (typeof documents)["\n  fragment ShowcaseEntryFields on ShowcaseEntry {\n    id version whatWorked whatToTry contactName contactEmail sendingConsent hostConsent listed public\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Showcase($first: Int, $after: String, $filter: ShowcaseFilter) {\n    showcase(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id title whatWorked whatToTry contactName contactEmail completedAt public\n          sendingEconomy { id code name } hostEconomy { id code name }\n          sendingOrganization { id acronym name } hostOrganization { id acronym name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Showcase($first: Int, $after: String, $filter: ShowcaseFilter) {\n    showcase(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id title whatWorked whatToTry contactName contactEmail completedAt public\n          sendingEconomy { id code name } hostEconomy { id code name }\n          sendingOrganization { id acronym name } hostOrganization { id acronym name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowcaseEconomies {\n    economies { id code name }\n  }\n"): (typeof documents)["\n  query ShowcaseEconomies {\n    economies { id code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateShowcaseSummary($pairingId: ID!, $version: Int, $input: ShowcaseSummaryInput!) {\n    updateShowcaseSummary(pairingId: $pairingId, version: $version, input: $input) { ...ShowcaseEntryFields }\n  }\n"): (typeof documents)["\n  mutation UpdateShowcaseSummary($pairingId: ID!, $version: Int, $input: ShowcaseSummaryInput!) {\n    updateShowcaseSummary(pairingId: $pairingId, version: $version, input: $input) { ...ShowcaseEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetShowcaseConsent($pairingId: ID!, $version: Int!, $consent: ShowcaseConsent!) {\n    setShowcaseConsent(pairingId: $pairingId, version: $version, consent: $consent) { ...ShowcaseEntryFields }\n  }\n"): (typeof documents)["\n  mutation SetShowcaseConsent($pairingId: ID!, $version: Int!, $consent: ShowcaseConsent!) {\n    setShowcaseConsent(pairingId: $pairingId, version: $version, consent: $consent) { ...ShowcaseEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageReactions on Message {\n    id reactions { emoji count reactedByMe }\n  }\n"): (typeof documents)["\n  fragment MessageReactions on Message {\n    id reactions { emoji count reactedByMe }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id body bodyHtml createdAt editedAt deletedAt version mentionedUserIds\n    parent { id }\n    author { id name email organization { id acronym } }\n    attachments { ...AttachmentFields }\n    ...MessageReactions\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id body bodyHtml createdAt editedAt deletedAt version mentionedUserIds\n    parent { id }\n    author { id name email organization { id acronym } }\n    attachments { ...AttachmentFields }\n    ...MessageReactions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id title unreadCount\n      followUp { id title }\n      messages(first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...MessageFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!, $after: String) {\n    thread(id: $id) {\n      id title unreadCount\n      followUp { id title }\n      messages(first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...MessageFields } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($threadId: ID!, $after: String) {\n    messageAdded(threadId: $threadId, after: $after) { cursor event { id type } message { ...MessageFields } }\n  }\n"): (typeof documents)["\n  subscription MessageAdded($threadId: ID!, $after: String) {\n    messageAdded(threadId: $threadId, after: $after) { cursor event { id type } message { ...MessageFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($pairingId: ID!, $title: String!) {\n    createThread(pairingId: $pairingId, title: $title) { id title unreadCount lastMessageAt createdBy { id name } }\n  }\n"): (typeof documents)["\n  mutation CreateThread($pairingId: ID!, $title: String!) {\n    createThread(pairingId: $pairingId, title: $title) { id title unreadCount lastMessageAt createdBy { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostMessage($threadId: ID!, $body: String!, $parentId: ID) {\n    postMessage(threadId: $threadId, body: $body, parentId: $parentId) { ...MessageFields }\n  }\n"): (typeof documents)["\n  mutation PostMessage($threadId: ID!, $body: String!, $parentId: ID) {\n    postMessage(threadId: $threadId, body: $body, parentId: $parentId) { ...MessageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }\n  }\n"): (typeof documents)["\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }\n  }\n"): (typeof documents)["\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) { id unreadCount }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) { id unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($id: ID!, $version: Int!, $body: String!) {\n    editMessage(id: $id, version: $version, body: $body) { ...MessageFields }\n  }\n"): (typeof documents)["\n  mutation EditMessage($id: ID!, $version: Int!, $body: String!) {\n    editMessage(id: $id, version: $version, body: $body) { ...MessageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: ID!, $version: Int!) {\n    deleteMessage(id: $id, version: $version) { ...MessageFields }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($id: ID!, $version: Int!) {\n    deleteMessage(id: $id, version: $version) { ...MessageFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;