// Starts a real BCN Hub server (HTTP + WebSocket) on a free port over the file's own
// database, with a clock the test controls. Requests go over the network, never in-process.
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TestClock } from '../../server/src/clock.js';
import { loadConfig, type Config } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { initORM } from '../../server/src/db/orm.js';
import { seed } from '../../server/src/db/seed/index.js';
import { SECRETARIAT_EMAIL } from '../../server/src/db/seed/demo-users.js';
import { createServer, type RunningServer } from '../../server/src/server.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { demoOrgCodeOf, demoUser } from './factories/users.js';
import { httpClient, type GqlResult, type HttpClient } from './http-client.js';

export type { GqlResult };

/** Mail without SMTP_URL is written under DATA_DIR/mail: kept out of the worktree's .data. */
const TEST_DATA_DIR = path.join(os.tmpdir(), 'bcn-test-data');

export type TestApp = HttpClient & {
  url: string;
  db: TestDatabase;
  clock: TestClock;
  server: RunningServer;
  stop(): Promise<void>;
};

// No periodic reminder and digest pass (MAIL_SCHEDULE=off): its output depends on the clock, and the
// tests that need one run it themselves (test/helpers/factories/mail.ts, runMailSchedule).
const testConfig = (overrides: Partial<Config>): Config =>
  loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', MAIL_SCHEDULE: 'off' }, { port: 0, host: '127.0.0.1', clientDir: '/nonexistent', dataDir: TEST_DATA_DIR, ...overrides });

export async function startTestApp(
  overrides: Partial<Config> = {},
  opts: { onQuery?: (sql: string) => void } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(opts);
  const clock = new TestClock();
  const config = testConfig(overrides);
  const logger = createLogger(config.logLevel);
  const server = await createServer({ orm: db.orm, clock, config, logger });
  const http = httpClient(server.url);
  return {
    url: server.url,
    db,
    clock,
    server,
    gql: http.gql,
    /** Signs in; a demo sign-in (`jp@npo.demo` …) is created on first use (the template has no users). */
    async login(email, password) {
      if (demoOrgCodeOf(email)) await demoUser({ db }, email);
      return http.login(email, password);
    },
    async stop() {
      await server.stop();
      await db.drop();
    },
  };
}

/**
 * A second instance on a test app's database and clock: its own ORM (connection pool), job runner
 * and realtime layer, as another process would have. For what several instances must share.
 */
export async function startSecondInstance(app: TestApp, overrides: Partial<Config> = {}): Promise<RunningServer> {
  const orm = await initORM(app.db.url);
  const config = testConfig(overrides);
  const server = await createServer({ orm, clock: app.clock, config, logger: createLogger(config.logLevel) });
  return { ...server, stop: () => server.stop().finally(() => orm.close(true)) };
}

/**
 * Two instances on one new database with the same settings (the test app and a second instance
 * of it), for what they must share; the app's `stop` stops the second instance first.
 */
export async function startTwoInstances(overrides: Partial<Config>): Promise<{ app: TestApp; second: RunningServer }> {
  const app = await startTestApp(overrides);
  const second = await startSecondInstance(app, overrides).catch(async (e) => {
    await app.stop();
    throw e;
  });
  return { app: { ...app, stop: () => second.stop().finally(() => app.stop()) }, second };
}

/**
 * A test app whose database holds the demo data, seeded as a first start with SEED_DEMO does, and
 * the Secretariat signed in: the files that test the demo data read it as the Secretariat.
 */
export async function startDemoApp(): Promise<{ app: TestApp; sec: string }> {
  const app = await startTestApp();
  await seed(app.db.orm.em.fork() as EntityManager, { demo: true, clock: app.clock });
  return { app, sec: await app.login(SECRETARIAT_EMAIL) };
}

export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
