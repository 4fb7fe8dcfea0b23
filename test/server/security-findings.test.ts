// The hostile-input findings of issue 14, each answered with a stable code and nothing internal:
// tampered cursors, suggestions in production, NUL and lone surrogates, a subscription over
// HTTP, bad bearer tokens, and an oversized event cursor over the socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { expectHealthy, expectNoWrites, post, wsFirstMessage } from '../helpers/factories/security.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let dev: TestApp;
let prod: TestApp;
beforeAll(async () => {
  [dev, prod] = await Promise.all([startTestApp(), startTestApp({ nodeEnv: 'production' })]);
});
afterAll(async () => {
  await Promise.all([dev.stop(), prod.stop()]);
});

/** The errors of a graphql-ws answer: refused before it ran (`error`) or failed while starting (`next`). */
const wsErrors = (msg: { type: string; payload: any }) => (msg.type === 'error' ? msg.payload : msg.payload.errors);
const b64 = (json: string) => Buffer.from(json).toString('base64url');
const INTERNALS = /select|insert|where|sql|syntax|postgres|property|mikro|\$fake|stack|node_modules|\.ts:/i;

describe('finding 1: cursors are opaque, versioned and typed', () => {
  const tampered: Array<[string, string, string]> = [
    ['an event cursor beyond bigint', 'activity', '9999999999999999999'],
    ['an event cursor that is not a number', 'activity', '12 or 1=1'],
    ['an operator where a value belongs', 'organizations', b64('[{"$fake":1},"x"]')],
    ['an operator inside a versioned cursor', 'organizations', b64('[1,{"$gt":""},"00000000-0000-0000-0000-000000000000"]')],
    ['an out-of-range number', 'proposals', b64('[1e308,5]')],
    ['an object for a date', 'proposals', b64('[1,{"a":1},"00000000-0000-0000-0000-000000000000"]')],
    ['a cursor of the old, unversioned format', 'proposals', b64('["2026-01-01T00:00:00.000Z","00000000-0000-0000-0000-000000000000"]')],
    ['a date beyond year 9999', 'proposals', b64('[1,"+275760-09-13T00:00:00.000Z","00000000-0000-0000-0000-000000000000"]')],
    ['a version from the future', 'organizations', b64('[2,"x","00000000-0000-0000-0000-000000000000"]')],
    ['an id that is not a UUID', 'organizations', b64('[1,"x","1 or 1=1"]')],
    ['a huge cursor', 'organizations', 'A'.repeat(50_000)],
  ];

  it.each(tampered)('refuses %s with BAD_USER_INPUT on "after", in production, with nothing internal', async (_name, field, after) => {
    const sec = await prod.login('secretariat@apo.demo');
    const r = await expectNoWrites(prod, () => prod.gql(`query($a: String) { ${field}(after: $a) { totalCount } }`, { a: after }, sec));
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(JSON.stringify(r)).not.toMatch(INTERNALS);
  });

  it('still pages with the cursors it hands out', async () => {
    const first = await dev.gql(`{ organizations(first: 2) { edges { node { name } } pageInfo { endCursor } } }`);
    const next = await dev.gql(`query($a: String) { organizations(first: 2, after: $a) { edges { node { name } } } }`, { a: first.data.organizations.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.organizations.edges).toHaveLength(2);
    expect(next.data.organizations.edges[0].node.name > first.data.organizations.edges[1].node.name).toBe(true);
  });
});

describe('finding 2: production hides suggestions on every path', () => {
  const misspelled: Array<[string, string, Record<string, unknown>]> = [
    ['an enum value in variables', `query($f: ProposalsFilter) { proposals(filter: $f) { totalCount } }`, { f: { status: 'DRAFTT' } }],
    ['a field', `{ economiez { code } }`, {}],
    ['an argument', `{ organizations(frist: 1) { totalCount } }`, {}],
    ['an enum literal', `{ organizations(kind: NPOO) { totalCount } }`, {}],
  ];

  it.each(misspelled)('over HTTP: %s', async (_name, query, variables) => {
    const sec = await prod.login('secretariat@apo.demo');
    const r = await prod.gql(query, variables, sec);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r)).not.toMatch(/Did you mean/);
    // …while development keeps them, so the test would notice the check going away.
    expect(JSON.stringify(await dev.gql(query, variables, await dev.login('secretariat@apo.demo')))).toMatch(/Did you mean/);
  });

  it.each(misspelled)('over graphql-ws: %s', async (_name, query, variables) => {
    const msg = await wsFirstMessage(prod, '', query, variables);
    expect(wsErrors(msg)[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(msg)).not.toMatch(/Did you mean/);
    expect(JSON.stringify(await wsFirstMessage(dev, '', query, variables))).toMatch(/Did you mean/);
  });
});

