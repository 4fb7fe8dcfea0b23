// A graphql-ws client for tests (the `ws` package as WebSocket): subscribe, collect what
// arrives, wait for a number of results or for the socket to close, and see its close code.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export type LiveResult<T = any> = { data?: T; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

export type LiveSubscription<T = any> = {
  results: LiveResult<T>[];
  /** Set when the server ended the subscription (complete or error). */
  ended: boolean;
  error: unknown;
  waitFor(n: number, timeoutMs?: number): Promise<LiveResult<T>[]>;
  untilEnded(timeoutMs?: number): Promise<void>;
  stop(): void;
};

export type LiveClient = {
  client: Client;
  closeCodes: number[];
  /** Resolves once the server has acknowledged connection_init (the connection is registered). */
  connected(timeoutMs?: number): Promise<void>;
  subscribe<T = any>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  /** Resolves once the socket has been closed by the server (or the network), with its code. */
  closed(timeoutMs?: number): Promise<number>;
  dispose(): Promise<void>;
};

export function liveClient(wsUrl: string, token?: string | null, opts: { retry?: boolean } = {}): LiveClient {
  const closeCodes: number[] = [];
  let acknowledged = false;
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: opts.retry ? 1_000 : 0,
    retryWait: async () => new Promise((r) => setTimeout(r, 200)),
    shouldRetry: () => !!opts.retry,
    on: {
      connected: () => (acknowledged = true),
      closed: (e) => closeCodes.push((e as { code: number }).code),
    },
    onNonLazyError: () => {},
  });
  // Said when a wait times out: a subscription on a socket never acknowledged waits without an error.
  const socketState = () => `socket ${acknowledged ? 'acknowledged' : 'not acknowledged'}${closeCodes.length ? `, closed with ${closeCodes.join()}` : ''}`;
  return {
    client,
    closeCodes,
    connected: (timeoutMs = 20_000) => until(() => acknowledged, timeoutMs, () => `not acknowledged; closed with ${closeCodes.join()}`),
    subscribe<T>(query: string, variables: Record<string, unknown> = {}) {
      const results: LiveResult<T>[] = [];
      const sub: LiveSubscription<T> = {
        results,
        ended: false,
        error: undefined,
        waitFor: (n, timeoutMs = 20_000) =>
          until(() => results.length >= n || (sub.ended && results.length < n ? fail(`ended after ${results.length} of ${n}: ${JSON.stringify(sub.error ?? results)}`) : false), timeoutMs, () => `got ${results.length} of ${n} (${socketState()}): ${JSON.stringify(results)}`).then(() => results),
        untilEnded: (timeoutMs = 20_000) => until(() => sub.ended, timeoutMs, () => 'subscription did not end'),
        stop: () => unsubscribe(),
      };
      const unsubscribe = client.subscribe<T>({ query, variables }, {
        next: (r) => results.push(r as LiveResult<T>),
        error: (e) => {
          sub.error = e;
          sub.ended = true;
        },
        complete: () => {
          sub.ended = true;
        },
      });
      return sub;
    },
    closed: (timeoutMs = 20_000) => until(() => closeCodes.length > 0, timeoutMs, () => 'socket was not closed').then(() => closeCodes[0]),
    dispose: () => client.dispose() as Promise<void>,
  };
}

function fail(message: string): never {
  throw new Error(message);
}

/** Clients opened to one server (its WebSocket URL read when one is opened), disposed of together after a file's tests. */
export function liveClientPool(wsUrl: () => string): { open(token: string | null): LiveClient; disposeAll(): Promise<void> } {
  const opened: LiveClient[] = [];
  return {
    open(token) {
      const c = liveClient(wsUrl(), token);
      opened.push(c);
      return c;
    },
    async disposeAll() {
      await Promise.all(opened.map((c) => c.dispose().catch(() => {})));
    },
  };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The code of the error that ended a subscription: refused before it started, or failed while running. */
export function errorCodeOf(sub: LiveSubscription): string | undefined {
  const errors = (Array.isArray(sub.error) ? sub.error : sub.results.find((r) => r.errors)?.errors) as Array<{ extensions?: Record<string, any> }> | undefined;
  return errors?.[0]?.extensions?.code;
}

export type SlowReader = {
  /** Every message received, parsed, in order. */
  messages: Array<{ type: string; id?: string; payload?: any }>;
  /** The `next` payloads received so far. */
  results(): any[];
  /** Starts reading again: what the kernel buffered arrives, then the server may send more. */
  resume(): void;
  /** The close code, once the server's close frame has been read. */
  closed(timeoutMs?: number): Promise<number>;
  close(): void;
};

/**
 * A raw graphql-ws client that subscribes and then stops reading its socket: the kernel buffers
 * fill, the server's writes stall and its events queue up, as with a client on a slow link.
 */
export async function slowReader(wsUrl: string, token: string, query: string, variables: Record<string, unknown>): Promise<SlowReader> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const messages: SlowReader['messages'] = [];
  let closeCode: number | null = null;
  socket.on('close', (code) => (closeCode = code));
  socket.on('message', (m) => messages.push(JSON.parse(String(m))));
  await new Promise((r) => socket.once('open', r));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await until(() => messages.some((m) => m.type === 'connection_ack'), 10_000, () => JSON.stringify(messages));
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
  // A ping answered after the subscribe: the server has read it (and taken its starting position).
  socket.send(JSON.stringify({ type: 'ping' }));
  await until(() => messages.some((m) => m.type === 'pong'), 10_000, () => JSON.stringify(messages));
  const raw = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  raw.pause();
  return {
    messages,
    results: () => messages.filter((m) => m.type === 'next').map((m) => m.payload),
    resume: () => raw.resume(),
    closed: (timeoutMs = 30_000) => until(() => closeCode !== null, timeoutMs, () => 'the socket was not closed').then(() => closeCode!),
    close: () => socket.terminate(),
  };
}
