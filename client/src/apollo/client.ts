// Apollo Client: HTTP for queries and mutations, graphql-ws for subscriptions, both carrying
// the session token. The WebSocket reconnects by itself; screens resume with `after` cursors.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { SetContextLink } from '@apollo/client/link/context';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { getToken } from '../features/auth/token-store';

const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

export const wsClient = createClient({
  url: wsUrl,
  connectionParams: () => {
    const token = getToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  retryAttempts: Infinity,
  shouldRetry: () => true,
});

const auth = new SetContextLink(({ headers }) => {
  const token = getToken();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

const link = ApolloLink.split(
  ({ query }) => {
    const def = getMainDefinition(query);
    return def.kind === 'OperationDefinition' && def.operation === 'subscription';
  },
  new GraphQLWsLink(wsClient),
  auth.concat(new HttpLink({ uri: '/graphql' })),
);

/** Connections merge their pages ("Show more"); a fetch without `after` starts over. */
const cache = new InMemoryCache({
  typePolicies: {
    Query: {
      fields: {
        projectNotifications: relayStylePagination(['status', 'search']),
        proposals: relayStylePagination(['filter']),
        pairings: relayStylePagination(['filter']),
        inbox: relayStylePagination(['unreadOnly']),
      },
    },
    Thread: { fields: { messages: relayStylePagination() } },
  },
});

export const apolloClient = new ApolloClient({ link, cache });
