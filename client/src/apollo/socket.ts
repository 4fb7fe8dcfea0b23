// The one WebSocket of the app (graphql-ws) and its connection state for the banner.
// Close codes (docs/API.md): 4401 = the credential ended, sign in again (never retried with the same
// token); 1013 = the server is briefly unwell, keep token and cursors and come back with backoff;
// anything else (restart, network) also retries with backoff. A silent dead link is found by
// keep-alive pings, and the browser's offline/online events cut or hurry the wait.
import { createClient, type Client } from 'graphql-ws';
import { getToken, setToken } from '../features/auth/token-store';
import { wakeableWaits } from './backoff';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'signed-out';

const PING_EVERY_MS = 10_000;
const PONG_WITHIN_MS = 4_000;
export const CREDENTIAL_ENDED = 4401;

let state: ConnectionState = 'connecting';
const listeners = new Set<(s: ConnectionState) => void>();
function setState(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const l of listeners) l(next);
}
export const connectionState = (): ConnectionState => state;
export function onConnectionState(listener: (s: ConnectionState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const waits = wakeableWaits();
let socket: WebSocket | null = null;
let pongTimer: ReturnType<typeof setTimeout> | undefined;

export function createSocketClient(url: string): Client {
  return createClient({
    url,
    connectionParams: () => {
      const token = getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: Infinity,
    retryWait: (retries) => waits.wait(retries),
    // A credential verdict is final: retrying would only be refused again. Everything else
    // (1013 included) is worth another try.
    shouldRetry: (e) => (e as CloseEvent | undefined)?.code !== CREDENTIAL_ENDED,
    keepAlive: PING_EVERY_MS,
    on: {
      connecting: () => { if (state !== 'offline') setState(state === 'live' ? 'reconnecting' : state); },
      connected: (s) => { socket = s as WebSocket; setState('live'); },
      ping: (received) => {
        if (received) return;
        // No pong in time: the link is dead although nobody closed it (e.g. a dropped network).
        pongTimer = setTimeout(() => { if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'pong timeout'); }, PONG_WITHIN_MS);
      },
      pong: (received) => { if (received) clearTimeout(pongTimer); },
      closed: (e) => {
        socket = null;
        clearTimeout(pongTimer);
        const code = (e as CloseEvent | undefined)?.code;
        if (code === CREDENTIAL_ENDED) {
          setToken(null);
          setState('signed-out');
        } else if (code !== 1000 && state !== 'offline') {
          // 1000 is the lazy close when no screen listens any more: nothing is missed.
          setState('reconnecting');
        }
      },
    },
  });
}

/** Browser network events: offline shows at once (and drops the socket); online retries now. */
export function watchNetwork(client: Client): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('offline', () => {
    setState('offline');
    client.terminate();
  });
  window.addEventListener('online', () => {
    setState('reconnecting');
    waits.wake();
  });
}

/** After a sign-in the banner starts over (the old socket's end is not an outage). */
export function resetConnectionState(): void {
  setState('connecting');
}
