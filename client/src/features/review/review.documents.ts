// GraphQL documents of the Secretariat's review queue: decisions, pairings, and the live feed.
import { graphql } from '../../gql';

/** What a decision changes on a proposal. */
export const ProposalDecisionFragment = graphql(`
  fragment ProposalDecision on Proposal {
    id status statusReason version
  }
`);

export const StartReviewMutation = graphql(`
  mutation StartProposalReview($id: ID!, $version: Int!) {
    startProposalReview(id: $id, version: $version) { ...ProposalDecision }
  }
`);

export const RequestChangesMutation = graphql(`
  mutation RequestProposalChanges($id: ID!, $version: Int!, $comment: String!) {
    requestProposalChanges(id: $id, version: $version, comment: $comment) { ...ProposalDecision }
  }
`);

export const ApproveMutation = graphql(`
  mutation ApproveProposal($id: ID!, $version: Int!) {
    approveProposal(id: $id, version: $version) { ...ProposalDecision }
  }
`);

export const RejectMutation = graphql(`
  mutation RejectProposal($id: ID!, $version: Int!, $reason: String!) {
    rejectProposal(id: $id, version: $version, reason: $reason) { ...ProposalDecision }
  }
`);

export const SuggestedHostsQuery = graphql(`
  query SuggestedHosts($id: ID!) {
    proposal(id: $id) {
      id version status
      pairings { ...ProposalPairing }
    }
    pairingSuggestions(proposalId: $id) {
      organization { ...OrgSummary }
      preferredRank matchingTopics score
    }
  }
`);

export const CreatePairingMutation = graphql(`
  mutation CreatePairing($proposalId: ID!, $hostOrganizationId: ID!) {
    createPairing(proposalId: $proposalId, hostOrganizationId: $hostOrganizationId) { ...ProposalPairing proposal { id pairings { ...ProposalPairing } } }
  }
`);

export const ReviewActivitySubscription = graphql(`
  subscription ReviewActivity($after: String) {
    activity(after: $after) { cursor type subjectType subjectId }
  }
`);
