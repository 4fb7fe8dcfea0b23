// GraphQL documents of the proposal screens: list, one proposal with revisions, and every transition.
import { graphql } from '../../gql';

export const ProposalFieldsFragment = graphql(`
  fragment ProposalFields on Proposal {
    id topic objectives expectedOutcome modality periodStart periodEnd status statusReason version
    submittedAt createdAt updatedAt proposedBySecretariat
    plannedParticipants { name title qualification }
    preferredHosts { rank organization { ...OrgSummary } }
    sendingOrganization { ...OrgSummary timeZone }
    economy { code name }
    notification { id projectCode title participantLimits { modality max } currentRound { id ordinal closesAt } }
    round { id ordinal closesOn }
  }
`);

export const ProposalsQuery = graphql(`
  query Proposals($first: Int, $after: String, $filter: ProposalsFilter, $orderBy: ListOrder) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id topic status modality version updatedAt submittedAt sendingOrganization { ...OrgSummary } economy { code name } notification { id projectCode } round { id ordinal } pairings { id status hostOrganization { id acronym } } } }
    }
  }
`);

/** A pairing as a proposal lists it: which host, and how far it got. */
export const ProposalPairingFragment = graphql(`
  fragment ProposalPairing on Pairing {
    id status createdAt hostOrganization { ...OrgSummary }
  }
`);

/** What the proposal page shows; its live stream carries the same, written into the cache. */
export const ProposalPageFieldsFragment = graphql(`
  fragment ProposalPageFields on Proposal {
    ...ProposalFields
    revisions { number fields createdAt author { id name } }
    pairings { ...ProposalPairing }
  }
`);

export const ProposalQuery = graphql(`
  query Proposal($id: ID!) {
    proposal(id: $id) { ...ProposalPageFields }
  }
`);

export const CreateProposalMutation = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) { ...ProposalFields }
  }
`);

export const UpdateProposalMutation = graphql(`
  mutation UpdateProposal($id: ID!, $version: Int!, $input: UpdateProposalInput!) {
    updateProposal(id: $id, version: $version, input: $input) { ...ProposalFields }
  }
`);

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($id: ID!, $version: Int!) {
    submitProposal(id: $id, version: $version) { ...ProposalFields }
  }
`);

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($id: ID!, $version: Int!, $reason: String!) {
    withdrawProposal(id: $id, version: $version, reason: $reason) { ...ProposalFields }
  }
`);

export const ProposalChangedSubscription = graphql(`
  subscription ProposalChanged($id: ID!, $after: String) {
    proposalChanged(id: $id, after: $after) { cursor event { id type } proposal { ...ProposalPageFields } }
  }
`);

export const HostOptionsQuery = graphql(`
  query HostOptions {
    organizations(kind: NPO, first: 100) { edges { node { ...OrgSummary timeZone } } }
  }
`);