describe('finding 3: NUL and lone surrogates are BAD_USER_INPUT naming the field', () => {
  const cases: Array<[string, string, (v: string) => Record<string, unknown>, string]> = [
    ['login email', `mutation($v: String!) { login(email: $v, password: "x") { token } }`, (v) => ({ v }), 'email'],
    ['projectNotifications search', `query($v: String) { projectNotifications(search: $v) { totalCount } }`, (v) => ({ v }), 'search'],
    ['organizations economy', `query($v: String) { organizations(economy: $v) { totalCount } }`, (v) => ({ v }), 'economy'],
    ['createApiToken name', `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, (v) => ({ i: { name: v } }), 'name'],
    ['a filter field', `query($f: ProposalsFilter) { proposals(filter: $f) { totalCount } }`, (v) => ({ f: { economy: v } }), 'economy'],
  ];
  const bad: Array<[string, string]> = [['NUL', 'a\u0000b'], ['a lone high surrogate', 'a\uD800b'], ['a lone low surrogate', '\uDC00']];

  for (const [what, value] of bad) {
    it.each(cases)(`refuses ${what} in %s`, async (_name, query, vars, field) => {
      const admin = await prod.login('jp@npo.demo');
      const r = await expectNoWrites(prod, () => post(prod, { query, variables: vars(value) }, { authorization: `Bearer ${admin}` }));
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  }

  it('refuses NUL in a literal and in the workspace (postMessage body, createThread title)', async () => {
    const { pairing } = await buildPairing(dev, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING });
    const np = await dev.login('np@npo.demo');
    const title = await expectNoWrites(dev, () => dev.gql(`mutation($p: ID!) { createThread(pairingId: $p, title: "a\\u0000b") { id } }`, { p: pairing.id }, np));
    expect(title.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const thread = await dev.gql(`mutation($p: ID!) { createThread(pairingId: $p, title: "Agenda") { id } }`, { p: pairing.id }, np);
    const body = await expectNoWrites(dev, () => dev.gql(`mutation($t: ID!, $b: String!) { postMessage(threadId: $t, body: $b) { id } }`, { t: thread.data.createThread.id, b: 'x\u0000' }, np));
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    await expectHealthy(dev);
  });

  it('refuses them over graphql-ws too', async () => {
    const msg = await wsFirstMessage(prod, '', `query($v: String) { organizations(economy: $v) { totalCount } }`, { v: 'J\u0000P' });
    expect(wsErrors(msg)[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'economy' });
  });

  it('accepts ordinary non-ASCII text, emoji (a valid surrogate pair) included', async () => {
    const r = await dev.gql(`query($v: String) { projectNotifications(search: $v) { totalCount } }`, { v: 'Tōkyō 東京 🌸' });
    expect(r.errors).toBeUndefined();
  });
});

describe('finding 4: a subscription over HTTP', () => {
  it('is refused with a message that points to the WebSocket', async () => {
    const r = await post(prod, { query: 'subscription { activity { id } }' });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP' });
    expect(r.body.errors[0].message).toMatch(/WebSocket/);
  });
});

describe('finding 5: a bad bearer token over HTTP is 401, never 5xx', () => {
  it.each([
    ['an invalid session token', 'bcs_invalid'],
    ['an invalid API token', 'bct_invalid'],
    ['an empty bearer', ''],
    ['garbage', '%%%\u00ff!!'],
    ['a 10 KB token', 'bcs_' + 'x'.repeat(10_000)],
  ])('answers %s with 401 UNAUTHENTICATED', async (_name, token) => {
    const r = await post(prod, { query: '{ viewer { scopes } }' }, { authorization: `Bearer ${token}` });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer');
    expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(r.body.errors[0].message).not.toMatch(/Context creation/);
  });

  it('answers a revoked API token with 401', async () => {
    const { token } = await buildApiToken(prod, { code: 'JP', revokedAt: new Date() });
    const r = await post(prod, { query: '{ viewer { scopes } }' }, { authorization: `Bearer ${token}` });
    expect(r.status).toBe(401);
  });
});

describe('finding 8: an event cursor out of range over graphql-ws', () => {
  it('is BAD_USER_INPUT at subscribe time, and the server keeps serving', async () => {
    const msg = await wsFirstMessage(prod, '', `subscription { activity(after: "9999999999999999999") { id } }`);
    expect(wsErrors(msg)[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    await expectHealthy(prod);
  });
});
