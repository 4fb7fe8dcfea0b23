// GraphQL documents of pairings: the list, one workspace, its transitions, plan and follow-ups.
import { graphql } from '../../gql';

export const PairingsQuery = graphql(`
  query Pairings($first: Int, $after: String, $filter: PairingFilterInput, $orderBy: ListOrder) {
    pairings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id status updatedAt sendingOrganization { ...OrgSummary } hostOrganization { ...OrgSummary } proposal { id topic } } }
    }
  }
`);

export const MeetingPlanFieldsFragment = graphql(`
  fragment MeetingPlanFields on MeetingPlan {
    id modality startsAt endsAt venue onlineLink version updatedAt
    agenda { startsAt endsAt topic presenter }
    delegates { name title qualification organization { id acronym } }
    localTimes { timeZone startsAt endsAt utcOffset organization { id acronym } }
    attachments { ...AttachmentFields }
  }
`);

export const PairingFieldsFragment = graphql(`
  fragment PairingFields on Pairing {
    id status statusReason version createdAt updatedAt viewerActions
    members { id name email role organization { id acronym economy { code name } } }
    sendingOrganization { ...OrgSummary timeZone }
    hostOrganization { ...OrgSummary timeZone }
    proposal { id topic modality notification { id participantLimits { modality max } } }
    meetingPlan { ...MeetingPlanFields }
    meetingRecord { ...MeetingRecordFields }
    completionReport { ...CompletionReportFields }
    threads(first: 100) { edges { node { id title unreadCount lastMessageAt createdBy { id name } } } }
    followUps { id kind title dueDate status nextStatuses version ownerOrganization { id acronym } thread { id title unreadCount } }
    showcaseEntry { ...ShowcaseEntryFields }
  }
`);

export const PairingQuery = graphql(`
  query Pairing($id: ID!) {
    pairing(id: $id) { ...PairingFields }
  }
`);

export const PairingChangedSubscription = graphql(`
  subscription PairingChanged($id: ID!, $after: String) {
    pairingChanged(id: $id, after: $after) { cursor event { id type } pairing { ...PairingFields } }
  }
`);

export const RespondMutation = graphql(`
  mutation RespondToHostInvitation($pairingId: ID!, $version: Int!, $accept: Boolean!, $reason: String) {
    respondToHostInvitation(pairingId: $pairingId, version: $version, accept: $accept, reason: $reason) { ...PairingFields }
  }
`);

export const ScheduleMutation = graphql(`
  mutation ScheduleMeeting($pairingId: ID!, $version: Int!) {
    scheduleMeeting(pairingId: $pairingId, version: $version) { ...PairingFields }
  }
`);

export const HeldMutation = graphql(`
  mutation MarkMeetingHeld($pairingId: ID!, $version: Int!) {
    markMeetingHeld(pairingId: $pairingId, version: $version) { ...PairingFields }
  }
`);

export const StartFollowUpMutation = graphql(`
  mutation StartFollowUp($pairingId: ID!, $version: Int!) {
    startFollowUp(pairingId: $pairingId, version: $version) { ...PairingFields }
  }
`);

export const CompleteMutation = graphql(`
  mutation CompletePairing($pairingId: ID!, $version: Int!) {
    completePairing(pairingId: $pairingId, version: $version) { ...PairingFields }
  }
`);

export const CancelMutation = graphql(`
  mutation CancelPairing($pairingId: ID!, $version: Int!, $reason: String!) {
    cancelPairing(pairingId: $pairingId, version: $version, reason: $reason) { ...PairingFields }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation UpdateMeetingPlan($pairingId: ID!, $version: Int!, $input: MeetingPlanInput!) {
    updateMeetingPlan(pairingId: $pairingId, version: $version, input: $input) { ...MeetingPlanFields pairing { id version updatedAt } }
  }
`);

export const CreateFollowUpMutation = graphql(`
  mutation CreateFollowUpActivity($pairingId: ID!, $input: CreateFollowUpInput!) {
    createFollowUpActivity(pairingId: $pairingId, input: $input) { id pairing { ...PairingFields } }
  }
`);

export const UpdateFollowUpMutation = graphql(`
  mutation UpdateFollowUpActivity($id: ID!, $version: Int!, $input: UpdateFollowUpInput!) {
    updateFollowUpActivity(id: $id, version: $version, input: $input) { id kind title dueDate status nextStatuses version }
  }
`);

export const RescheduleMutation = graphql(`
  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) { ...PairingFields }
  }
`);
