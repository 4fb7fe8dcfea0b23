// Everything the query benchmark runs against: its bench dependencies, the data set, BCN Hub
// (a real server process, as in production), PostGraphile and the write floor, and credentials.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, startServerProcess, type ServerProcess } from '../../test/helpers/processes.js';
import { until } from '../../test/helpers/live-client.js';
import { httpClient, type HttpClient } from '../../test/helpers/http-client.js';

// The benchmark's own tools live in bench/tools with their own node_modules: a node_modules in
// bench/ itself would also be found first by bench/fanout.ts (PostGraphile brings an older `ws`).
const TOOLS_DIR = fileURLToPath(new URL('../tools', import.meta.url));
const REPO_DIR = fileURLToPath(new URL('../..', import.meta.url));
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** `npm ci` in bench/tools when its node_modules is missing or older than its lock file. */
export function ensureBenchDeps(): void {
  const installed = path.join(TOOLS_DIR, 'node_modules', '.package-lock.json');
  const lock = path.join(TOOLS_DIR, 'package-lock.json');
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('Installing the benchmark tools (bench/tools/package.json: postgraphile, autocannon)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: TOOLS_DIR, stdio: 'inherit' });
}

export async function runSqlFile(url: string, file: string): Promise<void> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(fs.readFileSync(here(file), 'utf8'));
  } finally {
    await db.end();
  }
}

export async function sql<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query(text, values)).rows as T[];
  } finally {
    await db.end();
  }
}

export type Peer = HttpClient & { url: string; pid: number; stop(): Promise<void> };

/** A helper server process (PostGraphile, the write floor) that prints `listening` when ready. */
export async function startPeer(args: string[], databaseUrl: string, cwd: string): Promise<Peer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await until(() => out.includes('listening') || child.exitCode !== null, 60_000, () => out);
  if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited:\n${out}`);
  const url = `http://127.0.0.1:${port}`;
  return {
    ...httpClient(url),
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export function startPostgraphile(databaseUrl: string): Promise<Peer> {
  return startPeer(['postgraphile-server.mjs'], databaseUrl, TOOLS_DIR);
}

export function startWriteFloor(databaseUrl: string): Promise<Peer> {
  return startPeer(['--import', 'tsx', here('write-floor.ts')], databaseUrl, REPO_DIR);
}

/** BCN Hub in production mode, demo data seeded, no cost budget in the way of the load, no idle poll. */
export function startBcnHub(databaseUrl: string): Promise<ServerProcess> {
  return startServerProcess(databaseUrl, {
    SEED_DEMO: 'true',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    API_COST_BUDGET: String(1e12),
    // The sign-in figure compares Q3 with a token to Q3 anonymous: both must run unthrottled.
    ANONYMOUS_COST_BUDGET: String(1e12),
    // The hub's safety-net poll would add its statements to the counts (NOTIFY still wakes it).
    REALTIME_POLL_MS: String(3_600_000),
  }, 300_000);
}

export type Credentials = { apiToken: string; npSession: string };

/** A Secretariat API token for the reads (external tools pull lists with tokens); a person for postMessage. */
export async function credentials(bcn: HttpClient): Promise<Credentials> {
  const secretariat = await bcn.login('secretariat@apo.demo');
  const r = await bcn.gql(`mutation { createApiToken(input: { name: "Benchmark" }) { token } }`, {}, secretariat);
  if (!r.data?.createApiToken) throw new Error(`createApiToken failed: ${JSON.stringify(r.errors)}`);
  return { apiToken: r.data.createApiToken.token, npSession: await bcn.login('np@npo.demo') };
}

/** The pairing with 5 bench threads (Q2) and the demo NP→JP planning thread (Q4). */
export async function subjects(url: string): Promise<{ pairingId: string; threadId: string }> {
  const [q2] = await sql<{ id: string }>(url, `select pairing_id as id from thread where title like 'Bench planning %' group by 1 having count(*) = 5`);
  const [q4] = await sql<{ id: string }>(
    url,
    `select t.id from thread t join pairing p on p.id = t.pairing_id
       join organization s on s.id = p.sending_organization_id join economy se on se.id = s.economy_id
       join organization h on h.id = p.host_organization_id join economy he on he.id = h.economy_id
      where se.code = 'NP' and he.code = 'JP' and t.follow_up_id is null order by t.created_at limit 1`,
  );
  if (!q2 || !q4) throw new Error('The data set has no Q2 pairing or no NP→JP thread');
  return { pairingId: q2.id, threadId: q4.id };
}
