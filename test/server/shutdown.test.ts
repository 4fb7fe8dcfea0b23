// The real server process: `npm start`'s entry point on an embedded PostgreSQL, stopped with
// SIGTERM while a request is in flight.
import { spawn, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-shutdown-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const postgresProcessesOf = (dir: string) =>
  execSync('ps -eo args', { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dir) && /postgres/.test(line));

it('finishes an in-flight request on SIGTERM, then exits and leaves no postgres behind', async () => {
  const port = 41000 + Math.floor(Math.random() * 2000);
  const pgPort = 56000 + Math.floor(Math.random() * 2000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    // NODE_ENV as under `npm start` (vitest sets it to test, which changes Apollo's signal handling).
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', DATABASE_URL: '', SEED_DEMO: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = once(child, 'exit');
  await waitFor(() => output.includes('BCN Hub'), () => output);
  expect(postgresProcessesOf(dataDir).length).toBeGreaterThan(0);

  const url = `http://127.0.0.1:${port}/graphql`;
  const gql = async (query: string, token?: string): Promise<any> =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) })).json();
  const login = await gql(`mutation { login(email: "jp-member@npo.demo", password: "bcn-demo") { token } }`);
  const token = login.data.login.token as string;

  // Hold a row lock so that the request below is still running when SIGTERM arrives.
  const locker = new pg.Client({ connectionString: `postgres://postgres:bcn-embedded@127.0.0.1:${pgPort}/bcn` });
  locker.on('error', () => {}); // the server stops PostgreSQL at the end
  await locker.connect();
  await locker.query('begin');
  await locker.query(`select 1 from app_user where email = 'jp-member@npo.demo' for update`);

  let settled = false;
  const inFlight = gql(`mutation { changePassword(input: { currentPassword: "bcn-demo", newPassword: "a-new-password" }) }`, token).finally(() => (settled = true));
  await waitFor(async () => (await locker.query(`select count(*)::int as n from pg_locks where not granted`)).rows[0].n > 0, () => 'request never reached the database');

  child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  expect(settled).toBe(false);
  await locker.query('commit');
  await locker.end();

  expect((await inFlight).data).toEqual({ changePassword: true });
  const [code] = await exited;
  expect(code).toBe(0);
  expect(postgresProcessesOf(dataDir)).toEqual([]);
}, 60_000);

async function waitFor(check: () => boolean | Promise<boolean>, describe: () => string, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
