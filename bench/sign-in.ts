// Sign-in benchmark (run on demand: `npm run bench:sign-in -- [calls] [gapMs]`): the CPU it costs
// to turn a request's bearer token into a Viewer — the `authenticate` call every HTTP request and
// every subscribe makes (context.ts; a WebSocket's connection_init always reads the database) —
// for a session token and an API token, when a client's requests come one every gapMs (a
// person's browser, a polling integration) and back to back (a busy client). BCN Hub runs in this process on a throwaway embedded PostgreSQL with the demo
// data, its event hub following the log as in production; each call is timed by this process's
// CPU counter (process.cpuUsage, microseconds) from just before to just after it.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../server/src/clock.js';
import { loadConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { startEmbeddedPostgres } from '../server/src/db/embedded.js';
import { seed } from '../server/src/db/seed/index.js';
import { createLogger } from '../server/src/logger.js';
import { authenticate } from '../server/src/modules/auth/auth.service.js';
import { createServer } from '../server/src/server.js';
import { freePort } from '../test/helpers/processes.js';
import { httpClient } from '../test/helpers/http-client.js';

const CALLS = Number(process.argv[2] ?? 200);
const GAP_MS = Number(process.argv[3] ?? 250);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bcn' });
  const config = loadConfig({ ...process.env, DATABASE_URL: pg.url, PORT: String(await freePort()), HOST: '127.0.0.1', SEED_DEMO: 'true', LOG_LEVEL: 'warn', REDIS_URL: '' });
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  await seed(db.orm.em.fork() as EntityManager, { demo: true, clock: systemClock });
  const server = await createServer({ orm: db.orm, clock: systemClock, config, logger });
  try {
    const api = httpClient(server.url);
    const session = await api.login('secretariat@apo.demo');
    const created = await api.gql(`mutation { createApiToken(input: { name: "bench" }) { token } }`, {}, session);
    // No token: what a call costs that looks nothing up, measured the same way (the floor).
    const tokens = { 'none (anonymous)': null, 'session token': session, 'API token': created.data.createApiToken.token as string };

    /** CALLS sign-ins of `token`, `gap` ms apart; the CPU µs of each. */
    const run = async (token: string | null, gap: number) => {
      const costs: number[] = [];
      for (let i = 0; i < CALLS; i++) {
        if (gap > 0) await sleep(gap);
        const em = db.orm.em.fork() as EntityManager;
        const before = cpuUs();
        await authenticate(em, systemClock, token);
        costs.push(cpuUs() - before);
      }
      return costs;
    };
    for (const token of Object.values(tokens)) await run(token, 0); // warm-up: JIT, pool
    console.log(`sign-in: ${CALLS} calls per row (${os.cpus().length} cores, load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')})`);
    console.log('| credential | requests | CPU ms per sign-in: median | mean | p90 | calls over 1 ms (a database lookup) |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, token] of Object.entries(tokens)) {
      for (const gap of [GAP_MS, 0]) {
        const costs = (await run(token, gap)).map((us) => us / 1000);
        const p90 = [...costs].sort((a, b) => a - b)[Math.floor(costs.length * 0.9)];
        const when = gap ? `one every ${gap} ms` : 'back to back';
        const slow = costs.filter((ms) => ms > 1).length;
        console.log(`| ${name} | ${when} | ${median(costs).toFixed(3)} | **${mean(costs).toFixed(3)}** | ${p90.toFixed(3)} | ${slow} |`);
      }
    }
  } finally {
    await server.stop();
    await db.close();
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
// Whatever the in-process server left behind (pool, timers) must not keep the benchmark alive.
process.exit(0);
