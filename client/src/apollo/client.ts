// Apollo Client: HTTP for queries and mutations, graphql-ws for subscriptions (socket.ts), both
// carrying the session token. Screens resume their streams with `after` cursors.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { SetContextLink } from '@apollo/client/link/context';
import { RemoveTypenameFromVariablesLink } from '@apollo/client/link/remove-typename';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { getToken } from '../features/auth/token-store';
import { createSocketClient, watchNetwork } from './socket';

const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

export const wsClient = createSocketClient(wsUrl);
watchNetwork(wsClient);

const auth = new SetContextLink(({ headers }) => {
  const token = getToken();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

const transport = ApolloLink.split(
  ({ query }) => {
    const def = getMainDefinition(query);
    return def.kind === 'OperationDefinition' && def.operation === 'subscription';
  },
  new GraphQLWsLink(wsClient),
  auth.concat(new HttpLink({ uri: '/graphql' })),
);

// Forms start from query results, which carry `__typename` on every object; input types do not
// have that field. Stripping it here, for every operation, keeps every form that round-trips a
// result into a mutation input safe, instead of each form remembering to do it.
const link = new RemoveTypenameFromVariablesLink().concat(transport);

/** Connections merge their pages ("Show more"); a fetch without `after` starts over. */
const cache = new InMemoryCache({
  typePolicies: {
    Query: {
      fields: {
        projectNotifications: relayStylePagination(['status', 'search', 'orderBy']),
        proposals: relayStylePagination(['filter', 'orderBy']),
        pairings: relayStylePagination(['filter', 'orderBy']),
        inbox: relayStylePagination(['unreadOnly', 'filter', 'orderBy']),
        search: relayStylePagination(['query', 'types']),
      },
    },
    Thread: { fields: { messages: relayStylePagination() } },
    // One dashboard per viewer: live counts replace it in place.
    Dashboard: { keyFields: [] },
    // A hit's snippet belongs to its search, not to the object: the same object found by two
    // searches must keep two snippets.
    SearchHit: { keyFields: false },
  },
});

export const apolloClient = new ApolloClient({ link, cache });
