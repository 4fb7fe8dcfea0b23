// Opens the database the config names, or the embedded one, and brings its schema up to date.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded.js';
import { initORM, migrate, type Orm } from './orm.js';

export type Database = { orm: Orm; url: string; embedded: boolean; close(): Promise<void> };

export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'bcn', logger });
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
