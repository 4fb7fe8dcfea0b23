// The WebSocket endpoint under hostile clients: malformed graphql-ws frames, oversized
// payloads, bad credentials in connection_init, query bombs and read-token mutations over the
// socket, and the caps on subscriptions and connections. The server stays healthy throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createTestDatabase } from '../helpers/database.js';
import { startServerProcess } from '../helpers/processes.js';
import { demoUser } from '../helpers/factories/users.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { expectHealthy, expectNoWrites } from '../helpers/factories/security.js';
import { WS_MAX_PAYLOAD_BYTES } from '../../server/src/graphql/ws.js';
import { loadConfig } from '../../server/src/config.js';

const realtimeSettings = loadConfig({}).realtime;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

type Raw = { ws: WebSocket; messages: any[]; closed: Promise<number>; next(type: string): Promise<any> };

/** A raw graphql-transport-ws socket that records what the server sends and how it closes. */
async function open(protocol = 'graphql-transport-ws', url = app.url.replace('http', 'ws') + '/graphql'): Promise<Raw> {
  const ws = new WebSocket(url, protocol);
  const messages: any[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    waiters.splice(0).forEach((w) => w());
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const next = async (type: string): Promise<any> => {
    for (;;) {
      const found = messages.find((m) => m.type === type);
      if (found) return messages.splice(messages.indexOf(found), 1)[0];
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { ws, messages, closed, next };
}

async function initialized(authorization?: string): Promise<Raw> {
  const raw = await open();
  raw.ws.send(JSON.stringify({ type: 'connection_init', payload: authorization ? { authorization } : {} }));
  await raw.next('connection_ack');
  return raw;
}

const subscribe = (raw: Raw, id: string, query: string, variables: Record<string, unknown> = {}) =>
  raw.ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));

describe('malformed graphql-ws frames', () => {
  const frames: Array<[string, (raw: Raw) => void, number]> = [
    ['a frame that is not JSON', (r) => r.ws.send('{"type": '), 4400],
    ['a message of an unknown type', (r) => r.ws.send(JSON.stringify({ type: 'hack' })), 4400],
    ['a JSON array', (r) => r.ws.send('[1,2,3]'), 4400],
    ['a subscribe before connection_init', (r) => subscribe(r, '1', '{ __typename }'), 4401],
    ['a payload over the size limit', (r) => r.ws.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(WS_MAX_PAYLOAD_BYTES + 1) } })), 1009],
  ];

  it.each(frames)('closes the socket on %s', async (_name, send, code) => {
    const raw = await open();
    await expectNoWrites(app, async () => {
      send(raw);
      expect(await raw.closed).toBe(code);
    });
    await expectHealthy(app);
  });

  it('closes on a second connection_init', async () => {
    const raw = await initialized();
    raw.ws.send(JSON.stringify({ type: 'connection_init' }));
    expect(await raw.closed).toBe(4429);
  });

  it('closes on a subscribe without an id', async () => {
    const raw = await initialized();
    raw.ws.send(JSON.stringify({ type: 'subscribe', payload: { query: '{ __typename }' } }));
    expect(await raw.closed).toBe(4400);
  });

  it('refuses a socket that does not speak graphql-transport-ws', async () => {
    const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-ws-legacy');
    ws.on('error', () => {});
    expect(await new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)))).toBeGreaterThanOrEqual(1002);
  });
});

describe('credentials in connection_init', () => {
  const refusedWith = async (authorization: string) => {
    const raw = await open();
    raw.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
    return raw.closed;
  };

  it('refuses a forged token', async () => {
    expect(await refusedWith('Bearer bct_forged')).toBe(4403);
  });

  it('refuses an expired token', async () => {
    const { token } = await buildApiToken(app, { expiresAt: new Date(app.clock.now().getTime() - 1) });
    expect(await refusedWith(`Bearer ${token}`)).toBe(4403);
  });

  it('refuses a revoked token', async () => {
    const { token } = await buildApiToken(app, { revokedAt: app.clock.now() });
    expect(await refusedWith(token)).toBe(4403);
  });
});

describe('operations over the socket get the HTTP limits', () => {
  const errorOf = async (query: string, authorization?: string) => {
    const raw = await initialized(authorization);
    subscribe(raw, '1', query);
    const msg = await raw.next('error');
    raw.ws.close();
    return msg.payload[0];
  };

  it('refuses a depth bomb', async () => {
    const e = await errorOf(`{ __type(name: "Query") { ${'ofType { '.repeat(30)}name${' }'.repeat(30)} } }`);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_DEPTH' });
  });

  it('refuses an alias flood', async () => {
    const e = await errorOf(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    // __typename is free for depth and cost, but aliases still count
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_ALIASES' });
  });

  it('refuses a query over the cost limit', async () => {
    const e = await errorOf(`{ organizations(first: 100000) { edges { node { id } } } }`);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_COST' });
  });

  it('refuses circular fragments', async () => {
    const e = await errorOf(`{ economies { ...A } } fragment A on Economy { code ...A }`);
    expect(e.message).toMatch(/Cannot spread fragment "A" within itself/);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses a mutation to a read-only token', async () => {
    const { token } = await buildApiToken(app, { code: 'JP' });
    const e = await expectNoWrites(app, () => errorOf(`mutation { createApiToken(input: { name: "ws" }) { token } }`, `Bearer ${token}`));
    expect(e.extensions.code).toBe('FORBIDDEN');
  });
});

describe('caps per connection and per token', () => {
  it('refuses the subscription over the cap of one connection (a server process with a cap of 3)', { timeout: 60_000 }, async () => {
    // A separate process, so that the small cap applies to it alone.
    const db = await createTestDatabase();
    await demoUser({ db }, 'secretariat@apo.demo');
    const server = await startServerProcess(db.url, { REALTIME_MAX_SUBSCRIPTIONS: '3' });
    try {
      const token = await server.login('secretariat@apo.demo');
      const raw = await open('graphql-transport-ws', server.wsUrl);
      raw.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      await raw.next('connection_ack');
      for (let i = 0; i < 3; i++) subscribe(raw, `s${i}`, `subscription { activity { id } }`);
      subscribe(raw, 'over', `subscription { activity { id } }`);
      const err = await raw.next('error');
      expect(err.id).toBe('over');
      expect(err.payload[0].extensions.code).toBe('RATE_LIMITED');
      expect(raw.messages.filter((m) => m.type === 'error' || m.type === 'complete')).toEqual([]);
      raw.ws.close();
    } finally {
      await server.stop();
      await db.drop();
    }
  });

  it(`refuses connection number ${realtimeSettings.maxConnectionsPerToken + 1} of one token`, async () => {
    const { token } = await buildApiToken(app, { code: 'TH' });
    const sockets: Raw[] = [];
    for (let i = 0; i < realtimeSettings.maxConnectionsPerToken; i++) sockets.push(await initialized(`Bearer ${token}`));
    const over = await open();
    over.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    expect(await over.closed).toBe(4403);
    const other = await buildApiToken(app, { code: 'TH' });
    const fine = await initialized(`Bearer ${other.token}`);
    for (const s of [...sockets, fine]) s.ws.close();
    await expectHealthy(app);
  });
});
