// Fan-out benchmark (run on demand: `npm run bench:fanout -- [subscribers] [events] [ratePerSecond]`).
// N graphql-ws subscribers of `activity` on one server instance; outbox transactions (the same
// runInTransaction a mutation uses) commit at a fixed rate; for every delivery we take the time
// from the commit returning to the subscriber receiving it. Then the same payload goes through
// a bare `ws` broadcast server with N sockets, in the same run. Also: server memory per idle
// connection, as RSS read from outside and as the live heap after a full collection (heap-reader.ts).
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../server/src/db/embedded.js';
import { initORM, type Orm } from '../server/src/db/orm.js';
import { runInTransaction } from '../server/src/events/event-log.js';
import { freePort, startServerProcess } from '../test/helpers/processes.js';
import { until } from '../test/helpers/live-client.js';
import { inspectOn, openHeapReader, type HeapReader } from './heap-reader.js';

const N = Number(process.argv[2] ?? 1000);
const EVENTS = Number(process.argv[3] ?? 50);
const RATE = Number(process.argv[4] ?? 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Both servers are read the same time after their last socket is in place.
const IDLE_MS = Math.max(2000, N * 2);
/** CPU time (user + system) a process has used, in ms (the clock tick is 10 ms on Linux). */
const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
const cpuMs = (pid: number) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((a, v) => a + Number(v) * 10, 0);

function percentiles(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99), max: s[s.length - 1] };
}

async function graphqlWsRun(dataDir: string) {
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bcn' });
  const inspectPort = await freePort();
  const server = await startServerProcess(pg.url, {
    NODE_OPTIONS: inspectOn(inspectPort),
    SEED_DEMO: 'true',
    REALTIME_MAX_CONNECTIONS_PER_TOKEN: String(N + 10),
    REALTIME_MAX_QUEUE: '100000',
  });
  const orm = await initORM(pg.url);
  const heap = await openHeapReader(inspectPort);
  try {
    const token = await server.login('secretariat@apo.demo');
    await sleep(1000);
    const memory = await idleMemory(server.child.pid!, heap, (count) => subscribeLive(server.wsUrl, token, count));
    heap.close(); // no inspector session during the timed part
    const subscribers = joined(memory.groups);
    const cpuBefore = cpuMs(server.child.pid!);
    const clientCpu = process.cpuUsage();
    const committedAt = await commitEvents(orm);
    await until(() => subscribers.received() >= N * EVENTS, 120_000, () => `graphql-ws received ${subscribers.received()} of ${N * EVENTS}`).catch((e) => console.error(String(e)));
    const cpuUsed = cpuMs(server.child.pid!) - cpuBefore;
    const clientUs = Object.values(process.cpuUsage(clientCpu)).reduce((a, b) => a + b, 0);
    await subscribers.dispose();
    // A delivery can beat the COMMIT's reply back to us; that counts as 0 ms.
    const latencies = subscribers.receipts.map(([id, t]) => Math.max(0, t - committedAt.get(id)!));
    return { latency: percentiles(latencies), ...memory.perConnection, cpuUsPerDelivery: (cpuUsed * 1000) / (N * EVENTS), clientUsPerDelivery: clientUs / (N * EVENTS) };
  } finally {
    heap.close();
    await orm.close(true);
    await server.stop();
    await pg.stop();
  }
}

/**
 * The server's memory per idle connection. RSS, read from outside: over all N (what the first N
 * cost, the heap's growth to serve them included) and over the second half alone (what one more
 * connection adds once the heap has grown: the per-socket cost that multiplies with the number of
 * sockets); it moves with when V8 last collected. And what the N connections keep: the live heap
 * plus memory held outside it (buffers), each read after a full collection, before the first
 * connection and after the last one (RSS is read before each collection, which would move it).
 */
