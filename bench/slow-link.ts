// Write latency of a healthy instance while another instance's link to PostgreSQL is slow
// (run on demand: `node --import tsx bench/slow-link.ts [delayMs] [writes]`). Two server
// processes on one throwaway cluster; B reaches it through a TCP proxy that delays every chunk.
// Phase 1: A writes alone (createApiToken, one at a time). Phase 2: the proxy delays, B writes continuously from 4 clients, and
// A writes again. Prints A's write latency percentiles in both phases.
import 'reflect-metadata';
import { startPgCluster } from '../test/helpers/pg-cluster.js';
import { startServerProcess } from '../test/helpers/processes.js';
import { startTcpProxy } from '../test/helpers/tcp-proxy.js';

const DELAY = Number(process.argv[2] ?? 500);
const WRITES = Number(process.argv[3] ?? 200);
const ENV = { API_COST_BUDGET: '100000000' };
let serial = 0;
/** One write: createApiToken (cheap: no password hashing, so the numbers show waiting, not CPU). */
const write = (server: Awaited<ReturnType<typeof startServerProcess>>, token: string, label: string) =>
  server.gql(`mutation($n: String!) { createApiToken(input: { name: $n }) { apiToken { id } } }`, { n: `${label}-${serial++}` }, token).then((r) => {
    if (!r.data?.createApiToken) throw new Error(JSON.stringify(r.errors));
  });

function percentiles(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: Math.round(at(50)), p90: Math.round(at(90)), p99: Math.round(at(99)), max: Math.round(s[s.length - 1]) };
}

async function timedWrites(write: () => Promise<unknown>, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await write();
    times.push(performance.now() - t0);
  }
  return times;
}

const cluster = await startPgCluster();
const proxy = await startTcpProxy(cluster.port);
const a = await startServerProcess(cluster.url, { ...ENV, SEED_DEMO: 'true' });
const b = await startServerProcess(cluster.url.replace(`:${cluster.port}/`, `:${proxy.port}/`), ENV);
try {
  const [jp, np] = await Promise.all([a.login('jp@npo.demo'), a.login('np@npo.demo')]);
  const quiet = await timedWrites(() => write(a, jp, 'quiet'), WRITES);
  proxy.delayMs = DELAY;
  let stop = false;
  let slowWrites = 0;
  const writers = Array.from({ length: 4 }, async () => {
    while (!stop) await write(b, np, 'slow').then(() => slowWrites++, () => {});
  });
  // Let B's writers get going (a few slow round trips) before measuring A.
  await new Promise((r) => setTimeout(r, DELAY * 8));
  const slow = await timedWrites(() => write(a, jp, 'busy'), WRITES);
  stop = true;
  proxy.delayMs = 0;
  await Promise.all(writers);
  console.log(JSON.stringify({ delayMs: DELAY, quiet: percentiles(quiet), withSlowInstance: percentiles(slow), slowInstanceWrites: slowWrites }));
} finally {
  await Promise.all([a.stop(), b.stop()]);
  await proxy.close();
  await cluster.stop();
}
