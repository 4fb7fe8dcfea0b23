// docs/API.md cannot go stale: its worked examples run against a real server with a read-only
// API token and must succeed at the cost their headings state; its limits table matches the code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { DEFAULT_LIMITS } from '../../server/src/graphql/limits.js';
import { WS_MAX_PAYLOAD_BYTES } from '../../server/src/graphql/ws.js';

const DOC = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/API.md'), 'utf8');

type Example = { name: string; cost: number; query: string; variables: Record<string, unknown> };

function examplesOf(markdown: string): Example[] {
  const re = /<!-- example: (\S+) cost=(\d+) -->\s*```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g;
  return [...markdown.matchAll(re)].map((m) => ({ name: m[1], cost: Number(m[2]), query: m[3], variables: m[4] ? JSON.parse(m[4]) : {} }));
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('docs/API.md', () => {
  const examples = examplesOf(DOC);

  it('has three worked examples', () => {
    expect(examples.map((e) => e.name)).toEqual(['organizations', 'open-calls', 'recent-activity']);
  });

  it.each(examples.map((e) => [e.name, e] as const))('runs example "%s" with a read token at its stated cost', async (_name, example) => {
    const { token } = await buildApiToken(app, { code: 'JP' });
    const r = await app.gql(example.query, example.variables, token);
    expect(r.errors).toBeUndefined();
    expect(r.data).toBeTruthy();
    expect(r.extensions?.cost.requested).toBe(example.cost);
  });

  it('pages through organizations as the first example describes', async () => {
    const { token } = await buildApiToken(app, { code: 'JP' });
    const [example] = examplesOf(DOC);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: any = await app.gql(example.query, { after }, token);
      seen.push(...r.data.organizations.edges.map((e: any) => e.node.acronym));
      if (!r.data.organizations.pageInfo.hasNextPage) break;
      after = r.data.organizations.pageInfo.endCursor;
    }
    const total = (await app.gql(`{ organizations { totalCount } }`)).data.organizations.totalCount;
    expect(seen).toHaveLength(total);
  });

  it('computes the cost example of the text as the server does', async () => {
    const m = /For example `([^`]+)` costs\n[^=]+= (\d+)\./.exec(DOC);
    expect(m).not.toBeNull();
    const r = await app.gql(`{ ${m![1]} }`);
    expect(r.extensions?.cost.requested).toBe(Number(m![2]));
  });

  it('states the limits the server enforces', () => {
    const row = (label: string) => DOC.split('\n').find((l) => l.startsWith(`| ${label}`)) ?? '';
    const n = (v: number) => v.toLocaleString('en-US');
    expect(row('nesting depth')).toContain(`| ${n(DEFAULT_LIMITS.maxDepth)} |`);
    expect(row('calculated cost')).toContain(`| ${n(DEFAULT_LIMITS.maxCost)} |`);
    expect(row('aliases')).toContain(`| ${n(DEFAULT_LIMITS.maxAliases)} |`);
    expect(row('root fields')).toContain(`| ${n(DEFAULT_LIMITS.maxRootFields)} |`);
    expect(row('directives')).toContain(`| ${n(DEFAULT_LIMITS.maxDirectives)} |`);
    expect(row('field selections')).toContain(`| ${n(DEFAULT_LIMITS.maxFields)} |`);
    expect(row('lexical tokens')).toContain(`| ${n(DEFAULT_LIMITS.maxTokens)} |`);
    expect(row('operations in one batched')).toContain(`| ${n(DEFAULT_LIMITS.maxBatch)} |`);
    expect(row('WebSocket message')).toContain(`| ${WS_MAX_PAYLOAD_BYTES / 1024} KB |`);
    expect(DOC).toContain(`budget of ${n(DEFAULT_LIMITS.budget)} points`);
  });
});
