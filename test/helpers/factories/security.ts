// Helpers of the security suites: raw HTTP requests, "nothing was written" and "still healthy".
import { expect } from 'vitest';
import type { GqlResult, TestApp } from '../app.js';
import { tableSnapshot } from './api-tokens.js';

export type RawResponse = { status: number; body: any; headers: Headers };

/** POSTs a body as given (string: sent verbatim; anything else: JSON). */
export async function post(app: TestApp, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // left as text: some refusals are not JSON
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** Runs `attack`, then checks that no table gained, lost or changed a row. */
export async function expectNoWrites<T>(app: TestApp, attack: () => Promise<T>): Promise<T> {
  const before = await tableSnapshot(app);
  const result = await attack();
  expect(await tableSnapshot(app)).toEqual(before);
  return result;
}

export async function expectHealthy(app: TestApp): Promise<void> {
  const r = await app.gql(`{ economies { code } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data.economies).toHaveLength(21);
}

export const reasonOf = (r: GqlResult) => r.errors?.[0]?.extensions?.reason;

/**
 * Opens a graphql-transport-ws socket with `authorization`, subscribes once and returns the
 * first `next` or `error` message (then closes).
 */
export async function wsFirstMessage(app: TestApp, authorization: string, query: string, variables: Record<string, unknown> = {}): Promise<{ type: string; payload: any }> {
  const { default: WebSocket } = await import('ws');
  const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
  try {
    return await new Promise((resolve, reject) => {
      ws.on('error', reject);
      ws.on('close', (code) => reject(new Error(`closed with ${code}`)));
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization } })));
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data));
        if (msg.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        if (msg.type === 'next' || msg.type === 'error') resolve(msg);
      });
    });
  } finally {
    ws.removeAllListeners('close');
    ws.close();
  }
}
