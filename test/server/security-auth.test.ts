// Hostile credentials: forged, malformed, expired and revoked tokens, and a read-only token
// calling every mutation of the schema. Each is refused with its code and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { expectHealthy, expectNoWrites, post } from '../helpers/factories/security.js';
import { demoUser } from '../helpers/factories/users.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // Signed in below without app.login, which would create them.
  await demoUser(app, 'jp@npo.demo');
});
afterAll(() => app.stop());

const VIEWER = `{ viewer { organization { acronym } } }`;

describe('invalid credentials', () => {
  const forged: Array<[string, string]> = [
    ['an unknown API token', 'Bearer bct_' + 'A'.repeat(43)],
    ['an unknown session token', 'Bearer bcs_' + 'A'.repeat(43)],
    ['a token without a known prefix', 'Bearer eyJhbGciOiJub25lIn0.e30.'],
    ['a bare garbage value', 'garbage'],
    ['a token of 10,000 characters', 'Bearer bct_' + 'x'.repeat(10_000)],
    ['a Basic scheme', 'Basic dXNlcjpwYXNz'],
    ['an SQL injection attempt', "Bearer bct_' or '1'='1"],
  ];

  it.each(forged)('refuses %s with UNAUTHENTICATED', async (_name, authorization) => {
    const r = await expectNoWrites(app, () => post(app, { query: VIEWER }, { authorization }));
    expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(r.body.data ?? null).toBeNull();
    await expectHealthy(app);
  });

  it('refuses an expired API token', async () => {
    const { token } = await buildApiToken(app, { expiresAt: new Date(app.clock.now().getTime() - 1) });
    expect(codeOf(await expectNoWrites(app, () => app.gql(VIEWER, {}, token)))).toBe('UNAUTHENTICATED');
  });

  it('refuses a revoked API token', async () => {
    const { token } = await buildApiToken(app, { revokedAt: app.clock.now() });
    expect(codeOf(await expectNoWrites(app, () => app.gql(VIEWER, {}, token)))).toBe('UNAUTHENTICATED');
  });

  it('refuses a signed-out session', async () => {
    const token = await app.login('jp-member@npo.demo');
    await app.gql(`mutation { logout }`, {}, token);
    expect(codeOf(await app.gql(VIEWER, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('gives the same error for an unknown email and a wrong password', async () => {
    const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
    const unknown = await app.gql(LOGIN, { e: 'nobody@example.org', p: 'bcn-demo' });
    const wrong = await app.gql(LOGIN, { e: 'jp@npo.demo', p: 'wrong-password' });
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });
});

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
const typeText = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeText(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeText(t.ofType!)}]` : t.name!;
const namedKind = (t: TypeRef): string => (t.ofType ? namedKind(t.ofType) : t.kind);
const TYPE_REF = `kind name ofType { kind name ofType { kind name ofType { kind name } } }`;

/** Every mutation of the live schema, with its arguments as variables, so new ones are covered too. */
async function everyMutation(): Promise<Array<{ name: string; query: string }>> {
  const r = await app.gql(`{ __schema { mutationType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } } } }`);
  const fields = r.data.__schema.mutationType.fields as Array<{ name: string; args: Array<{ name: string; type: TypeRef }>; type: TypeRef }>;
  return fields.map((f) => {
    const vars = f.args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
    const args = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = ['SCALAR', 'ENUM'].includes(namedKind(f.type)) ? '' : ' { __typename }';
    return { name: f.name, query: `mutation${vars ? `(${vars})` : ''} { ${f.name}${args ? `(${args})` : ''}${selection} }` };
  });
}

describe('a read-only API token', () => {
  it('is refused on every mutation of the schema, login included, and writes nothing', async () => {
    const { token } = await buildApiToken(app, { code: 'JP' });
    const mutations = await everyMutation();
    expect(mutations.length).toBeGreaterThan(10);
    expect(mutations.map((m) => m.name)).toContain('login');
    await expectNoWrites(app, async () => {
      for (const m of mutations) {
        const r = await post(app, { query: m.query, variables: {} }, { authorization: `Bearer ${token}` });
        expect({ mutation: m.name, status: r.status, code: r.body.errors?.[0]?.extensions?.code }).toEqual({ mutation: m.name, status: 403, code: 'FORBIDDEN' });
      }
    });
    expect((await app.gql(VIEWER, {}, token)).data.viewer.organization.acronym).toBe('JPC');
  });

  it('is refused a mutation hidden in a batch next to a query', async () => {
    const { token } = await buildApiToken(app, { code: 'JP' });
    const r = await expectNoWrites(app, () =>
      post(app, [{ query: VIEWER }, { query: `mutation { createApiToken(input: { name: "x" }) { token } }` }], { authorization: `Bearer ${token}` }),
    );
    expect(r.body[0].data.viewer.organization.acronym).toBe('JPC');
    expect(r.body[1].errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('may still read', async () => {
    const { token } = await buildApiToken(app, { code: 'JP' });
    const r = await app.gql(`{ organizations(first: 3) { totalCount } }`, {}, token);
    expect(r.data.organizations.totalCount).toBeGreaterThan(20);
  });
});
