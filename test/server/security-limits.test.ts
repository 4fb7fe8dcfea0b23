// Hostile query shapes: depth bombs, alias and fragment floods, circular fragments, root-field
// and directive floods, huge `first`, batched floods. Each is refused with BAD_USER_INPUT and a
// reason before anything runs, writes nothing, and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { isJobStatement } from '../helpers/database.js';
import { expectHealthy, expectNoWrites, post, reasonOf } from '../helpers/factories/security.js';
import { DEFAULT_LIMITS } from '../../server/src/graphql/limits.js';

let app: TestApp;
let sql: string[] = [];
beforeAll(async () => {
  // What the requests ran: the job runner's periodic passes are nobody's request.
  app = await startTestApp({}, { onQuery: (q) => {
    if (!isJobStatement(q)) sql.push(q);
  } });
});
afterAll(() => app.stop());

/** `__type { ofType { ofType … } }`: introspection types nest without end. */
const depthBomb = (levels: number) => `{ __type(name: "Query") { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } }`;
/** graphql's own MaxIntrospectionDepthRule catches `fields { type { fields …` chains. */
const fieldsBomb = (levels: number) => `{ __type(name: "Query") { ${'fields { type { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { scopes }`).join(' ')} }`;
const roots = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `r${i}: economies { code }`).join(' ')} }`;
/** F(k) spreads F(k-1) twice: 2^k fields once expanded, from a document of a few hundred bytes. */
const fragmentBomb = (levels: number) =>
  `{ economies { ...F${levels} } } fragment F0 on Economy { code name } ` +
  Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Economy { ...F${i} ...F${i} }`).join(' ');
/** A page of organizations costs 1 + 3 × first (node 1, economy 1, edges 1). */
const page = (alias: string, first: number) => `${alias}: organizations(first: ${first}) { edges { node { id economy { code } } } }`;

const refusals: Array<[string, string, string]> = [
  ['a depth bomb of nested introspection types', depthBomb(20), 'MAX_DEPTH'],
  ['a deeper depth bomb', depthBomb(500), 'MAX_DEPTH'],
  ['a bomb of nested introspection fields', fieldsBomb(30), 'MAX_DEPTH'],
  ['an alias flood', aliases(DEFAULT_LIMITS.maxAliases + 1), 'MAX_ALIASES'],
  ['a large alias flood', aliases(500), 'MAX_ALIASES'],
  ['a root field flood', `{ ${Array.from({ length: 11 }, (_, i) => `o${i}: organization(id: "00000000-0000-0000-0000-00000000000${i % 10}") { id }`).join(' ')} }`, 'MAX_ROOT_FIELDS'],
  ['a fragment flood (2^16 fields once expanded)', fragmentBomb(16), 'MAX_FIELDS'],
  ['a directive flood', `{ economies { ${'... on Economy @include(if: true) { code } '.repeat(30)} } }`, 'MAX_DIRECTIVES'],
  ['a query over the cost limit through nested pages', `{ ${[1, 2, 3, 4, 5, 6, 7].map((i) => page(`p${i}`, 100)).join(' ')} }`, 'MAX_COST'],
  ['a huge first', `{ organizations(first: 1000000000) { edges { node { id } } } }`, 'MAX_COST'],
];

describe('refused query shapes', () => {
  it.each(refusals)('refuses %s', async (_name, query, reason) => {
    const r = await expectNoWrites(app, () => post(app, { query }));
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(r.body.data).toBeUndefined();
    await expectHealthy(app);
  });

  it('refuses more root fields than allowed', async () => {
    const r = await app.gql(roots(DEFAULT_LIMITS.maxRootFields + 1));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.reason).toBe('MAX_ROOT_FIELDS');
    expect(r.errors?.[0].message).toBe(`The operation asks for too many root fields: 11, at most ${DEFAULT_LIMITS.maxRootFields} allowed.`);
  });

  it('refuses circular fragments in validation', async () => {
    const r = await app.gql(`{ economies { ...A } } fragment A on Economy { code ...B } fragment B on Economy { name ...A }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(reasonOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a self-spreading fragment', async () => {
    const r = await app.gql(`{ economies { ...A } } fragment A on Economy { code ...A }`);
    expect(reasonOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document with more tokens than the parser accepts', async () => {
    const r = await app.gql(`{ economies { ${'code '.repeat(DEFAULT_LIMITS.maxTokens)} } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(reasonOf(r)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses first above 100 naming the field, and a negative first', async () => {
    for (const first of [101, -1]) {
      const r = await app.gql(`query($n: Int) { organizations(first: $n) { edges { node { id } } } }`, { n: first });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.field).toBe('first');
    }
  });

  it('still answers the standard introspection query (introspection stays on)', async () => {
    const r = await app.gql(getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.queryType.name).toBe('Query');
  });
});

describe('the cost limit', () => {
  // 6 full pages cost 6 × 301 = 1806; a seventh of 64 brings it to 1999, of 65 to 2002.
  const query = (last: number) => `{ ${[1, 2, 3, 4, 5, 6].map((i) => page(`p${i}`, 100)).join(' ')} ${page('p7', last)} }`;

  it('runs a query just under the maximum and reports its cost', async () => {
    sql = [];
    const r = await app.gql(query(64));
    expect(r.errors).toBeUndefined();
    expect(r.data.p7.edges.length).toBeGreaterThan(0);
    expect(r.extensions?.cost).toMatchObject({ requested: 1999, maximum: DEFAULT_LIMITS.maxCost });
    expect(sql.length).toBeGreaterThan(0);
  });

  it('refuses a query just over the maximum before any SQL runs', async () => {
    sql = [];
    const r = await app.gql(query(65));
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'MAX_COST', cost: 2002, limit: 2000 } });
    expect(r.errors?.[0].message).toContain('2002 points');
    expect(sql).toEqual([]);
  });

  it('reports the cost of every response, errors included', async () => {
    const ok = await app.gql(`{ organizations(first: 10) { edges { node { id } } totalCount } }`);
    expect(ok.extensions?.cost.requested).toBe(21);
    const bad = await app.gql(`{ nope }`);
    expect(bad.extensions?.cost).toMatchObject({ requested: 0, maximum: DEFAULT_LIMITS.maxCost });
  });
});

describe('batched requests', () => {
  const op = { query: `{ economies { code } }` };

  it('runs a batch within the limit', async () => {
    const r = await post(app, Array.from({ length: DEFAULT_LIMITS.maxBatch }, () => op));
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(DEFAULT_LIMITS.maxBatch);
    expect(r.body[0].data.economies).toHaveLength(21);
  });

  it.each([
    ['one operation over the limit', DEFAULT_LIMITS.maxBatch + 1],
    ['a flood of 1000 operations', 1000],
  ])('refuses a batch of %s', async (_name, size) => {
    const r = await expectNoWrites(app, () => post(app, Array.from({ length: size }, () => op)));
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_BATCH', limit: DEFAULT_LIMITS.maxBatch, found: size });
    await expectHealthy(app);
  });

  it('refuses an empty batch', async () => {
    const r = await post(app, []);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.reason).toBe('MAX_BATCH');
  });

  it('applies the limits to each operation of a batch', async () => {
    const r = await post(app, [op, { query: depthBomb(20) }]);
    expect(r.body[0].data.economies).toHaveLength(21);
    expect(r.body[1].errors[0].extensions.reason).toBe('MAX_DEPTH');
  });
});
