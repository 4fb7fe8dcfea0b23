// GraphiQL from the client bundle: works offline, unlike Apollo's online Sandbox.
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import 'graphiql/style.css';
import { getToken } from '../auth/token-store';

const token = getToken();
const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers,
  wsClient: createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: headers,
  }),
});

export default function GraphiqlPage() {
  return (
    <div style={{ height: '100vh' }}>
      <GraphiQL fetcher={fetcher} />
    </div>
  );
}
