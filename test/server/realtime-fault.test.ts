// Faults under load, on a PostgreSQL of the test's own (so that restarting it disturbs no one):
// the database restarts while mutations and a subscription run, and the server's connections
// are killed with pg_terminate_backend. The server recovers by itself, loses no acknowledged
// mutation, and the subscriber catches up with no gap and no duplicate.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded.js';
import { liveClient, until, type LiveClient, type LiveSubscription } from '../helpers/live-client.js';
import { freePort, startServerProcess, type ServerProcess } from '../helpers/processes.js';
import { ACTIVITY, createUserVia, latestCursor } from '../helpers/factories/realtime.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-realtime-fault-'));
let pgPort: number;
let database: EmbeddedDatabase;
let server: ServerProcess;
let secretariat: string;
let jpAdmin: string;
let client: LiveClient;
let sub: LiveSubscription;
let after: string | null;

const startPg = () => startEmbeddedPostgres({ dataDir, port: pgPort, database: 'bcn' });

beforeAll(async () => {
  pgPort = await freePort();
  database = await startPg();
  server = await startServerProcess(database.url, { SEED_DEMO: 'true', REALTIME_POLL_MS: '1000' });
  [secretariat, jpAdmin] = await Promise.all([server.login('secretariat@apo.demo'), server.login('jp@npo.demo')]);
  after = await latestCursor(server.gql, secretariat);
  client = liveClient(server.wsUrl, secretariat);
  sub = client.subscribe(ACTIVITY, { after });
}, 120_000);

afterAll(async () => {
  await client?.dispose().catch(() => {});
  await server?.stop();
  await database?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function eventIdsInTable(): Promise<string[]> {
  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  try {
    const r = await c.query(`select id::text from activity_event where id > $1 order by id`, [after ?? '0']);
    return r.rows.map((row) => row.id);
  } finally {
    await c.end();
  }
}

/** Creates users until stopped; returns the ids the server acknowledged. Failures are expected while the database is away. */
function writeContinuously() {
  const acknowledged: string[] = [];
  let stop = false;
  const done = (async () => {
    while (!stop) {
      try {
        acknowledged.push(await createUserVia(server.gql, jpAdmin, 'fault'));
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  })();
  return { acknowledged, stop: async () => ((stop = true), await done) };
}

async function expectNoGap() {
  const inTable = await eventIdsInTable();
  await until(() => sub.results.length >= inTable.length, 30_000, () => `received ${sub.results.length} of ${inTable.length}`);
  expect(sub.results.map((r) => r.data.activity.id)).toEqual(inTable);
}

it('recovers from a PostgreSQL restart during mutations and a subscription: nothing acknowledged is lost, no gap', async () => {
  const writer = writeContinuously();
  await until(() => writer.acknowledged.length >= 3, 30_000, () => 'no mutation succeeded');

  await database.stop();
  await new Promise((r) => setTimeout(r, 1_000)); // mutations fail meanwhile
  database = await startPg();
  const atRestart = writer.acknowledged.length;
  await until(() => writer.acknowledged.length >= atRestart + 3, 60_000, () => 'the server did not recover');
  await writer.stop();

  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  const rows = await c.query(`select id from app_user where id = any($1::uuid[])`, [writer.acknowledged]);
  await c.end();
  expect(rows.rowCount).toBe(writer.acknowledged.length);
  await expectNoGap();
  expect(client.closeCodes).toEqual([]);
}, 120_000);

it('keeps serving and streaming after its database connections are terminated', async () => {
  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  await c.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = 'bcn' and pid <> pg_backend_pid()`);
  await c.end();

  const user = await createUserVia(server.gql, jpAdmin, 'after-terminate');
  await until(() => sub.results.some((r) => r.data.activity.subjectId === user), 30_000, () => 'event after terminate not received');
  await expectNoGap();
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  expect(server.child.exitCode).toBeNull();
}, 60_000);
