// Entry point: GraphiQL at /graphiql (its own bundle), otherwise the app with Apollo and routing.
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { apolloClient } from './apollo/client';
import { ViewerProvider } from './features/auth/ViewerContext';
import { Loading } from './ui/State';
import { App } from './App';
import './ui/styles.css';

const GraphiqlPage = lazy(() => import('./features/graphiql/GraphiqlPage'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {location.pathname.startsWith('/graphiql') ? (
      <Suspense fallback={<Loading label="Loading GraphiQL…" />}>
        <GraphiqlPage />
      </Suspense>
    ) : (
      <ApolloProvider client={apolloClient}>
        <BrowserRouter>
          <ViewerProvider>
            <App />
          </ViewerProvider>
        </BrowserRouter>
      </ApolloProvider>
    )}
  </StrictMode>,
);
