// 1,000 clients reconnect after a server restart (run on demand: `node --import tsx
// bench/reconnect.ts [clients]`). Instance A holds N resuming subscribers (the documented client
// behaviour: keep the last cursor, reconnect with capped jittered backoff, resubscribe with
// `after`). A is stopped (SIGTERM: sockets close with 1001), instance B keeps writing, A starts
// again on the same port. Prints how long after A is ready until every subscriber has every
// event, and the missing / duplicated / out-of-order counts over all subscribers.
import 'reflect-metadata';
import { until } from '../test/helpers/live-client.js';
import { startPgCluster } from '../test/helpers/pg-cluster.js';
import { startServerProcess } from '../test/helpers/processes.js';
import { compareWithLog, resumingSubscriber } from '../test/helpers/resuming-client.js';
import { keyedWrites } from '../test/helpers/faults.js';

const N = Number(process.argv[2] ?? 1000);
const ACTIVITY = `subscription($after: String) { activity(after: $after) { cursor } }`;
const env = { REALTIME_MAX_CONNECTIONS_PER_TOKEN: String(N + 10), API_COST_BUDGET: '100000000', LOG_LEVEL: 'error' };

const cluster = await startPgCluster();
let a = await startServerProcess(cluster.url, { ...env, SEED_DEMO: 'true' });
const b = await startServerProcess(cluster.url, env);
const port = a.port;
try {
  const [secretariat, jp] = await Promise.all([a.login('secretariat@apo.demo'), a.login('jp@npo.demo')]);
  const start = (await cluster.query(`select max(id)::text as id from activity_event`))[0].id as string;
  // Set-up: the subscribers connect 50 at a time (the storm to measure is the one after the restart).
  const subs: ReturnType<typeof resumingSubscriber>[] = [];
  while (subs.length < N) {
    const batch = Array.from({ length: Math.min(50, N - subs.length) }, () => resumingSubscriber(a.wsUrl, secretariat, ACTIVITY, 'activity', start));
    subs.push(...batch);
    await until(() => batch.every((s) => s.connections >= 1), 120_000, () => `close codes ${batch.flatMap((s) => s.closeCodes).join(',')}`);
  }
  await keyedWrites([b], jp, 20, 'before').done;
  await until(() => subs.every((s) => s.cursors.length >= 20), 120_000, () => 'not all got the first events');

  await a.stop();
  await keyedWrites([b], jp, 30, 'while-down').done;
  a = await startServerProcess(cluster.url, { ...env, PORT: String(port) });
  const ready = performance.now();
  const writesAfter = keyedWrites([b], jp, 10, 'after');
  await writesAfter.done;
  const log = (await cluster.query(`select id::text from activity_event where id > $1 order by id`, [start])).map((r) => r.id as string);
  await until(() => subs.every((s) => s.cursors.length >= log.length || s.ended), 300_000, () => `${subs.filter((s) => s.cursors.length >= log.length).length} of ${N} complete`);
  const allLive = performance.now() - ready;
  const totals = subs.map((s) => compareWithLog(s.cursors, log)).reduce((t, c) => ({ missing: t.missing + c.missing, duplicated: t.duplicated + c.duplicated, outOfOrder: t.outOfOrder + c.outOfOrder, extra: t.extra + c.extra }));
  const codes = new Map<number, number>();
  for (const s of subs) for (const c of s.closeCodes) codes.set(c, (codes.get(c) ?? 0) + 1);
  const ended = subs.filter((s) => s.ended).length;
  console.log(JSON.stringify({ clients: N, events: log.length, msUntilAllComplete: Math.round(allLive), endedForGood: ended, ...totals, closeCodes: Object.fromEntries(codes) }));
  await Promise.all(subs.map((s) => s.stop()));
} finally {
  await Promise.all([a.stop(), b.stop()]);
  await cluster.stop();
}
