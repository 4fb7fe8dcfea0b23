// GraphQL document of the search page.
import { graphql } from '../../gql';

export const SearchQuery = graphql(`
  query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount
      counts { type count }
      pageInfo { hasNextPage endCursor }
      edges { cursor node { type id title pairingId threadId snippet { text highlighted } } }
    }
  }
`);
