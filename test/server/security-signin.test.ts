// The sign-in throttle: growing waits per (account, address) and per address, then
// RATE_LIMITED with Retry-After; a stranger guessing from elsewhere cannot lock the owner out;
// the owner is told in the inbox after repeated failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { post } from '../helpers/factories/security.js';
import { demoUser } from '../helpers/factories/users.js';
import { DEFAULT_THROTTLE } from '../../server/src/modules/auth/sign-in-throttle.js';

let app: TestApp;
beforeAll(async () => {
  // Addresses come from X-Forwarded-For here (a trusted proxy), so one test client can be many.
  app = await startTestApp({ trustProxy: true });
  // Signed in below without app.login, which would create them.
  await Promise.all(['np@npo.demo', 'jp@npo.demo', 'th@npo.demo', 'kr@npo.demo'].map((e) => demoUser(app, e)));
});
afterAll(() => app.stop());

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const attempt = (email: string, password: string, address: string) =>
  post(app, { query: LOGIN, variables: { e: email, p: password } }, { 'x-forwarded-for': address });
const codeOfRaw = (r: { body: any }) => r.body.errors?.[0]?.extensions?.code;

describe('sign-in throttle', () => {
  it('answers the free failures plainly, then makes the pair wait, growing, with RATE_LIMITED and Retry-After', async () => {
    const email = 'np@npo.demo';
    for (let i = 0; i < DEFAULT_THROTTLE.freeFailures; i++) expect(codeOfRaw(await attempt(email, 'wrong', '192.0.2.1'))).toBe('UNAUTHENTICATED');
    // The next failure starts a 1 s wait; an attempt inside it is refused without checking the password.
    expect(codeOfRaw(await attempt(email, 'wrong', '192.0.2.1'))).toBe('UNAUTHENTICATED');
    const limited = await attempt(email, 'bcn-demo', '192.0.2.1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.body.data?.login ?? null).toBeNull();

    app.clock.advance(1_000);
    expect(codeOfRaw(await attempt(email, 'wrong', '192.0.2.1'))).toBe('UNAUTHENTICATED');
    const longer = await attempt(email, 'wrong', '192.0.2.1');
    expect(longer.headers.get('retry-after')).toBe('2');

    app.clock.advance(2_000);
    const ok = await attempt(email, 'bcn-demo', '192.0.2.1');
    expect(ok.body.data.login.token).toMatch(/^bcs_/);
  });

  it('does not lock the owner out: a stranger guessing from another address slows only themselves', async () => {
    const email = 'jp@npo.demo';
    const answers: string[] = [];
    for (let i = 0; i < 12; i++) answers.push(codeOfRaw(await attempt(email, `guess-${i}`, '192.0.2.66')));
    expect(answers.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(DEFAULT_THROTTLE.freeFailures + 1);
    expect(answers.filter((c) => c === 'RATE_LIMITED')).toHaveLength(12 - DEFAULT_THROTTLE.freeFailures - 1);
    const owner = await attempt(email, 'bcn-demo', '198.51.100.20');
    expect(owner.status).toBe(200);
    expect(owner.body.data.login.token).toMatch(/^bcs_/);
  });

  it("tells the account's owner in the inbox after repeated failures, once", async () => {
    const email = 'th@npo.demo';
    for (let i = 0; i < DEFAULT_THROTTLE.alertAfterFailures + 3; i++) {
      await attempt(email, 'wrong', `203.0.113.${i}`); // spread over addresses: no throttle kicks in
    }
    const token = await app.login(email);
    const inbox = await app.gql(`{ inbox(first: 10) { edges { node { kind summary } } } }`, {}, token);
    const alerts = inbox.data.inbox.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'SIGN_IN_FAILURES');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].summary).toContain(`${DEFAULT_THROTTLE.alertAfterFailures} failed sign-ins`);
    expect(alerts[0].summary).not.toMatch(/203\.0\.113/);
  });

  it('throttles one address guessing many accounts', async () => {
    for (let i = 0; i < DEFAULT_THROTTLE.addressFreeFailures + 1; i++) {
      await attempt(`nobody-${i}@example.test`, 'wrong', '192.0.2.99');
    }
    const r = await attempt('kr@npo.demo', 'bcn-demo', '192.0.2.99');
    expect(codeOfRaw(r)).toBe('RATE_LIMITED');
    expect(codeOfRaw(await attempt('kr@npo.demo', 'bcn-demo', '192.0.2.100'))).toBeUndefined();
  });
});
