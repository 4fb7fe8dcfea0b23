// Property-based: every root field of the schema (read by introspection), called with hostile
// arguments (helpers/schema-fuzz.ts) as anonymous, an NPO member and a read-only API token, over
// HTTP and graphql-ws, against a production-mode server. It must never answer
// INTERNAL_SERVER_ERROR or a 5xx, never suggest "Did you mean", never close a socket with 1011,
// and must stay up. Fixed seed and a bounded number of runs here; a larger run on demand:
//   FUZZ_RUNS=5000 FUZZ_SEED=$RANDOM npx vitest run test/server/security-fuzz.test.ts
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema } from 'graphql';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { expectHealthy } from '../helpers/factories/security.js';
import { liveClient, type LiveClient } from '../helpers/live-client.js';
import { operationArb, rootFields, type FuzzOperation, type RootField } from '../helpers/schema-fuzz.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

type Caller = 'anonymous' | 'member' | 'token';
type Answer = { status?: number; text: string; closeCode?: number };

let app: TestApp;
let schema: GraphQLSchema;
const tokens: Record<Caller, string | null> = { anonymous: null, member: null, token: null };
const sockets = new Map<Caller, LiveClient>();

beforeAll(async () => {
  // Budgets and the sign-in throttle out of the way, so that every run reaches the resolvers.
  app = await startTestApp({
    nodeEnv: 'production',
    apiLimits: { budget: 10_000_000, anonymousBudget: 10_000_000 },
    signInThrottle: { freeFailures: 1_000_000, addressFreeFailures: 1_000_000 },
  });
  const introspection = await app.gql(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data);
  tokens.member = await app.login('jp-member@npo.demo');
  tokens.token = (await buildApiToken(app, { code: 'JP' })).token;
});
afterAll(async () => {
  await Promise.all([...sockets.values()].map((s) => s.dispose().catch(() => {})));
  await app.stop();
});

async function overHttp(op: FuzzOperation, caller: Caller): Promise<Answer> {
  const token = tokens[caller];
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  return { status: res.status, text: await res.text() };
}

function socketOf(caller: Caller): LiveClient {
  let s = sockets.get(caller);
  if (!s || s.closeCodes.length > 0) {
    s = liveClient(app.url.replace('http', 'ws') + '/graphql', tokens[caller]);
    sockets.set(caller, s);
  }
  return s;
}

async function overWs(op: FuzzOperation, caller: Caller): Promise<Answer> {
  const socket = socketOf(caller);
  const sub = socket.subscribe(op.query, op.variables);
  if (op.operation === 'subscription') {
    // A subscription that was accepted stays open: a query after it on the same socket has been
    // answered once the server has dealt with the subscribe, then the subscription is stopped.
    await socket.subscribe('{ __typename }').untilEnded(10_000);
    sub.stop();
  } else {
    await sub.untilEnded(10_000);
  }
  return { text: JSON.stringify({ results: sub.results, error: sub.error ?? null }), closeCode: socket.closeCodes[0] };
}

/** What is wrong with an answer, or null. */
function problemOf(answer: Answer): string | null {
  if (answer.status !== undefined && answer.status >= 500) return `HTTP ${answer.status}`;
  if (answer.text.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  if (answer.text.includes('Did you mean')) return 'a suggestion in production';
  if (answer.closeCode === 1011) return 'socket closed with 1011 (internal error)';
  return null;
}

const callerArb = fc.constantFrom<Caller>('anonymous', 'member', 'token');
const transportArb = fc.constantFrom<'http' | 'ws'>('http', 'ws');

describe('every root field under hostile arguments', () => {
  it('never answers an internal error, a 5xx or a suggestion, over HTTP and graphql-ws, for any caller', { timeout: 600_000 }, async () => {
    // A member signing out would end the session the rest of the run uses.
    const fields = rootFields(schema).filter((f) => f.field.name !== 'logout');
    const byName = new Map<string, RootField>(fields.map((f) => [f.field.name, f]));
    const runArb = fc
      .constantFrom(...byName.keys())
      .chain((name) => fc.record({ op: operationArb(byName.get(name)!), caller: callerArb, transport: transportArb }));
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(runArb, async ({ op, caller, transport }) => {
        seen.add(op.name);
        const answer = transport === 'http' ? await overHttp(op, caller) : await overWs(op, caller);
        const problem = problemOf(answer);
        if (problem) throw new Error(`${problem} for ${caller} over ${transport}: ${op.query} ${JSON.stringify(op.variables).slice(0, 500)} → ${answer.text.slice(0, 500)}`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // A bounded run still reaches most of the schema; the count guards against a generator gone empty.
    expect(seen.size).toBeGreaterThan(Math.min(fields.length, RUNS) * 0.8);
    await expectHealthy(app);
  });
});
