// Starts BCN Hub: config, database (embedded PostgreSQL unless DATABASE_URL), migrations,
// seed, then HTTP + WebSocket. SIGTERM/SIGINT finish in-flight work and stop everything.
import 'reflect-metadata';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { systemClock } from './clock.js';
import { openDatabase, type Database } from './db/database.js';
import { seed } from './db/seed/index.js';
import { DEMO_PASSWORD, SECRETARIAT_EMAIL } from './db/seed/demo-users.js';
import { createServer } from './server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

let db: Database | undefined;
let server: Awaited<ReturnType<typeof createServer>> | undefined;
let stopping = false;

// Registered before anything starts: a SIGTERM that arrives while the database opens, or right
// after the banner is printed (a supervisor reading it may signal at once), still stops cleanly
// and never leaves an embedded PostgreSQL behind.
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 15_000).unref();
  try {
    await server?.stop();
    await db?.close();
  } catch (err) {
    logger.error({ err }, 'error during shutdown');
    process.exitCode = 1;
  }
  clearTimeout(force);
  logger.info('stopped');
}

async function main() {
  db = await openDatabase(config, logger);
  if (stopping) return db.close();
  await seed(db.orm.em.fork(), { demo: config.seedDemo, clock: systemClock });
  if (stopping) return db.close();
  server = await createServer({ orm: db.orm, clock: systemClock, config, logger });
  if (stopping) return shutdownAfterLateSignal();
  logger.info({ url: server.url, embeddedDatabase: db.embedded }, 'BCN Hub is running');
  printWelcome(server.url, config.seedDemo);
}

/** A signal came while the server was being created: shutdown() ran before there was one. */
async function shutdownAfterLateSignal() {
  await server?.stop();
  await db?.close();
}

function printWelcome(url: string, demo: boolean) {
  const lines = [
    '',
    `  BCN Hub            ${url}/`,
    `  GraphQL (HTTP+WS)  ${url}/graphql`,
    `  GraphiQL           ${url}/graphiql`,
  ];
  if (demo) {
    lines.push(
      '',
      `  Demo sign-ins (password "${DEMO_PASSWORD}"):`,
      `    ${SECRETARIAT_EMAIL}              APO Secretariat`,
      '    jp@npo.demo, jp-member@npo.demo       Japan Productivity Center (admin, member)',
      '    <code>@npo.demo, <code>-member@npo.demo  any NPO by economy code, e.g. np@npo.demo',
    );
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch(async (err) => {
  logger.fatal({ err }, 'BCN Hub failed to start');
  // Never leave an embedded PostgreSQL running behind a failed start.
  await db?.close().catch(() => {});
  process.exit(1);
});
