// After many rounds of hostile requests the server still answers normally, and its memory
// does not keep growing: heap after a warm-up round vs. after many more rounds.
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { expectHealthy, expectNoWrites, post } from '../helpers/factories/security.js';

let app: TestApp;
let readToken: string;
beforeAll(async () => {
  // A large budget: this suite measures memory, not the rate limit.
  app = await startTestApp({ apiLimits: { budget: 10_000_000 } });
  readToken = (await buildApiToken(app, { code: 'JP' })).token;
});
afterAll(() => app.stop());

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const heapAfterGc = (): number => {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
};

/** A socket that sends garbage and waits to be closed. */
const wsGarbage = () =>
  new Promise<void>((resolve) => {
    const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    ws.on('open', () => ws.send('{"type":'));
    ws.on('error', () => resolve());
    ws.on('close', () => resolve());
  });

async function hostileRound(): Promise<void> {
  const auth = { authorization: `Bearer ${readToken}` };
  await Promise.all([
    post(app, { query: `{ __type(name: "Query") { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } }` }),
    post(app, { query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: economies { code }`).join(' ')} }` }),
    post(app, { query: `{ economies { ...F12 } } fragment F0 on Economy { code } ${Array.from({ length: 12 }, (_, i) => `fragment F${i + 1} on Economy { ...F${i} ...F${i} }`).join(' ')}` }),
    post(app, { query: `{ organizations(first: 1000000) { edges { node { id } } } }` }),
    post(app, Array.from({ length: 50 }, () => ({ query: '{ economies { code } }' }))),
    post(app, '{"query": '),
    post(app, JSON.stringify({ query: '{ economies { code } }', variables: { pad: 'x'.repeat(150_000) } })),
    post(app, { query: 'mutation { logout }' }, auth),
    post(app, { query: '{ viewer { scopes } }' }, { authorization: 'Bearer bct_forged' }),
    post(app, { query: '{ economies { code password } }' }),
    wsGarbage(),
  ]);
}

describe('server health under abuse', () => {
  it('answers normally and does not keep growing its heap after many hostile rounds', { timeout: 120_000 }, async () => {
    for (let i = 0; i < 5; i++) await hostileRound(); // warm-up: JIT, caches, pools
    const warm = heapAfterGc();
    await expectNoWrites(app, async () => {
      for (let i = 0; i < 60; i++) await hostileRound();
    });
    const after = heapAfterGc();
    // 60 rounds are 660 hostile requests; a leak of even 20 KB each would exceed this bound.
    expect(after - warm).toBeLessThan(12 * 1024 * 1024);
    await expectHealthy(app);
    const r = await app.gql(`{ viewer { organization { acronym } } }`, {}, readToken);
    expect(r.data.viewer.organization.acronym).toBe('JPC');
  });
});
