// GraphQL documents of the showcase: the list, the economies to filter by, a pairing's own entry
// (spread in PairingFields so pairingChanged keeps it live) and its two mutations.
import { graphql } from '../../gql';

export const ShowcaseEntryFieldsFragment = graphql(`
  fragment ShowcaseEntryFields on ShowcaseEntry {
    id version whatWorked whatToTry contactName contactEmail sendingConsent hostConsent listed public
  }
`);

export const ShowcaseQuery = graphql(`
  query Showcase($first: Int, $after: String, $filter: ShowcaseFilter) {
    showcase(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id title whatWorked whatToTry contactName contactEmail completedAt public
          sendingEconomy { id code name } hostEconomy { id code name }
          sendingOrganization { id acronym name } hostOrganization { id acronym name }
        }
      }
    }
  }
`);

export const ShowcaseEconomiesQuery = graphql(`
  query ShowcaseEconomies {
    economies { id code name }
  }
`);

export const UpdateShowcaseSummaryMutation = graphql(`
  mutation UpdateShowcaseSummary($pairingId: ID!, $version: Int, $input: ShowcaseSummaryInput!) {
    updateShowcaseSummary(pairingId: $pairingId, version: $version, input: $input) { ...ShowcaseEntryFields }
  }
`);

export const SetShowcaseConsentMutation = graphql(`
  mutation SetShowcaseConsent($pairingId: ID!, $version: Int!, $consent: ShowcaseConsent!) {
    setShowcaseConsent(pairingId: $pairingId, version: $version, consent: $consent) { ...ShowcaseEntryFields }
  }
`);
