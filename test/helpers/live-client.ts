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
  subscribe<T = any>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  /** Resolves once the socket has been closed by the server (or the network), with its code. */
  closed(timeoutMs?: number): Promise<number>;
  dispose(): Promise<void>;
};

export function liveClient(wsUrl: string, token?: string | null, opts: { retry?: boolean } = {}): LiveClient {
  const closeCodes: number[] = [];
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: opts.retry ? 1_000 : 0,
    retryWait: async () => new Promise((r) => setTimeout(r, 200)),
    shouldRetry: () => !!opts.retry,
    on: { closed: (e) => closeCodes.push((e as { code: number }).code) },
    onNonLazyError: () => {},
  });
  return {
    client,
    closeCodes,
    subscribe<T>(query: string, variables: Record<string, unknown> = {}) {
      const results: LiveResult<T>[] = [];
      const sub: LiveSubscription<T> = {
        results,
        ended: false,
        error: undefined,
        waitFor: (n, timeoutMs = 20_000) =>
          until(() => results.length >= n || (sub.ended && results.length < n ? fail(`ended after ${results.length} of ${n}: ${JSON.stringify(sub.error ?? results)}`) : false), timeoutMs, () => `got ${results.length} of ${n}: ${JSON.stringify(results)}`).then(() => results),
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
