// Start-time benchmark (`npm run bench:start -- [runs]`): how long `npm start` takes until
// /healthz answers, on an existing data directory (the embedded PostgreSQL already initialized and
// seeded by a first start, which is not counted) and with the client already built.
// BENCH_START_COMMAND measures another command the same way, e.g. the former `npm start`:
// BENCH_START_COMMAND='npm run build:client -- --force && node --import tsx server/src/main.ts'.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from '../test/helpers/processes.js';
import { treeCpuMs } from './query/load.js';

const RUNS = Number(process.argv[2] ?? 3);
const COMMAND = process.env.BENCH_START_COMMAND ?? 'npm start --silent';

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

/**
 * `npm start` until /healthz answers, then SIGTERM. Returns the wall time, and the CPU time of
 * npm, the server and the embedded PostgreSQL until then: on a machine busy with other work the
 * wall time grows with the load, the CPU time does not.
 */
async function timeStart(dataDir: string): Promise<{ wall: number; cpu: number }> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const started = performance.now();
  // Its own process group, so that SIGTERM reaches npm and the server under it.
  const child = spawn(COMMAND, {
    shell: true,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`${COMMAND} exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const result = { wall: performance.now() - started, cpu: treeCpuMs(child.pid!) };
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  return result;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-start-'));
try {
  const first = await timeStart(dataDir);
  console.log(`First start (initializes and seeds ${dataDir}, builds the client if needed; not counted): ${first.wall.toFixed(0)} ms`);
  const runs: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await timeStart(dataDir));
    console.log(`  ${COMMAND} → /healthz: ${runs[i].wall.toFixed(0)} ms wall, ${runs[i].cpu} ms CPU`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `Median of ${RUNS}: ${median(runs.map((r) => r.wall)).toFixed(0)} ms wall, ${median(runs.map((r) => r.cpu))} ms CPU ` +
      `(load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores)`,
  );
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