async function idleMemory<T>(pid: number, heap: HeapReader, open: (count: number) => Promise<T>) {
  const before = rssKb(pid);
  const keptBefore = kept(await heap.read());
  const first = await open(N / 2);
  await sleep(IDLE_MS / 2);
  const half = rssKb(pid);
  const second = await open(N / 2);
  await sleep(IDLE_MS); // idle, for the memory reading
  const all = rssKb(pid);
  const keptAll = kept(await heap.read());
  return {
    groups: [first, second],
    perConnection: { perConnectionKb: (all - before) / N, perAddedConnectionKb: (all - half) / (N / 2), keptKbPerConnection: (keptAll - keptBefore) / 1024 / N },
  };
}

const kept = (m: { heapUsed: number; external: number }) => m.heapUsed + m.external;

type Subscribers = Awaited<ReturnType<typeof subscribeLive>>;
const joined = (groups: Subscribers[]) => ({
  get receipts() {
    return groups.flatMap((g) => g.receipts);
  },
  received: () => groups.reduce((n, g) => n + g.received(), 0),
  dispose: () => Promise.all(groups.map((g) => g.dispose())),
});

/** `count` subscribers of `activity`, returned once every subscription is in place on the server. */
async function subscribeLive(url: string, token: string, count: number) {
  const receipts: Array<[string, number]> = [];
  let received = 0;
  // A subscriber is live once the server has read its subscribe message (the subscription's
  // starting position is taken then): a ping sent after it is answered after it, so a pong
  // means the subscription is in place.
  let live = 0;
  const clients = Array.from({ length: count }, () => benchClient(url, token, () => void live++));
  for (const c of clients) {
    c.subscribe<{ activity: { payload: { benchId?: string } } }>({ query: 'subscription { activity { cursor type payload } }' }, {
      next: (r) => {
        const id = r.data?.activity.payload.benchId;
        if (id) receipts.push([id, performance.now()]);
        received++;
      },
      error: () => {},
      complete: () => {},
    });
  }
  // Acknowledged first (the subscribe message follows the ack at once), then a ping behind it.
  await until(() => clients.every((c) => c.socket()), 120_000, () => 'not every client is connected');
  for (const c of clients) c.socket()!.send(JSON.stringify({ type: 'ping' }));
  await until(() => live >= count, 120_000, () => `${live} of ${count} subscribers live`);
  return { receipts, received: () => received, dispose: () => Promise.all(clients.map((c) => c.dispose())) };
}

/** A graphql-ws client that exposes its socket, to send the ping that tells it is live. */
function benchClient(url: string, token: string, onPong: () => void) {
  let socket: WebSocket | null = null;
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: {
      connected: (s) => {
        socket = s as WebSocket;
      },
      pong: onPong,
    },
  });
  return Object.assign(client, { socket: () => socket });
}

/** EVENTS outbox transactions at RATE a second; when each commit returned, by its benchId. */
async function commitEvents(orm: Orm): Promise<Map<string, number>> {
  const committedAt = new Map<string, number>();
  for (let i = 0; i < EVENTS; i++) {
    const benchId = randomUUID();
    const started = performance.now();
    await runInTransaction(orm.em.fork() as EntityManager, async (_tx, record) => {
      record({ type: 'BENCH', subjectType: 'Bench', subjectId: benchId, audienceOrgIds: [], payload: { benchId } });
    });
    committedAt.set(benchId, performance.now());
    await sleep(Math.max(0, 1000 / RATE - (performance.now() - started)));
  }
  return committedAt;
}

