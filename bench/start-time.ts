// Start-time benchmark (`npm run bench:start -- [runs]`): how long `npm start` takes until
// /healthz answers, on an existing data directory (the embedded PostgreSQL already initialized and
// seeded by a first start, which is not counted) and with the client already built.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from '../test/helpers/processes.js';

const RUNS = Number(process.argv[2] ?? 3);

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** `npm start` until /healthz answers; returns the milliseconds it took, then stops it with SIGTERM. */
async function timeStart(dataDir: string): Promise<number> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const started = performance.now();
  // Its own process group, so that SIGTERM reaches npm and the server under it.
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const elapsed = performance.now() - started;
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  return elapsed;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-start-'));
try {
  console.log(`First start (initializes and seeds ${dataDir}, builds the client if needed; not counted): ${(await timeStart(dataDir)).toFixed(0)} ms`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(await timeStart(dataDir));
    console.log(`  npm start → /healthz: ${times[i].toFixed(0)} ms`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`Median of ${RUNS}: ${sorted[Math.floor(RUNS / 2)].toFixed(0)} ms (load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores)`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
