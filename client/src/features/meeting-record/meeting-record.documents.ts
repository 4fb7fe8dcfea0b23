// GraphQL documents of the meeting record: its fields and documents (spread into PairingFields,
// so that pairingChanged brings it live, a file the other side attached too), editing and
// confirming it.
import { graphql } from '../../gql';

export const MeetingRecordFieldsFragment = graphql(`
  fragment MeetingRecordFields on MeetingRecord {
    id version updatedAt heldFrom heldTo modality keyLearnings confirmedRevision
    confirmedBySending confirmedByHost sendingConfirmedAt hostConfirmedAt
    sendingConfirmedBy { id name } hostConfirmedBy { id name }
    participants { name title qualification organization { id acronym } }
    sessions { title summary }
    followUps { id title }
    attachments { ...AttachmentFields }
  }
`);

export const MeetingRecordQuery = graphql(`
  query MeetingRecord($pairingId: ID!) {
    meetingRecord(pairingId: $pairingId) { ...MeetingRecordFields }
  }
`);

export const UpdateMeetingRecordMutation = graphql(`
  mutation UpdateMeetingRecord($pairingId: ID!, $version: Int!, $input: MeetingRecordInput!) {
    updateMeetingRecord(pairingId: $pairingId, version: $version, input: $input) { ...MeetingRecordFields }
  }
`);

export const ConfirmMeetingRecordMutation = graphql(`
  mutation ConfirmMeetingRecord($pairingId: ID!, $version: Int!) {
    confirmMeetingRecord(pairingId: $pairingId, version: $version) { ...MeetingRecordFields }
  }
`);
