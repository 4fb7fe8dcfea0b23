// The cost budget: each caller (API token, signed-in user, or IP) may spend so many points,
// refilled over time. A caller over budget gets RATE_LIMITED with the reset time, others do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { expectNoWrites, post } from '../helpers/factories/security.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ apiLimits: { budget: 100, budgetWindowMs: 60_000 } });
});
afterAll(() => app.stop());

/** Costs 1 + 20 × (edges 1 + node 1) = 41 points. */
const PAGE = `{ organizations { edges { node { id } } } }`;

describe('the cost budget', () => {
  it('refuses a token over its budget with RATE_LIMITED, the reset time, and 429', async () => {
    const { token } = await buildApiToken(app, { code: 'JP' });
    const auth = { authorization: `Bearer ${token}` };
    const first = await post(app, { query: PAGE }, auth);
    expect(first.body.extensions.cost).toMatchObject({ requested: 41, remaining: 59, budget: 100 });
    expect((await post(app, { query: PAGE }, auth)).body.extensions.cost.remaining).toBe(18);
    const refused = await expectNoWrites(app, () => post(app, { query: PAGE }, auth));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const ext = refused.body.errors[0].extensions;
    expect(ext).toMatchObject({ code: 'RATE_LIMITED', cost: 41, remaining: 18 });
    // 82 points spent at 100 per minute: full again in 49.2 s; 41 affordable in 13.8 s.
    expect(new Date(ext.resetAt).getTime() - app.clock.now().getTime()).toBe(49_200);
    expect(new Date(ext.retryAt).getTime() - app.clock.now().getTime()).toBe(13_800);
    expect(refused.body.data ?? null).toBeNull();
  });

  it('refills over time', async () => {
    const { token } = await buildApiToken(app, { code: 'TH' });
    for (let i = 0; i < 2; i++) await app.gql(PAGE, {}, token);
    expect(codeOf(await app.gql(PAGE, {}, token))).toBe('RATE_LIMITED');
    app.clock.advance(13_800);
    const r = await app.gql(PAGE, {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.extensions?.cost.remaining).toBe(0);
  });

  it('keeps separate budgets per token, per signed-in user and per address', async () => {
    const a = await buildApiToken(app, { code: 'NP' });
    const b = await buildApiToken(app, { code: 'NP' });
    for (let i = 0; i < 2; i++) await app.gql(PAGE, {}, a.token);
    expect(codeOf(await app.gql(PAGE, {}, a.token))).toBe('RATE_LIMITED');
    expect((await app.gql(PAGE, {}, b.token)).errors).toBeUndefined();
    expect((await app.gql(PAGE, {}, await app.login('np@npo.demo'))).errors).toBeUndefined();
  });

  it('charges nothing for a refused query, and at least one point for a free one', async () => {
    const { token } = await buildApiToken(app, { code: 'MY' });
    const over = await app.gql(`{ organizations(first: 100000) { edges { node { id } } } }`, {}, token);
    expect(over.errors?.[0].extensions?.reason).toBe('MAX_COST');
    const free = await app.gql(`{ __typename }`, {}, token);
    expect(free.extensions?.cost).toMatchObject({ requested: 0, remaining: 99 });
  });
});
