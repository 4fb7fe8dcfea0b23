// GraphQL documents of the Secretariat's review queue: decisions, pairings, and the live feed.
import { graphql } from '../../gql';

export const StartReviewMutation = graphql(`
  mutation StartProposalReview($id: ID!, $version: Int!) {
    startProposalReview(id: $id, version: $version) { id status statusReason version }
  }
`);

export const RequestChangesMutation = graphql(`
  mutation RequestProposalChanges($id: ID!, $version: Int!, $comment: String!) {
    requestProposalChanges(id: $id, version: $version, comment: $comment) { id status statusReason version }
  }
`);

export const ApproveMutation = graphql(`
  mutation ApproveProposal($id: ID!, $version: Int!) {
    approveProposal(id: $id, version: $version) { id status statusReason version }
  }
`);

export const RejectMutation = graphql(`
  mutation RejectProposal($id: ID!, $version: Int!, $reason: String!) {
    rejectProposal(id: $id, version: $version, reason: $reason) { id status statusReason version }
  }
`);

export const SuggestedHostsQuery = graphql(`
  query SuggestedHosts($id: ID!) {
    proposal(id: $id) {
      id version status
      pairings { id status createdAt hostOrganization { id name acronym economy { code name } } }
    }
    pairingSuggestions(proposalId: $id) {
      organization { id name acronym economy { code name } }
      preferredRank matchingTopics score
    }
  }
`);

export const CreatePairingMutation = graphql(`
  mutation CreatePairing($proposalId: ID!, $hostOrganizationId: ID!) {
    createPairing(proposalId: $proposalId, hostOrganizationId: $hostOrganizationId) { id status createdAt hostOrganization { id name acronym economy { code name } } proposal { id pairings { id status createdAt hostOrganization { id name acronym economy { code name } } } } }
  }
`);

export const ReviewActivitySubscription = graphql(`
  subscription ReviewActivity($after: String) {
    activity(after: $after) { cursor type subjectType subjectId }
  }
`);
