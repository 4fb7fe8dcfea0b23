// docs/API.md's error table matches what the server does: every code of server/src/errors.ts
// has a row, and for each code a request that provokes it gets that code with an HTTP status
// the row names.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { post, type RawResponse } from '../helpers/factories/security.js';
import { ErrorCode } from '../../server/src/errors.js';

const DOC = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/API.md'), 'utf8');
const table = DOC.slice(DOC.indexOf('## Error codes'), DOC.indexOf('## Worked examples'));
const rowOf = (code: string) => table.split('\n').find((l) => l.startsWith(`| \`${code}\``)) ?? '';

let app: TestApp;
let prod: TestApp;
beforeAll(async () => {
  [app, prod] = await Promise.all([startTestApp({ apiLimits: { anonymousBudget: 50 } }), startTestApp({ nodeEnv: 'production' })]);
});
afterAll(async () => {
  await Promise.all([app.stop(), prod.stop()]);
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

type Scenario = [string, ErrorCode, () => Promise<RawResponse>];
const scenarios: Scenario[] = [
  ['a bad bearer token', ErrorCode.UNAUTHENTICATED, () => post(app, { query: '{ viewer { scopes } }' }, bearer('bcs_nope'))],
  ['an operation that needs a sign-in', ErrorCode.UNAUTHENTICATED, () => post(app, { query: '{ dashboard { __typename } }' })],
  ['a mutation with a read-only token', ErrorCode.FORBIDDEN, async () => post(app, { query: 'mutation { logout }' }, bearer((await buildApiToken(app)).token))],
  ['a member asking for the dashboard', ErrorCode.FORBIDDEN, async () => post(app, { query: '{ dashboard { __typename } }' }, bearer(await app.login('jp-member@npo.demo')))],
  ['an unknown id', ErrorCode.NOT_FOUND, () => post(app, { query: '{ organization(id: "00000000-0000-4000-8000-000000000000") { id } }' })],
  ['a depth bomb', ErrorCode.BAD_USER_INPUT, () => post(app, { query: `{ __type(name: "Query") { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } }` })],
  ['first above 100', ErrorCode.BAD_USER_INPUT, () => post(app, { query: '{ organizations(first: 101) { totalCount } }' })],
  ['a subscription over HTTP', ErrorCode.BAD_USER_INPUT, () => post(app, { query: 'subscription { activity { id } }' })],
  ['a user that already exists', ErrorCode.CONFLICT, async () => post(app, { query: 'mutation { createUser(input: { email: "jp@npo.demo", name: "Twin", role: NPO_MEMBER, password: "a-long-password" }) { id } }' }, bearer(await app.login('jp@npo.demo')))],
  ['an anonymous budget spent', ErrorCode.RATE_LIMITED, async () => {
    await post(app, { query: '{ organizations(first: 10) { edges { node { id economy { code } } } } }' });
    return post(app, { query: '{ organizations(first: 10) { edges { node { id economy { code } } } } }' });
  }],
  ['a broken table in production', ErrorCode.INTERNAL_SERVER_ERROR, async () => {
    await prod.db.orm.em.getConnection().execute('alter table economy rename to economy_gone');
    return post(prod, { query: '{ economies { code } }' });
  }],
];

describe('the error table of docs/API.md', () => {
  it('has a row for every error code, and nothing else', () => {
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.values(ErrorCode).sort());
    expect(new Set(scenarios.map(([, code]) => code))).toEqual(new Set(Object.values(ErrorCode)));
  });

  it.each(scenarios)('%s: the code and an HTTP status of its row', async (_name, code, provoke) => {
    const r = await provoke();
    expect(r.body.errors?.[0]?.extensions?.code).toBe(code);
    const statuses = rowOf(code).split('|')[2].match(/\d{3}/g) ?? [];
    expect(statuses).toContain(String(r.status));
  });
});
