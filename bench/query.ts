// Side-by-side query benchmark (issue 15): `npm run bench:query`. Generates the data set into a
// throwaway PostgreSQL cluster, runs BCN Hub and PostGraphile 4.14 on it, checks that both give
// the same answers, counts SQL statements per request (pg_stat_statements), then loads each side
// with autocannon at 20 connections, alternating A, B, A, B, A, B. Q4 is the write path:
// `postMessage` against a plain node:http + pg floor writing the same rows.
// Options (environment): BENCH_SECONDS per run, roughly (default 10), BENCH_ROUNDS (default 3), BENCH_ONLY=Q1,Q4,
// BENCH_SHOW_SQL=1 (print what the counted requests ran, statement by statement).
import os from 'node:os';
import { countStatements, startCluster } from './query/cluster.js';
import { alternate, median, type LoadResult, type Target } from './query/load.js';
import { bcnQuery, firstDifference, normalize, postgraphileQuery, type Doc, type QueryName } from './query/queries.js';
import { credentials, ensureBenchDeps, runSqlFile, sql, startBcnHub, startPostgraphile, startWriteFloor, subjects, type Peer } from './query/setup.js';
import type { HttpClient } from '../test/helpers/http-client.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ONLY = process.env.BENCH_ONLY?.split(',');
const COUNTED_REQUESTS = 20;
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const rate = (n: number) => fmt(n, n < 10 ? 1 : 0);

type Server = HttpClient & { url: string; pid: number; token?: string };
type Row = { name: string; sides: [string, string]; runs: Record<string, LoadResult[]>; statements: [number, number] };
type Env = { dbUrl: string; bcn: Server; peer: Server; pairingId: string };

async function ask(s: Server, doc: Doc, token = s.token): Promise<unknown> {
  const r = await s.gql(doc.query, doc.variables, token);
  if (r.errors || !r.data) throw new Error(`${s.url}: ${JSON.stringify(r.errors)}`);
  return r.data;
}

const target = (s: Server, doc: Doc, token = s.token): Target => ({
  url: s.url,
  pid: s.pid,
  headers: token ? { authorization: `Bearer ${token}` } : {},
  body: JSON.stringify(doc),
});

const docs = (q: QueryName, env: Env, first = 50): [Doc, Doc] => [bcnQuery(q, { first, pairingId: env.pairingId }), postgraphileQuery(q, { first, pairingId: env.pairingId })];

async function checkEqual(q: QueryName, env: Env): Promise<void> {
  const [a, b] = docs(q, env);
  const [x, y] = [normalize(await ask(env.bcn, a)), normalize(await ask(env.peer, b))];
  const diff = firstDifference(x, y);
  if (diff) throw new Error(`${q}: BCN Hub and PostGraphile answer differently at ${diff}`);
  console.log(`${q}: same answer from both (${JSON.stringify(x).length} bytes)`);
}

async function statementsAt(q: QueryName, env: Env, first: number): Promise<[number, number]> {
  const [a, b] = docs(q, env, first);
  const counts: [number, number] = [
    await countStatements(env.dbUrl, COUNTED_REQUESTS, async () => void (await ask(env.bcn, a))),
    await countStatements(env.dbUrl, COUNTED_REQUESTS, async () => void (await ask(env.peer, b))),
  ];
  console.log(`${q} at first: ${first}: ${fmt(counts[0])} SQL statements per request on BCN Hub, ${fmt(counts[1])} on PostGraphile`);
  return counts;
}

async function benchRead(q: QueryName, env: Env, statements: [number, number]): Promise<Row> {
  console.log(`${q}: load, ${ROUNDS} × ${SECONDS} s per side (sized by a warm-up), alternating`);
  const [a, b] = docs(q, env);
  const runs = await alternate({ name: 'BCN Hub', target: target(env.bcn, a) }, { name: 'PostGraphile', target: target(env.peer, b) }, ROUNDS, SECONDS);
  return { name: q, sides: ['BCN Hub', 'PostGraphile'], runs, statements };
}

