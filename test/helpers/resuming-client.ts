// A subscriber that behaves as docs/API.md tells clients to: it keeps the cursor of the last
// event it received and, when the socket closes with a "try again" code, reconnects with
// backoff and resubscribes with `after` = that cursor. 4401/4403 end it (the credential ended).
// It records every cursor received, every close code, and any result that carried errors.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const RESUME = new Set([1001, 1006, 1011, 1013, 4408, 4500]);

export type ResumingSubscriber = {
  cursors: string[];
  closeCodes: number[];
  /** Results that came with errors (there must be none: never a partial payload). */
  failures: unknown[];
  /** True once the server has ended it for good (4401/4403). */
  ended: boolean;
  /** Number of live (re)connections so far. */
  connections: number;
  stop(): Promise<void>;
};

/** Records each result's cursor, or the result itself when it carried errors. */
function recorder(sub: ResumingSubscriber, field: string) {
  return {
    next: (r: { errors?: readonly unknown[]; data?: unknown }) => {
      if (r.errors?.length || !r.data) sub.failures.push(r);
      else sub.cursors.push((r.data as Record<string, { cursor: string }>)[field].cursor);
    },
    error: () => {},
    complete: () => {},
  };
}

/** `field` is the subscription's root field; the query must select `cursor` on it. */
export function resumingSubscriber(wsUrl: string, token: string, query: string, field: string, after: string | null): ResumingSubscriber {
  let client: Client | null = null;
  let stopped = false;
  let attempt = 0;
  const sub: ResumingSubscriber = {
    cursors: [],
    closeCodes: [],
    failures: [],
    ended: false,
    connections: 0,
    async stop() {
      stopped = true;
      await client?.dispose();
    },
  };
  const connect = () => {
    if (stopped) return;
    const c = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
      on: {
        connected: () => {
          sub.connections++;
          attempt = 0;
        },
        closed: (e) => {
          const code = (e as { code: number }).code;
          sub.closeCodes.push(code);
          if (c !== client) return;
          if (!RESUME.has(code) || stopped) {
            sub.ended = !stopped;
            return;
          }
          // Capped, jittered backoff, as the React client does.
          const wait = Math.min(2_000, 100 * 2 ** attempt++) * (0.5 + Math.random());
          setTimeout(connect, wait);
        },
      },
    });
    client = c;
    const last = sub.cursors.at(-1) ?? after;
    c.subscribe({ query, variables: { after: last } }, recorder(sub, field));
  };
  connect();
  return sub;
}

/** 0 missing, 0 duplicated, 0 out of order: what a subscriber got against the log's ids. */
export function compareWithLog(received: string[], log: string[]) {
  const seen = new Set<string>();
  let duplicated = 0;
  let outOfOrder = 0;
  received.forEach((id, i) => {
    if (seen.has(id)) duplicated++;
    seen.add(id);
    if (i > 0 && BigInt(id) <= BigInt(received[i - 1])) outOfOrder++;
  });
  const missing = log.filter((id) => !seen.has(id)).length;
  const extra = [...seen].filter((id) => !log.includes(id)).length;
  return { missing, duplicated, outOfOrder, extra };
}
