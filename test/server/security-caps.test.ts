// Issue 14 "also close": introspection is charged; anonymous callers are capped per client
// address (cost and sockets), and X-Forwarded-For counts only when TRUST_PROXY says so; in
// production an internal error says only "Internal error, reference <id>" and the log line with
// the stack carries the same id.
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { pino } from 'pino';
import { getIntrospectionQuery } from 'graphql';
import { TestClock } from '../../server/src/clock.js';
import { loadConfig, type Config } from '../../server/src/config.js';
import { createServer } from '../../server/src/server.js';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { createTestDatabase } from '../helpers/database.js';
import { post } from '../helpers/factories/security.js';

const apps: TestApp[] = [];
async function appWith(overrides: Partial<Config>): Promise<TestApp> {
  const app = await startTestApp(overrides);
  apps.push(app);
  return app;
}
afterAll(async () => {
  await Promise.all(apps.map((a) => a.stop()));
});

describe('introspection is charged', () => {
  it('costs 100 points per __schema, so aliased copies are no longer free', async () => {
    const app = await appWith({});
    const one = await app.gql(getIntrospectionQuery());
    expect(one.errors).toBeUndefined();
    expect(one.extensions?.cost.requested).toBe(100);
    const sixteen = `{ ${Array.from({ length: 16 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`;
    const r = await app.gql(sixteen);
    expect(r.extensions?.cost.requested).toBe(1_600);
    expect(r.extensions?.cost.remaining).toBe(5_000 - 100 - 1_600);
  });
});

describe('anonymous cost per client address', () => {
  const PAGE = `{ organizations(first: 10) { edges { node { id economy { code } } } } }`; // cost 31

  it('refuses anonymous requests over the per-address budget, not signed-in ones', async () => {
    const app = await appWith({ apiLimits: { anonymousBudget: 60 } });
    expect((await app.gql(PAGE)).errors).toBeUndefined();
    const r = await post(app, { query: PAGE });
    expect(r.status).toBe(429);
    expect(r.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    const signedIn = await app.gql(PAGE, {}, await app.login('jp@npo.demo'));
    expect(signedIn.errors).toBeUndefined();
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY trusts the proxy', async () => {
    const untrusted = await appWith({ apiLimits: { anonymousBudget: 40 } });
    await post(untrusted, { query: PAGE }, { 'x-forwarded-for': '203.0.113.1' });
    const spoofed = await post(untrusted, { query: PAGE }, { 'x-forwarded-for': '203.0.113.2' });
    expect(spoofed.status).toBe(429); // same socket address, whatever the header says

    const trusted = await appWith({ apiLimits: { anonymousBudget: 40 }, trustProxy: true });
    expect((await post(trusted, { query: PAGE }, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    expect((await post(trusted, { query: PAGE }, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    expect((await post(trusted, { query: PAGE }, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
  });
});

describe('anonymous sockets per client address', () => {
  /** Opens a socket and completes connection_init; resolves with 'ack' or the close code. */
  const connect = (app: TestApp, headers: Record<string, string> = {}, sockets: WebSocket[] = []) =>
    new Promise<string | number>((resolve) => {
      const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', { headers });
      sockets.push(ws);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      ws.on('message', (data) => JSON.parse(String(data)).type === 'connection_ack' && resolve('ack'));
      ws.on('close', (code) => resolve(code));
    });

  it('caps them per address (X-Forwarded-For from a trusted proxy) and frees a slot when one closes', async () => {
    const app = await appWith({ maxAnonymousSocketsPerAddress: 3, trustProxy: 'loopback' });
    const sockets: WebSocket[] = [];
    const from = (address: string) => connect(app, { 'x-forwarded-for': address }, sockets);
    for (let i = 0; i < 3; i++) expect(await from('198.51.100.7')).toBe('ack');
    expect(await from('198.51.100.7')).toBe(4403);
    expect(await from('198.51.100.8')).toBe('ack');
    // A signed-in socket is not anonymous: it is capped per token instead.
    const token = await app.login('jp@npo.demo');
    const signedIn = await new Promise((resolve) => {
      const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', { headers: { 'x-forwarded-for': '198.51.100.7' } });
      sockets.push(ws);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      ws.on('message', (data) => resolve(JSON.parse(String(data)).type));
    });
    expect(signedIn).toBe('connection_ack');
    sockets[0].close();
    await expect.poll(() => from('198.51.100.7')).toBe('ack');
    sockets.forEach((s) => s.close());
  });
});

describe('an internal error in production', () => {
  it('says only "Internal error, reference <id>", and the JSON log line has the same id and the stack', async () => {
    const lines: any[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'production' }, { port: 0, host: '127.0.0.1', clientDir: '/nonexistent' });
    const server = await createServer({ orm: db.orm, clock: new TestClock(), config, logger: pino({ level: 'error' }, sink) });
    try {
      // A fault on our side: the table behind a public query is gone.
      await db.orm.em.getConnection().execute('alter table economy rename to economy_gone');
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ economies { code } }"}' });
      const body = (await res.json()) as any;
      const error = body.errors[0];
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      const reference = error.extensions.reference;
      expect(error.message).toBe(`Internal error, reference ${reference}`);
      expect(JSON.stringify(body)).not.toMatch(/economy|select|relation|stack/i);
      const logged = lines.find((l) => l.reference === reference);
      expect(logged.err.stack).toMatch(/economy/);
      expect(codeOf(body)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await server.stop();
      await db.drop();
    }
  });
});
