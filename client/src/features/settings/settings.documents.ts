// GraphQL documents of an organization's settings: API tokens (webhooks and calendar feeds in
// their own files, as their server parts arrive).
import { graphql } from '../../gql';

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id name scopes createdAt expiresAt lastUsedAt revokedAt
    createdBy { id name }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens($first: Int, $after: String, $organizationId: ID, $includeRevoked: Boolean) {
    apiTokens(first: $first, after: $after, organizationId: $organizationId, includeRevoked: $includeRevoked) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ApiTokenFields } }
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { token apiToken { ...ApiTokenFields } }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { ...ApiTokenFields }
  }
`);
