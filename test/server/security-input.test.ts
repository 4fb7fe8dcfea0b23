// Malformed and hostile input: broken JSON, oversized bodies and strings, wrong types, unknown
// enums, cross-site requests, and what a production server lets out in its errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { expectHealthy, expectNoWrites, post, reasonOf } from '../helpers/factories/security.js';
import { demoUser } from '../helpers/factories/users.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let app: TestApp;
let prod: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  prod = await startTestApp({ nodeEnv: 'production' });
  // Signed in below without app.login, which would create them.
  await demoUser(app, 'jp@npo.demo');
});
afterAll(async () => {
  await app.stop();
  await prod.stop();
});

const Q = `{ economies { code } }`;

describe('malformed HTTP requests', () => {
  const cases: Array<[string, string, Record<string, string>, number]> = [
    ['truncated JSON', '{"query": ', {}, 400],
    ['not JSON at all', 'query { economies { code } }', {}, 400],
    ['a JSON string instead of an object', '"{ economies { code } }"', {}, 400],
    ['a query that is a number', '{"query": 42}', {}, 400],
    ['no query', '{}', {}, 400],
    ['variables that are not an object', JSON.stringify({ query: Q, variables: 'x' }), {}, 400],
    ['a body of 200 KB', JSON.stringify({ query: Q, variables: { pad: 'x'.repeat(200_000) } }), {}, 413],
    ['a body of 2 MB', JSON.stringify({ query: Q, extensions: { pad: 'x'.repeat(2_000_000) } }), {}, 413],
    ['deeply nested JSON', '{"query":"{ economies { code } }","variables":{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}}', {}, 200],
    ['a text/plain body (a CSRF "simple request")', JSON.stringify({ query: Q }), { 'content-type': 'text/plain' }, 400],
    ['an unknown operation name', JSON.stringify({ query: Q, operationName: 'Nope' }), {}, 400],
  ];

  it.each(cases)('answers %s without crashing', async (_name, body, headers, status) => {
    const r = await expectNoWrites(app, () => post(app, body, headers));
    expect(r.status).toBe(status);
    if (status !== 200) expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await expectHealthy(app);
  });

  it('refuses a mutation sent with GET', async () => {
    const url = `${app.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`;
    const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
  });

  it('refuses a GET query without a preflight header (CSRF prevention)', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent(Q)}`);
    expect(res.status).toBe(400);
  });
});

describe('wrong types, unknown enums and oversized strings', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['a string for an Int literal', `{ organizations(first: "ten") { totalCount } }`, {}],
    ['a string for an Int variable', `query($n: Int) { organizations(first: $n) { totalCount } }`, { n: 'ten' }],
    ['a float for an Int', `{ organizations(first: 1.5) { totalCount } }`, {}],
    ['an Int beyond 32 bits', `{ organizations(first: 99999999999) { totalCount } }`, {}],
    ['an object for an ID', `{ organization(id: { a: 1 }) { id } }`, {}],
    ['null for a required ID', `{ organization(id: null) { id } }`, {}],
    ['an unknown enum literal', `{ organizations(kind: BOGUS) { totalCount } }`, {}],
    ['an unknown enum value in a variable', `query($k: OrganizationKind) { organizations(kind: $k) { totalCount } }`, { k: 'BOGUS' }],
    ['an enum as a string literal', `{ organizations(kind: "NPO") { totalCount } }`, {}],
    ['an undeclared variable', `{ organizations(first: $n) { totalCount } }`, { n: 1 }],
    ['an unknown field', `{ economies { code password } }`, {}],
    ['an unknown argument', `{ economies(where: "1=1") { code } }`, {}],
    ['a scope that does not exist', `mutation { createApiToken(input: { name: "x", scopes: [ADMIN] }) { token } }`, {}],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT', async (_name, query, variables) => {
    const r = await expectNoWrites(app, () => app.gql(query, variables));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.data ?? null).toBeNull();
  });

  it('names the field of an oversized string', async () => {
    const admin = await app.login('jp@npo.demo');
    const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`;
    const r = await expectNoWrites(app, () => app.gql(CREATE, { input: { name: 'x'.repeat(50_000) } }, admin));
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const user = await expectNoWrites(app, () =>
      app.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { email: 'a@b.org', name: 'n'.repeat(20_000), role: 'NPO_MEMBER', password: 'long-enough-password' } }, admin),
    );
    expect(user.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('names the field of an oversized title or message in a pairing workspace', async () => {
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING as never });
    const np = await app.login('np@npo.demo');
    const title = await expectNoWrites(app, () => app.gql(`mutation($p: ID!, $t: String!) { createThread(pairingId: $p, title: $t) { id } }`, { p: pairing.id, t: 'T'.repeat(10_000) }, np));
    expect(title.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const thread = await app.gql(`mutation($p: ID!) { createThread(pairingId: $p, title: "Agenda") { id } }`, { p: pairing.id }, np);
    const body = await expectNoWrites(app, () => app.gql(`mutation($t: ID!, $b: String!) { postMessage(threadId: $t, body: $b) { id } }`, { t: thread.data.createThread.id, b: 'b'.repeat(90_000) }, np));
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });

  it('answers a 90 KB password with the usual sign-in error', async () => {
    const r = await app.gql(`mutation($p: String!) { login(email: "jp@npo.demo", password: $p) { token } }`, { p: 'p'.repeat(90_000) });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('refuses a cursor that was not handed out', async () => {
    const r = await app.gql(`{ organizations(after: "%%%not-a-cursor") { totalCount } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('a production server', () => {
  it('keeps introspection on', async () => {
    const r = await prod.gql(`{ __schema { queryType { name } } }`);
    expect(r.data.__schema.queryType.name).toBe('Query');
  });

  it('does not suggest field names, while development does', async () => {
    const dev = await app.gql(`{ economiez { code } }`);
    expect(dev.errors?.[0].message).toContain('Did you mean');
    const r = await prod.gql(`{ economiez { code } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).not.toContain('Did you mean');
    expect(JSON.stringify(r)).not.toContain('economies');
  });

  it('sends no stack traces', async () => {
    const r = await prod.gql(`{ organization(id: "00000000-0000-0000-0000-000000000000") { id } }`);
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors?.[0].extensions?.stacktrace).toBeUndefined();
    const dev = await app.gql(`{ organization(id: "00000000-0000-0000-0000-000000000000") { id } }`);
    expect(dev.errors?.[0].extensions?.stacktrace).toBeDefined();
  });

  it('hides the SQL and internals of an unexpected failure', async () => {
    // A well-formed cursor holding values of the wrong type reaches PostgreSQL.
    const cursor = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url');
    const r = await prod.gql(`query($c: String) { organizations(after: $c) { totalCount } }`, { c: cursor });
    const text = JSON.stringify(r);
    expect(r.errors).toHaveLength(1);
    expect(text).not.toMatch(/select|uuid|organization"|stack|node_modules|\.ts:/i);
    expect(['INTERNAL_SERVER_ERROR', 'BAD_USER_INPUT']).toContain(codeOf(r));
    await expectHealthy(prod);
  });

  it('refuses limits with the same codes', async () => {
    const r = await prod.gql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: economies { code }`).join(' ')} }`);
    expect(reasonOf(r)).toBe('MAX_ALIASES');
  });
});
