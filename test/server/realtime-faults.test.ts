// Real-time under faults (issue 13), in NOTIFY and in Redis mode: two server processes on a
// PostgreSQL cluster of the test's own, instance B reaching it through a TCP proxy. Under keyed
// writes (real mutations) the database is restarted, the app's backends are terminated, B's link
// is slowed, and subscribers are signed out or revoked while they replay. Every check is a count:
// 0 acknowledged writes lost; per subscriber 0 events missing, 0 duplicated, 0 out of order,
// 0 partial payloads; and the right close codes (never 4401/4403 for a database fault).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveClient, until } from '../helpers/live-client.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { startServerProcess, type ServerProcess } from '../helpers/processes.js';
import { compareWithLog, resumingSubscriber, type ResumingSubscriber } from '../helpers/resuming-client.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { keyedWrites, openDuringOutage } from '../helpers/faults.js';

const ACTIVITY = `subscription($after: String) { activity(after: $after) { cursor id type actor { email } } }`;
const ENV = { REALTIME_POLL_MS: '500', API_COST_BUDGET: '100000000', LOG_LEVEL: 'error' };
const CLEAN = { missing: 0, duplicated: 0, outOfOrder: 0, extra: 0 };

let cluster: PgCluster;
let proxy: TcpProxy;
let redis: RedisServer;
let seeded = false;

beforeAll(async () => {
  cluster = await startPgCluster();
  proxy = await startTcpProxy(cluster.port);
  redis = await startRedisServer();
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await cluster?.stop();
  await redis?.stop();
});

const modes = [
  { mode: 'NOTIFY', env: () => ({ REDIS_URL: '' }) },
  { mode: 'Redis', env: () => ({ REDIS_URL: redis.url }) },
];

/** One mode's two servers, its sign-ins, and its subscribers (stopped after the mode's tests). */
type Mode = {
  a: ServerProcess;
  b: ServerProcess;
  secretariat: string;
  jpAdmin: string;
  /** The newest event before this mode's tests: subscribers and the log comparison start here. */
  start: string;
  subscribers: ResumingSubscriber[];
};

const latestId = async () => (await cluster.query(`select coalesce(max(id), 0)::text as id from activity_event`))[0].id as string;
const logAfter = async (after: string) => (await cluster.query(`select id::text from activity_event where id > $1 order by id`, [after])).map((r) => r.id as string);

/** Starts A (direct) and B (through the proxy) for a mode, and stops them and its subscribers after. */
function setUpMode(envOf: () => Record<string, string>): Mode {
  const m = { subscribers: [] as ResumingSubscriber[] } as Mode;
  beforeAll(async () => {
    const env = envOf();
    m.a = await startServerProcess(cluster.url, { ...ENV, ...env, SEED_DEMO: String(!seeded) });
    seeded = true;
    m.b = await startServerProcess(cluster.url.replace(`:${cluster.port}/`, `:${proxy.port}/`), { ...ENV, ...env });
    [m.secretariat, m.jpAdmin] = await Promise.all([m.a.login('secretariat@apo.demo'), m.a.login('jp@npo.demo')]);
    m.start = await latestId();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(m.subscribers.map((s) => s.stop()));
    await Promise.all([m.a?.stop(), m.b?.stop()]);
  });
  return m;
}

function subscribe(m: Mode, server: ServerProcess, after: string) {
  const s = resumingSubscriber(server.wsUrl, m.secretariat, ACTIVITY, 'activity', after);
  m.subscribers.push(s);
  return s;
}

/** Every subscriber has the whole log after `after`: nothing missing, duplicated, out of order or partial. */
async function expectComplete(subs: ResumingSubscriber[], after: string) {
  const log = await logAfter(after);
  await until(() => subs.every((s) => s.cursors.length >= log.length), 60_000, () => `got ${subs.map((s) => s.cursors.length)} of ${log.length}`);
  for (const s of subs) {
    expect(compareWithLog(s.cursors, log)).toEqual(CLEAN);
    expect(s.failures).toHaveLength(0);
    expect(s.closeCodes.filter((c) => c === 4401 || c === 4403)).toHaveLength(0);
  }
}

