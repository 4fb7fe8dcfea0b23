// Once per `npm test`: a PostgreSQL (embedded, or TEST_DATABASE_URL) and a template database
// holding the migrated schema and the reference data only (economies, NPOs, the Secretariat).
// Every test file then clones the template (CREATE DATABASE … TEMPLATE), which takes
// milliseconds, and builds the people and records it needs with the factories.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded.js';
import { initORM, migrate } from '../../server/src/db/orm.js';
import { migrateJobSchema } from '../../server/src/jobs/engine.js';
import { seed } from '../../server/src/db/seed/index.js';
import { systemClock } from '../../server/src/clock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-test-pg-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    embedded = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' });
    adminUrl = embedded.adminUrl;
  }
  const templateDatabase = `bcn_template_${process.pid}_${Date.now()}`;
  await adminQuery(adminUrl, `create database "${templateDatabase}"`);
  const orm = await initORM(withDatabase(adminUrl, templateDatabase));
  await migrate(orm);
  // The job queue's schema too, so that each clone's first server start does not spend a second on it.
  await migrateJobSchema(withDatabase(adminUrl, templateDatabase));
  await seed(orm.em.fork(), { demo: false, clock: systemClock });
  await orm.close(true);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await adminQuery(adminUrl, `drop database if exists "${templateDatabase}" with (force)`).catch(() => {});
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
