// Load and probes for the fault tests: keyed writes that are retried until acknowledged, and
// sockets opened while the database is away.
import WebSocket from 'ws';
import type { ServerProcess } from './processes.js';

export type KeyedWrites = { acknowledged: string[]; done: Promise<void> };

/**
 * `count` createApiToken mutations named `${label}-${i}`, spread over the servers, four at a
 * time. A failed write (the database away) is tried again with the same key until the server
 * acknowledges it; the acknowledged keys must all be in the database afterwards.
 */
export function keyedWrites(servers: ServerProcess[], token: string, count: number, label: string): KeyedWrites {
  const acknowledged: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const key = `${label}-${i}`;
      for (let attempt = 0; ; attempt++) {
        const r = await servers[i % servers.length]
          .gql(`mutation($n: String!) { createApiToken(input: { name: $n }) { apiToken { id } } }`, { n: key }, token)
          .catch((err: unknown) => ({ data: undefined, errors: [String(err)] }));
        if (r.data?.createApiToken) break;
        if (attempt > 200) throw new Error(`write ${key} never succeeded: ${JSON.stringify(r.errors)}`);
        // The retry backoff of a real client, not a wait for a condition.
        await new Promise((res) => setTimeout(res, 100));
      }
      acknowledged.push(key);
    }
  };
  return { acknowledged, done: Promise.all([worker(), worker(), worker(), worker()]).then(() => {}) };
}

/** Opens one socket per server with a valid token and returns how each was closed (0 = accepted). */
export async function openDuringOutage(servers: ServerProcess[], token: string): Promise<number[]> {
  return Promise.all(
    servers.map(
      (s) =>
        new Promise<number>((resolve) => {
          const socket = new WebSocket(s.wsUrl, 'graphql-transport-ws');
          socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
          socket.on('message', (m) => {
            if (String(m).includes('connection_ack')) {
              socket.close();
              resolve(0);
            }
          });
          socket.on('close', (code) => resolve(code));
          socket.on('error', () => resolve(-1));
        }),
    ),
  );
}
