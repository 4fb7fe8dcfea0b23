// Who is signed in, for every screen: user, role and organization (with its time zone).
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ViewerQuery as ViewerData } from '../../gql/graphql';
import { wsClient } from '../../apollo/client';
import { onConnectionState, resetConnectionState } from '../../apollo/socket';
import { ErrorMessage, Loading } from '../../ui/State';
import { LogoutMutation, ViewerQuery } from './auth.documents';
import { setToken } from './token-store';

export type Viewer = NonNullable<ViewerData['viewer']>;

type ViewerState = {
  viewer: Viewer | null;
  isSecretariat: boolean;
  signIn(token: string): Promise<void>;
  signOut(): Promise<void>;
};

const Ctx = createContext<ViewerState | null>(null);

export function ViewerProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  const [logout] = useMutation(LogoutMutation);

  const signIn = useCallback(async (token: string) => {
    setToken(token);
    // The socket carries the identity in connectionParams: reconnect with the new one.
    wsClient.terminate();
    resetConnectionState();
    await client.resetStore();
  }, [client]);

  const signOut = useCallback(async () => {
    await logout().catch(() => undefined); // the token is dropped even if the server is unreachable
    setToken(null);
    wsClient.terminate();
    await client.clearStore();
    await refetch();
  }, [client, logout, refetch]);

  // The socket was closed with 4401 (the credential ended: signed out elsewhere, revoked, expired):
  // the token is already dropped; forget what this session saw and show the signed-out app.
  useEffect(() => onConnectionState((s) => {
    if (s === 'signed-out') void client.clearStore().then(() => refetch());
  }), [client, refetch]);

  const viewer = data?.viewer ?? null;
  const value = useMemo<ViewerState>(
    () => ({ viewer, isSecretariat: viewer?.user?.role === 'SECRETARIAT', signIn, signOut }),
    [viewer, signIn, signOut],
  );

  if (loading && !data) return <main className="page"><Loading label="Starting BCN Hub…" /></main>;
  if (error && !data) {
    return <main className="page"><ErrorMessage error={error} onRetry={() => void refetch()} /></main>;
  }
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useViewer(): ViewerState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useViewer outside ViewerProvider');
  return v;
}