async function expectAcknowledgedKept(keys: string[]) {
  const rows = await cluster.query(`select distinct name from api_token where name = any($1)`, [keys]);
  expect(rows.length).toBe(keys.length);
}

/** Database restart, terminated backends, slow link: no acknowledged write or event lost. */
function databaseFaultTests(m: Mode) {
  it('loses nothing when the database restarts under 200 keyed writes; sockets opened meanwhile get 1013', async () => {
    const subs = [subscribe(m, m.a, m.start), subscribe(m, m.b, m.start)];
    const writes = keyedWrites([m.a, m.b], m.jpAdmin, 200, 'restart');
    await until(() => writes.acknowledged.length >= 40, 60_000, () => 'no writes acknowledged');
    await cluster.stopServer();
    const codes = await openDuringOutage([m.a, m.b], m.secretariat);
    await cluster.startServer();
    await writes.done;
    expect(codes).toEqual([1013, 1013]);
    await expectAcknowledgedKept(writes.acknowledged);
    expect(writes.acknowledged).toHaveLength(200);
    await expectComplete(subs, m.start);
  }, 180_000);

  it('loses nothing when the app\'s database connections are terminated mid-load', async () => {
    const from = await latestId();
    const subs = [subscribe(m, m.a, from), subscribe(m, m.b, from)];
    const writes = keyedWrites([m.a, m.b], m.jpAdmin, 100, 'terminate');
    for (const n of [20, 50, 80]) {
      await until(() => writes.acknowledged.length >= n, 60_000, () => `${writes.acknowledged.length} writes acknowledged`);
      const killed = await cluster.query(`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = 'bcn' and pid <> pg_backend_pid()`);
      expect(killed[0].n).toBeGreaterThan(0);
    }
    await writes.done;
    await expectAcknowledgedKept(writes.acknowledged);
    await expectComplete(subs, from);
  }, 180_000);

  it('loses nothing and keeps order while B\'s database link is slow', async () => {
    const from = await latestId();
    const subs = [subscribe(m, m.a, from), subscribe(m, m.b, from)];
    proxy.delayMs = 200;
    try {
      const slow = keyedWrites([m.b], m.jpAdmin, 6, 'slow');
      const fast = keyedWrites([m.a], m.jpAdmin, 30, 'fast');
      await Promise.all([slow.done, fast.done]);
      await expectAcknowledgedKept([...slow.acknowledged, ...fast.acknowledged]);
    } finally {
      proxy.delayMs = 0;
    }
    await expectComplete(subs, from);
  }, 180_000);
}

/** Signing out or revoking the token ends a replay at once. */
function replayEndTests(m: Mode) {
  it.each([
    ['signing out', 'session'],
    ['revoking the API token', 'apiToken'],
  ])('stops a replay at once when %s (4401, fewer than 100 events after it)', async (_what, kind) => {
    const backlog = (await logAfter(m.start)).length;
    expect(backlog).toBeGreaterThanOrEqual(300);
    const created = kind === 'apiToken' ? await m.a.gql(`mutation { createApiToken(input: { name: "replay" }) { token apiToken { id } } }`, {}, m.secretariat) : null;
    const token = created ? created.data.createApiToken.token : await m.a.login('secretariat@apo.demo');
    const client = liveClient(m.b.wsUrl, token);
    const sub = client.subscribe(ACTIVITY, { after: m.start });
    try {
      await sub.waitFor(35);
      const end = created
        ? await m.a.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: created.data.createApiToken.apiToken.id }, m.secretariat)
        : await m.a.gql(`mutation { logout }`, {}, token);
      expect(end.errors).toBeUndefined();
      const atEnd = sub.results.length;
      expect(await client.closed()).toBe(4401);
      expect(sub.results.length - atEnd).toBeLessThan(100);
      expect(sub.results.length).toBeLessThan(backlog);
    } finally {
      await client.dispose();
    }
  }, 60_000);
}

describe.each(modes)('$mode mode', ({ env }) => {
  const m = setUpMode(env);
  databaseFaultTests(m);
  replayEndTests(m);
});
