// Findings 6, 7 and 9 of issue 14: one cost budget whichever transport; an API token is not a
// person (changePassword, inboxChanged: FORBIDDEN); changing a password ends the other sessions
// (their sockets closed 4401) and records an event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { liveClientPool, errorCodeOf, type LiveClient } from '../helpers/live-client.js';

let app: TestApp;
const { open: ws, disposeAll } = liveClientPool(() => app.url.replace('http', 'ws') + '/graphql');

beforeAll(async () => {
  // A small budget, so that a few operations exhaust it.
  app = await startTestApp({ apiLimits: { budget: 100 } });
});
afterAll(async () => {
  await disposeAll();
  await app.stop();
});

/** A query of cost 31 (1 + 10 × 3). */
const PAGE = `{ organizations(first: 10) { edges { node { id economy { code } } } } }`;

/** Runs one query over the socket and returns its single result. */
async function wsQuery(client: LiveClient, query: string) {
  const sub = client.subscribe(query);
  await sub.untilEnded();
  return sub;
}

describe('finding 6: one budget, whichever transport', () => {
  it('charges queries sent over graphql-ws to the same budget as HTTP', async () => {
    const { token } = await buildApiToken(app, { code: 'JP' });
    const client = ws(token);
    for (let i = 0; i < 3; i++) {
      const sub = await wsQuery(client, PAGE);
      expect(sub.results[0].errors).toBeUndefined();
    }
    // 3 × 31 = 93 of 100 spent over the socket: HTTP sees what is left and refuses the next page.
    const http = await app.gql(PAGE, {}, token);
    expect(codeOf(http)).toBe('RATE_LIMITED');
    expect(http.errors![0].extensions).toMatchObject({ cost: 31, remaining: 7 });
    const over = await wsQuery(client, PAGE);
    expect(errorCodeOf(over)).toBe('RATE_LIMITED');
  });
});

describe('finding 7: an API token acts for an organization, not a person', () => {
  it('may not change a password', async () => {
    const { token } = await buildApiToken(app, { code: 'JP', scopes: ['READ', 'WRITE'] as never });
    const r = await app.gql(`mutation { changePassword(input: { currentPassword: "bcn-demo", newPassword: "another-long-one" }) }`, {}, token);
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('may not subscribe to an inbox', async () => {
    const { token } = await buildApiToken(app, { code: 'JP' });
    const sub = ws(token).subscribe(`subscription { inboxChanged { unreadCount } }`);
    await sub.untilEnded();
    expect(errorCodeOf(sub)).toBe('FORBIDDEN');
  });
});

describe('finding 9: changePassword ends the other sessions', () => {
  const CHANGE = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;

  it('revokes the other sessions, closes their sockets with 4401, keeps this one, and records it', async () => {
    const email = 'jp-member@npo.demo';
    const [here, elsewhere] = [await app.login(email), await app.login(email)];
    const socket = ws(elsewhere);
    const live = socket.subscribe(`subscription { activity { type } }`);
    await expect.poll(async () => (await app.gql(`{ viewer { user { email } } }`, {}, elsewhere)).data?.viewer?.user?.email).toBe(email);

    const r = await app.gql(CHANGE, { c: 'bcn-demo', n: 'a-new-long-password' }, here);
    expect(r.errors).toBeUndefined();
    expect(r.data.changePassword).toBe(true);

    expect(await socket.closed()).toBe(4401);
    expect(live.results).toHaveLength(0);
    expect((await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${elsewhere}` }, body: '{"query":"{ viewer { scopes } }"}' })).status).toBe(401);
    expect((await app.gql(`{ viewer { user { email } } }`, {}, here)).data.viewer.user.email).toBe(email);
    await expect(app.login(email)).rejects.toThrow();
    expect(await app.login(email, 'a-new-long-password')).toMatch(/^bcs_/);

    const admin = await app.login('jp@npo.demo');
    const feed = await app.gql(`{ activity(first: 5) { edges { node { type subjectType payload } } } }`, {}, admin);
    const changed = feed.data.activity.edges.map((e: any) => e.node).filter((n: any) => n.type === 'PASSWORD_CHANGED');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ subjectType: 'User', payload: { otherSessionsEnded: 1 } });
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const token = await app.login('np@npo.demo');
    const r = await app.gql(CHANGE, { c: 'wrong', n: 'a-new-long-password' }, token);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(await app.login('np@npo.demo')).toMatch(/^bcs_/);
  });
});
