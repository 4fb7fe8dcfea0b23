// A throwaway PostgreSQL 15 cluster of the test's own (initdb + pg_ctl on a free port), so that
// a test may restart it or terminate its backends without disturbing anyone else.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './processes.js';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

export type PgCluster = {
  url: string;
  port: number;
  query<R extends pg.QueryResultRow = any>(sql: string, params?: unknown[]): Promise<R[]>;
  /** `pg_ctl restart -m fast`: every connection is cut, the server is back when it returns. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast` and `start`: the two halves of a restart, to act while it is down. */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  stop(): Promise<void>;
};

export const clusterAvailable = fs.existsSync(path.join(BIN, 'initdb'));

export async function startPgCluster(): Promise<PgCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-pg-'));
  const port = await freePort();
  // initdb refuses to run as root: as root (CI containers), the cluster runs as postgres.
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) {
    const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
    fs.chownSync(dir, await id('-u'), await id('-g'));
  }
  const pgExec = (bin: string, args: string[]) =>
    asPostgres ? run('runuser', ['-u', 'postgres', '--', path.join(BIN, bin), ...args]) : run(path.join(BIN, bin), args);
  await pgExec('initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const ctl = (...args: string[]) => pgExec('pg_ctl', ['-D', dir, '-o', opts, '-w', '-l', path.join(dir, 'log'), ...args]);
  await ctl('start');
  const url = `postgres://postgres@127.0.0.1:${port}/bcn`;
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('create database bcn');
  await admin.end();
  const query = async (sql: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows;
    } finally {
      await c.end();
    }
  };
  return {
    url,
    port,
    query,
    restart: async () => void (await ctl('restart', '-m', 'fast')),
    stopServer: async () => void (await ctl('stop', '-m', 'fast')),
    startServer: async () => void (await ctl('start')),
    stop: async () => {
      await ctl('stop', '-m', 'immediate').catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