/**
 * What signing a request in costs: Q3 on BCN Hub with the API token against Q3 anonymous (the
 * economies are public), alternating on the same server; the CPU difference is the sign-in.
 */
async function benchSignIn(env: Env): Promise<Row> {
  const [doc] = docs('Q3', env);
  console.log(`Sign-in: Q3 with a token and anonymous, ${ROUNDS} × ${SECONDS} s per side, alternating`);
  const runs = await alternate({ name: 'with token', target: target(env.bcn, doc) }, { name: 'anonymous', target: target(env.bcn, doc, '') }, ROUNDS, SECONDS);
  return { name: 'Q3 sign-in', sides: ['with token', 'anonymous'], runs, statements: [NaN, NaN] };
}

const WRITE: Doc = { query: 'mutation Q4($threadId: ID!, $body: String!) { postMessage(threadId: $threadId, body: $body) { id body createdAt } }', variables: {} };
const ROWS_WRITTEN = `select (select count(*) from message)::int as messages, (select count(*) from activity_event)::int as events,
  (select count(*) from inbox_item)::int as inbox, (select last_message_at::text from thread where id = $1) as touched`;

/** What one request wrote: rows added per table, and whether the thread's lastMessageAt moved. */
async function writtenBy(env: Env, s: Server, doc: Doc, threadId: string): Promise<string> {
  const [before] = await sql<Record<string, number | string>>(env.dbUrl, ROWS_WRITTEN, [threadId]);
  await ask(s, doc);
  const [after] = await sql<Record<string, number | string>>(env.dbUrl, ROWS_WRITTEN, [threadId]);
  return JSON.stringify(Object.fromEntries(Object.keys(after).map((k) => [k, k === 'touched' ? after[k] !== before[k] : Number(after[k]) - Number(before[k])])));
}

/** Q4: one request on each side must write the same rows; then statements and load. */
async function benchWrite(env: Env, floor: Server, threadId: string): Promise<Row> {
  const doc = { ...WRITE, variables: { threadId, body: 'Agenda looks good; @jp@npo.demo please confirm the venue.' } };
  const bcn = { ...env.bcn, token: floor.token }; // a person of the sending NPO, as on the floor
  const written = [await writtenBy(env, bcn, doc, threadId), await writtenBy(env, floor, doc, threadId)];
  if (written[0] !== written[1]) throw new Error(`Q4: BCN Hub wrote ${written[0]}, the floor ${written[1]}`);
  console.log(`Q4: both write the same rows per message ${written[0]}`);
  const statements: [number, number] = [
    await countStatements(env.dbUrl, COUNTED_REQUESTS, async () => void (await ask(bcn, doc))),
    await countStatements(env.dbUrl, COUNTED_REQUESTS, async () => void (await ask(floor, doc))),
  ];
  console.log(`Q4: load, ${ROUNDS} × ${SECONDS} s per side (sized by a warm-up), alternating`);
  const runs = await alternate({ name: 'BCN Hub', target: target(bcn, doc) }, { name: 'pg floor', target: target(floor, doc) }, ROUNDS, SECONDS);
  return { name: 'Q4', sides: ['BCN Hub', 'pg floor'], runs, statements };
}

