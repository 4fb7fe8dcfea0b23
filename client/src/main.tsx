import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { apolloClient } from './apollo/client';
import { App } from './App';

const GraphiqlPage = lazy(() => import('./features/graphiql/GraphiqlPage'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {location.pathname.startsWith('/graphiql') ? (
      <Suspense fallback={<p>Loading GraphiQL…</p>}>
        <GraphiqlPage />
      </Suspense>
    ) : (
      <ApolloProvider client={apolloClient}>
        <App />
      </ApolloProvider>
    )}
  </StrictMode>,
);