async function bareWsRun(samplePayload: string) {
  const port = await freePort();
  const inspectPort = await freePort();
  // BCN_NODE_ARGS (e.g. --cpu-prof) goes to this server too, so that both can be profiled alike.
  const nodeArgs = (process.env.BCN_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'bench/fanout-baseline.ts'], {
    env: { ...process.env, PORT: String(port), NODE_OPTIONS: inspectOn(inspectPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d) => String(d).includes('Debugger') || process.stderr.write(d)); // the inspector's notice is expected
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  await until(() => out.includes('listening'), 30_000, () => out);
  const heap = await openHeapReader(inspectPort);
  try {
    await sleep(500);
    const latencies: number[] = [];
    let received = 0;
    const openSockets = (count: number) => Promise.all(
      Array.from({ length: count }, () => new Promise<WebSocket>((resolve) => {
        const s = new WebSocket(`ws://127.0.0.1:${port}/`);
        s.on('message', (data) => {
          const msg = JSON.parse(String(data));
          latencies.push(performance.now() - msg.sentAt);
          received++;
        });
        s.on('open', () => resolve(s));
      })),
    );
    const memory = await idleMemory(child.pid!, heap, openSockets);
    heap.close(); // no inspector session during the timed part
    const sockets = memory.groups.flat();
    const cpuBefore = cpuMs(child.pid!);
    const clientCpu = process.cpuUsage();
    const publisher = new WebSocket(`ws://127.0.0.1:${port}/publish`);
    await new Promise((r) => publisher.on('open', r));
    for (let i = 0; i < EVENTS; i++) {
      publisher.send(JSON.stringify({ sentAt: performance.now(), payload: samplePayload }));
      await sleep(1000 / RATE);
    }
    await until(() => received >= N * EVENTS, 120_000, () => `bare ws received ${received} of ${N * EVENTS}`).catch((e) => console.error(String(e)));
    const cpuUsed = cpuMs(child.pid!) - cpuBefore;
    const clientUs = Object.values(process.cpuUsage(clientCpu)).reduce((a, b) => a + b, 0);
    publisher.close();
    for (const s of sockets) s.close();
    return { latency: percentiles(latencies), ...memory.perConnection, cpuUsPerDelivery: (cpuUsed * 1000) / (N * EVENTS), clientUsPerDelivery: clientUs / (N * EVENTS) };
  } finally {
    heap.close();
    child.kill('SIGTERM');
  }
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-bench-'));
  try {
    console.log(`fan-out: ${N} subscribers, ${EVENTS} events at ${RATE}/s (${os.cpus().length} cores)`);
    const gql = await graphqlWsRun(dataDir);
    // The graphql-ws `next` message the subscribers got, so that the baseline carries the same bytes.
    const sample = JSON.stringify({ id: randomUUID(), type: 'next', payload: { data: { activity: { cursor: '12345', type: 'BENCH', payload: { benchId: randomUUID() } } } } });
    const bare = await bareWsRun(sample);
    const row = (name: string, r: typeof gql) =>
      `| ${name} | ${r.latency.n} | ${r.latency.p50.toFixed(1)} | ${r.latency.p95.toFixed(1)} | ${r.latency.p99.toFixed(1)} | ${r.latency.max.toFixed(1)} | ${r.perConnectionKb.toFixed(1)} | ${r.perAddedConnectionKb.toFixed(1)} | ${r.keptKbPerConnection.toFixed(1)} | ${r.cpuUsPerDelivery.toFixed(0)} | ${r.clientUsPerDelivery.toFixed(0)} |`;
    console.log(`\nload average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}`);
    console.log('| path | deliveries | p50 ms | p95 ms | p99 ms | max ms | server RSS KB per idle connection (all N) | server RSS KB per added idle connection (second half) | server KB kept per idle connection (heap + external after a full GC, all N) | server CPU µs per delivery | client CPU µs per delivery |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    console.log(row('BCN Hub graphql-ws (commit → receipt)', gql));
    console.log(row('bare ws broadcast (send → receipt)', bare));
    const x = (a: number, b: number) => `**${(a / b).toFixed(1)}×**`;
    const l = gql.latency;
    const b = bare.latency;
    console.log(`| **ratio to the bare ws baseline** | | ${x(l.p50, b.p50)} | ${x(l.p95, b.p95)} | ${x(l.p99, b.p99)} | ${x(l.max, b.max)} | ${x(gql.perConnectionKb, bare.perConnectionKb)} | ${x(gql.perAddedConnectionKb, bare.perAddedConnectionKb)} | ${x(gql.keptKbPerConnection, bare.keptKbPerConnection)} | ${x(gql.cpuUsPerDelivery, bare.cpuUsPerDelivery)} | ${x(gql.clientUsPerDelivery, bare.clientUsPerDelivery)} |`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