function printSummary(rows: Row[], scaling: string[], loads: number[][]): void {
  console.log(`\nMedians of ${ROUNDS} alternating runs of about ${SECONDS} s (at least 100 requests) at 20 connections; ratio = BCN Hub / other side (req/s).`);
  console.log(`Reads with a Secretariat API token on BCN Hub; PostGraphile without authentication. Q4 as np@npo.demo.\n`);
  console.log('| query | BCN Hub req/s | other req/s | ratio | p50 ms (BCN / other) | p99 ms (BCN / other) | SQL statements per request (BCN / other) | server CPU ms/request (BCN / other) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const [a, b] = r.sides.map((s) => r.runs[s]);
    const m = (xs: LoadResult[], k: keyof LoadResult) => median(xs.map((x) => x[k]));
    console.log(
      `| ${r.name} vs ${r.sides[1]} | ${rate(m(a, 'rps'))} | ${rate(m(b, 'rps'))} | **${fmt(m(a, 'rps') / m(b, 'rps'), 2)}×** | ${m(a, 'p50')} / ${m(b, 'p50')} | ${m(a, 'p99')} / ${m(b, 'p99')} | ${fmt(r.statements[0])} / ${fmt(r.statements[1])} | ${fmt(m(a, 'cpuMsPerRequest'), 2)} / ${fmt(m(b, 'cpuMsPerRequest'), 2)} |`,
    );
    if (r.name === 'Q3 sign-in') console.log(`|  signing a request in: **${fmt(m(a, 'cpuMsPerRequest') - m(b, 'cpuMsPerRequest'), 2)} ms** server CPU (with token − anonymous) |`);
    const failed = [...a, ...b].reduce((n, x) => n + x.failed, 0);
    if (failed) console.log(`|  ⚠ ${failed} failed requests in ${r.name} |`);
  }
  console.log(`\nSQL statements per request by page size (BCN Hub / PostGraphile):\n${scaling.join('\n')}`);
  console.log(`\nMachine: ${os.cpus().length} cores; load average before ${loads[0].map((l) => l.toFixed(2)).join(' ')}, after ${loads[1].map((l) => l.toFixed(2)).join(' ')}.`);
}

async function measure(env: Env, floor: Server, threadId: string): Promise<void> {
  const loadBefore = os.loadavg();
  const names = (['Q1', 'Q2', 'Q3'] as QueryName[]).filter((q) => !ONLY || ONLY.includes(q));
  for (const q of names) await checkEqual(q, env);
  const scaling: string[] = [];
  const atFifty = new Map<QueryName, [number, number]>();
  for (const q of names) {
    atFifty.set(q, await statementsAt(q, env, 50));
    if (q === 'Q3') continue; // no page size
    const five = await statementsAt(q, env, 5);
    scaling.push(`  ${q}: first: 5 → ${fmt(five[0])} / ${fmt(five[1])}; first: 50 → ${fmt(atFifty.get(q)![0])} / ${fmt(atFifty.get(q)![1])}`);
  }
  const rows: Row[] = [];
  for (const q of names) rows.push(await benchRead(q, env, atFifty.get(q)!));
  if (names.includes('Q3')) rows.push(await benchSignIn(env));
  if (!ONLY || ONLY.includes('Q4')) rows.push(await benchWrite(env, floor, threadId));
  printSummary(rows, scaling, [loadBefore, os.loadavg()]);
}

async function main(): Promise<void> {
  ensureBenchDeps();
  console.log(`Machine load average now: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);
  const cluster = await startCluster();
  const stops: Array<() => Promise<unknown>> = [() => cluster.stop()];
  try {
    const bcn = await startBcnHub(cluster.url);
    stops.unshift(() => bcn.stop());
    await runSqlFile(cluster.url, 'dataset.sql');
    await runSqlFile(cluster.url, 'postgraphile.sql');
    const counts = await sql(cluster.url, 'select (select count(*) from proposal) as proposals, (select count(*) from pairing) as pairings, (select count(*) from message) as messages');
    console.log(`Data set: ${JSON.stringify(counts[0])}`);
    const peers: Peer[] = [];
    for (const start of [startPostgraphile, startWriteFloor]) peers.push(await start(cluster.url));
    stops.unshift(...peers.map((p) => () => p.stop()));
    const creds = await credentials(bcn);
    const { pairingId, threadId } = await subjects(cluster.url);
    const env: Env = { dbUrl: cluster.url, bcn: { ...bcn, pid: bcn.child.pid!, token: creds.apiToken }, peer: peers[0], pairingId };
    await measure(env, { ...peers[1], token: creds.npSession }, threadId);
  } finally {
    for (const stop of stops) await stop().catch((e) => console.error(String(e)));
  }
}

await main();
