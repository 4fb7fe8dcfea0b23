// A throwaway PostgreSQL cluster for the query benchmark, from the machine's PostgreSQL binaries,
// with pg_stat_statements loaded so that the SQL statements of each request can be counted.
// It lives in a temporary folder and is deleted on stop. PostgreSQL refuses to run as root, so as
// root the cluster belongs to the `postgres` user (runuser), as the machine's own cluster does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { freePort } from '../../test/helpers/processes.js';

export type Cluster = { url: string; port: number; stop(): Promise<void> };

const PG_BIN = process.env.BENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const DATABASE = 'bcn_bench';

function run(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args]] : [path.join(PG_BIN, bin), args];
  execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
}

export async function startCluster(): Promise<Cluster> {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) {
    throw new Error(`No PostgreSQL binaries in ${PG_BIN}: install postgresql (with contrib) or set BENCH_PG_BIN.`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-bench-pg-'));
  fs.chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c shared_preload_libraries=pg_stat_statements',
    '-c max_connections=200',
  ].join(' ');
  run('pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'log'), '-o', options, '-w', 'start']);
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const url = `postgres://postgres@127.0.0.1:${port}/${DATABASE}`;
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query('create extension pg_stat_statements');
  await db.end();
  return {
    url,
    port,
    async stop() {
      run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Counts the statements the database ran, minus what ran meanwhile with no request (timers, polls). */
export async function countStatements(url: string, n: number, send: () => Promise<void>): Promise<number> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const total = async () => {
    const r = await db.query(
      `select coalesce(sum(calls), 0)::int as n from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database()) and query not ilike '%pg_stat_statements%'`,
    );
    return r.rows[0].n as number;
  };
  try {
    await db.query('select pg_stat_statements_reset()');
    const started = performance.now();
    for (let i = 0; i < n; i++) await send();
    const elapsed = performance.now() - started;
    const busy = await total();
    if (process.env.BENCH_SHOW_SQL) await showStatements(db, n);
    await db.query('select pg_stat_statements_reset()');
    await new Promise((r) => setTimeout(r, elapsed));
    const idle = await total();
    return Math.max(0, busy - idle) / n;
  } finally {
    await db.end();
  }
}

/** With BENCH_SHOW_SQL set: what the counted requests ran, by statement, per request. */
async function showStatements(db: pg.Client, n: number): Promise<void> {
  const r = await db.query(
    `select calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database()) and query not ilike '%pg_stat_statements%'
      order by calls desc`,
  );
  for (const row of r.rows) console.log(`  ${(row.calls / n).toFixed(2).padStart(6)} × ${row.query}`);
}
