import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { demoUser } from '../helpers/factories/users.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // Signed in below without app.login, which would create them.
  await demoUser(app, 'jp@npo.demo');
});
afterAll(() => app.stop());

const LOGIN = `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token expiresAt user { email role organization { acronym } } } }`;
const VIEWER = `{ viewer { user { email role } organization { name kind economy { code } } scopes } }`;

describe('sign-in', () => {
  it('signs in a demo user and tells who they are', async () => {
    const r = await app.gql(LOGIN, { e: 'JP@npo.demo', p: 'bcn-demo' });
    expect(r.errors).toBeUndefined();
    expect(r.data.login.user).toEqual({ email: 'jp@npo.demo', role: 'NPO_ADMIN', organization: { acronym: 'JPC' } });
    const v = await app.gql(VIEWER, {}, r.data.login.token);
    expect(v.data.viewer).toEqual({
      user: { email: 'jp@npo.demo', role: 'NPO_ADMIN' },
      organization: { name: 'Japan Productivity Center', kind: 'NPO', economy: { code: 'JP' } },
      scopes: ['READ', 'WRITE'],
    });
  });

  it('gives the same UNAUTHENTICATED error for a wrong password and an unknown email', async () => {
    const wrong = await app.gql(LOGIN, { e: 'jp@npo.demo', p: 'nope' });
    const unknown = await app.gql(LOGIN, { e: 'nobody@npo.demo', p: 'bcn-demo' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
  });

  it('is anonymous without a token', async () => {
    const v = await app.gql(VIEWER);
    expect(v.data.viewer).toBeNull();
  });

  it('refuses an expired session token', async () => {
    const token = await app.login('np@npo.demo');
    app.clock.advance(13 * 3_600_000);
    try {
      const v = await app.gql(VIEWER, {}, token);
      expect(codeOf(v)).toBe('UNAUTHENTICATED');
    } finally {
      app.clock.set(new Date());
    }
  });

  it('ends a session on logout', async () => {
    const token = await app.login('np-member@npo.demo');
    const out = await app.gql(`mutation { logout }`, {}, token);
    expect(out.data.logout).toBe(true);
    expect(codeOf(await app.gql(VIEWER, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('refuses a made-up token', async () => {
    expect(codeOf(await app.gql(VIEWER, {}, 'bcs_forged'))).toBe('UNAUTHENTICATED');
  });
});

describe('organizations', () => {
  const ORGS = `query($first:Int,$after:String,$kind:OrganizationKind,$economy:String){
    organizations(first:$first, after:$after, kind:$kind, economy:$economy){
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { acronym name timeZone economy { code } } } } }`;

  it('pages through all NPOs in a stable order with no overlap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: any = await app.gql(ORGS, { first: 5, after, kind: 'NPO' });
      expect(r.errors).toBeUndefined();
      expect(r.data.organizations.totalCount).toBe(21);
      seen.push(...r.data.organizations.edges.map((e: any) => e.node.name));
      if (!r.data.organizations.pageInfo.hasNextPage) break;
      after = r.data.organizations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(21);
    expect(new Set(seen).size).toBe(21);
    expect([...seen].sort((a, b) => (a < b ? -1 : 1))).toEqual(seen);
  });

  it('filters by economy and shows the time zone', async () => {
    const r = await app.gql(ORGS, { economy: 'np' });
    expect(r.data.organizations.edges.map((e: any) => e.node)).toEqual([
      { acronym: 'NPEDC', name: 'National Productivity and Economic Development Centre', timeZone: 'Asia/Kathmandu', economy: { code: 'NP' } },
    ]);
  });

  it('refuses first over 100 with BAD_USER_INPUT naming the field', async () => {
    const r = await app.gql(ORGS, { first: 101 });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.field).toBe('first');
  });

  it('refuses a cursor it did not issue', async () => {
    expect(codeOf(await app.gql(ORGS, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('lists the 21 economies for anyone', async () => {
    const r = await app.gql(`{ economies { code active } }`);
    expect(r.data.economies).toHaveLength(21);
    expect(r.data.economies.find((e: any) => e.code === 'HK').active).toBe(false);
  });
});

describe('cursors', () => {
  it('refuses a well-formed cursor whose values are of the wrong type, as BAD_USER_INPUT', async () => {
    const forged = Buffer.from(JSON.stringify(['Japan Productivity Center', 'not-a-uuid'])).toString('base64url');
    const r = await app.gql(`query($a:String){ organizations(after:$a){ totalCount } }`, { a: forged });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
