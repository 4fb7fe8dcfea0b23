// Load generation with autocannon (from bench/tools/node_modules, loaded at run time so that the app's
// typecheck and install never need it) and the server's CPU time per request from /proc.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

type AutocannonResult = {
  requests: { total: number };
  start: Date;
  finish: Date;
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches?: number;
};
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult> & { on(event: 'response', listener: () => void): void };

const requireFromBench = createRequire(fileURLToPath(new URL('../tools/package.json', import.meta.url)));
/** Loaded on first use: bench/query.ts installs bench/tools/node_modules before that. */
const autocannon = (opts: Record<string, unknown>) => (requireFromBench('autocannon') as Autocannon)(opts);

export type Target = { url: string; pid: number; headers: Record<string, string>; body: string };
export type LoadResult = { rps: number; p50: number; p99: number; cpuMsPerRequest: number; requests: number; failed: number };

/** Fields of /proc/<pid>/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime. */
const statOf = (pid: number): string[] => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
};

/** utime + stime of a process, in ms (clock ticks of 10 ms on Linux); with `ended`, also its finished children's. */
export function cpuMs(pid: number, ended = false): number {
  const f = statOf(pid).map(Number);
  return (f[11] + f[12] + (ended ? f[13] + f[14] : 0)) * 10;
}

/** CPU ms of a process and its descendants, running or finished (e.g. a build that ran before). */
export function treeCpuMs(root: number): number {
  const parents = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      parents.set(Number(name), Number(statOf(Number(name))[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => pid === root || (parents.has(pid) && pid > 1 && inTree(parents.get(pid)!));
  return [...parents.keys()].filter(inTree).reduce((sum, pid) => {
    try {
      return sum + cpuMs(pid, true);
    } catch {
      return sum;
    }
  }, 0);
}

/**
 * One run of `amount` requests over `connections`; req/s is requests over elapsed time. A fixed
 * number rather than a fixed time: a side at 1 req/s under 20 connections has responses that take
 * 20 s, which a short timed run would cut off uncounted. A GraphQL `errors` answer counts as failed.
 */
export async function load(target: Target, amount: number, connections = 20): Promise<LoadResult> {
  const cpuBefore = cpuMs(target.pid);
  // Elapsed time runs to the last response: autocannon's own start/finish notice the end of an
  // `amount` run only at its next 1 s sample tick, which capped a fast side at `amount` req/s.
  const started = performance.now();
  let lastResponse = started;
  const run = autocannon({
    url: `${target.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections,
    amount,
    timeout: 600,
    verifyBody: (body: string) => !body.includes('"errors"'),
  });
  run.on('response', () => {
    lastResponse = performance.now();
  });
  const r = await run;
  const cpu = cpuMs(target.pid) - cpuBefore;
  const seconds = (lastResponse - started) / 1000;
  return {
    rps: r.requests.total / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    cpuMsPerRequest: r.requests.total ? cpu / r.requests.total : NaN,
    failed: r.errors + r.timeouts + r.non2xx + (r.mismatches ?? 0),
  };
}

export type Side = { name: string; target: Target };

/** Requests per run: about `seconds` at the rate of a warm-up run, and at least 5 per connection. */
async function sizeRun(side: Side, seconds: number, connections: number): Promise<number> {
  const warm = await load(side.target, 2 * connections, connections); // also warms JIT, pools, caches
  return Math.max(5 * connections, Math.round(seconds * warm.rps));
}

/** A, B, A, B, …: each side `rounds` times, so that a busy spell of the machine hits both. */
export async function alternate(a: Side, b: Side, rounds: number, seconds: number, connections = 20): Promise<Record<string, LoadResult[]>> {
  const out: Record<string, LoadResult[]> = { [a.name]: [], [b.name]: [] };
  const amounts = [await sizeRun(a, seconds, connections), await sizeRun(b, seconds, connections)];
  for (let i = 0; i < rounds; i++) {
    for (const [k, side] of [a, b].entries()) {
      const r = await load(side.target, amounts[k], connections);
      out[side.name].push(r);
      console.log(
        `  ${side.name.padEnd(12)} run ${i + 1}: ${r.requests} requests, ${r.rps.toFixed(1)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.cpuMsPerRequest.toFixed(2)} CPU ms/req${r.failed ? `, ${r.failed} FAILED` : ''}`,
      );
    }
  }
  return out;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
