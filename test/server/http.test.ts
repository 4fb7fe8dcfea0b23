// The endpoint under bad requests: clear errors, and the server stays up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const stillServes = async () => {
  const r = await app.gql(`{ economies { code } }`);
  expect(r.data.economies).toHaveLength(21);
};

describe('bad requests', () => {
  it('answers a malformed query with a parse error and keeps serving', async () => {
    const r = await app.gql(`{ economies { code `);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.reason).toBe('GRAPHQL_PARSE_FAILED');
    await stillServes();
  });

  it('answers an unknown field with a validation error', async () => {
    const r = await app.gql(`{ economies { secret } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    await stillServes();
  });

  it('refuses an oversized body with 413 and a GraphQL-shaped error', async () => {
    const res = await post(JSON.stringify({ query: `{ economies { code } }`, variables: { pad: 'x'.repeat(200_000) } }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0]).toMatchObject({ message: 'The request body is too large.', extensions: { code: 'BAD_USER_INPUT' } });
    await stillServes();
  });

  it('refuses malformed JSON', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await stillServes();
  });

  it('keeps CSRF prevention on for simple browser requests', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ economies { code } }')}`);
    expect(res.status).toBe(400);
  });
});

describe('probes', () => {
  it('reports health and readiness', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

describe('WebSocket', () => {
  const wsUrl = () => app.url.replace('http', 'ws') + '/graphql';
  const once = (client: ReturnType<typeof createClient>, query: string) =>
    new Promise<any>((resolve, reject) => {
      let result: any;
      client.subscribe({ query }, { next: (v) => (result = v), error: reject, complete: () => resolve(result) });
    });

  it('runs operations as the user named in connectionParams.authorization', async () => {
    const token = await app.login('np@npo.demo');
    const client = createClient({ url: wsUrl(), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    try {
      const r = await once(client, `{ viewer { user { email } organization { acronym } } }`);
      expect(r.data.viewer).toEqual({ user: { email: 'np@npo.demo' }, organization: { acronym: 'NPEDC' } });
    } finally {
      await client.dispose();
    }
  });

  it('refuses a connection with an invalid token', async () => {
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: wsUrl(),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: 'Bearer bcs_forged' },
        retryAttempts: 0,
        on: { closed: (e) => resolve((e as { code: number }).code) },
      });
      client.subscribe({ query: '{ viewer { scopes } }' }, { next: () => {}, error: () => {}, complete: () => {} });
    });
    expect(await closed).toBe(4403);
  });
});
