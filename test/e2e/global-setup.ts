// Once per e2e run: build the client, make a fresh database (the machine's PostgreSQL, or an
// embedded one when it is not there), start the real server with demo data on a free port.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded.js';
import { adminQuery } from '../helpers/global-setup.js';
import { freePort } from '../helpers/processes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The e2e database, for tests that start (and restart) a server process of their own. */
    databaseUrl: string;
    /** Where the server writes each mail as an .eml file (no SMTP_URL: $DATA_DIR/mail). */
    mailDir: string;
  }
}

const MACHINE_PG = process.env.E2E_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function setup(project: TestProject) {
  execFileSync('npm', ['run', 'build:client'], { stdio: 'inherit' });
  const db = await freshDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Mail is written under DATA_DIR/mail (no SMTP_URL), with links to this server: tests open them.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-e2e-data-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: db.url, SEED_DEMO: 'true', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development', WEBHOOK_ALLOW_PRIVATE: 'true', DATA_DIR: dataDir, PUBLIC_URL: baseUrl },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitForReady(baseUrl, server);
  } catch (e) {
    server.kill('SIGTERM');
    await db.drop();
    throw e;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', db.url);
  project.provide('mailDir', path.join(dataDir, 'mail'));

  return async () => {
    await stop(server);
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

type FreshDatabase = { url: string; drop(): Promise<void> };

async function freshDatabase(): Promise<FreshDatabase> {
  const name = `bcn_e2e_${process.pid}_${Date.now()}`;
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl = MACHINE_PG;
  if (!(await reachable(adminUrl))) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-e2e-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir, port: 56000 + Math.floor(Math.random() * 3000), database: 'postgres' });
    adminUrl = embedded.adminUrl;
  }
  await adminQuery(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await adminQuery(adminUrl, `drop database if exists "${name}" with (force)`).catch(() => {});
      await embedded?.stop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function reachable(url: string): Promise<boolean> {
  try {
    await adminQuery(url, 'select 1');
    return true;
  } catch {
    return false;
  }
}

async function waitForReady(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not become ready in time');
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
