// Starts a real BCN Hub server (HTTP + WebSocket) on a free port over the file's own
// database, with a clock the test controls. Requests go over the network, never in-process.
import { TestClock } from '../../server/src/clock.js';
import { loadConfig, type Config } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { createServer, type RunningServer } from '../../server/src/server.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export type GqlResult<T = any> = { data?: T; errors?: Array<{ message: string; extensions?: Record<string, any> }>; extensions?: Record<string, any> };

export type TestApp = {
  url: string;
  db: TestDatabase;
  clock: TestClock;
  server: RunningServer;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  login(email: string, password?: string): Promise<string>;
  stop(): Promise<void>;
};

export async function startTestApp(
  overrides: Partial<Config> = {},
  opts: { onQuery?: (sql: string) => void } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(opts);
  const clock = new TestClock();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }, { port: 0, host: '127.0.0.1', clientDir: '/nonexistent', ...overrides });
  const logger = createLogger(config.logLevel);
  const server = await createServer({ orm: db.orm, clock, config, logger });
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string | null) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult;
  };
  return {
    url: server.url,
    db,
    clock,
    server,
    gql,
    async login(email, password = 'bcn-demo') {
      const r = await gql(`mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }`, { e: email, p: password });
      if (!r.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    async stop() {
      await server.stop();
      await db.drop();
    },
  };
}

/** The error code of the first error, for compact assertions. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
