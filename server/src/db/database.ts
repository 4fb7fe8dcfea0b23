// Opens the database the config names, or the embedded one, and brings its schema up to date.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded.js';
import { initORM, migrate, type Orm } from './orm.js';

export type Database = { orm: Orm; url: string; embedded: boolean; close(): Promise<void> };

export const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: EMBEDDED_PG_PORT, database: 'bcn', logger });
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const orm = await initORM(url, logger);
    await migrate(orm);
    return {
      orm,
      url,
      embedded: !!embedded,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
}
