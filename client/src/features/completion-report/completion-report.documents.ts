// GraphQL documents of the completion report: its fields (spread into PairingFields, so that
// pairingChanged carries it live) and the sender's and the Secretariat's mutations.
import { graphql } from '../../gql';

export const CompletionReportFieldsFragment = graphql(`
  fragment CompletionReportFields on CompletionReport {
    id status version dueAt overdue outcomes application followUpPlan changeRequest waiverReason submittedAt decidedAt
    decidedBy { id name }
    pairing { id proposal { id objectives } }
    revisions { number createdAt outcomes application followUpPlan author { id name } }
  }
`);

export const SubmitCompletionReportMutation = graphql(`
  mutation SubmitCompletionReport($pairingId: ID!, $version: Int!, $input: CompletionReportInput!) {
    submitCompletionReport(pairingId: $pairingId, version: $version, input: $input) { ...CompletionReportFields }
  }
`);

export const AcceptCompletionReportMutation = graphql(`
  mutation AcceptCompletionReport($pairingId: ID!, $version: Int!) {
    acceptCompletionReport(pairingId: $pairingId, version: $version) { ...CompletionReportFields }
  }
`);

export const RequestCompletionReportChangesMutation = graphql(`
  mutation RequestCompletionReportChanges($pairingId: ID!, $version: Int!, $reason: String!) {
    requestCompletionReportChanges(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }
  }
`);

export const WaiveCompletionReportMutation = graphql(`
  mutation WaiveCompletionReport($pairingId: ID!, $version: Int!, $reason: String!) {
    waiveCompletionReport(pairingId: $pairingId, version: $version, reason: $reason) { ...CompletionReportFields }
  }
`);
