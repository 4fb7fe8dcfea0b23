// One initORM(options) for the server, the CLI scripts and the tests (which pass overrides).
import { DataloaderType, MikroORM, ReflectMetadataProvider, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

export function ormOptions(clientUrl: string, logger?: Logger, overrides: Options = {}): Options {
  return {
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    // Batches Reference/Collection loads of nested GraphQL fields into one query per level.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    // A failing idle connection (database restarted) is dropped, not kept; min 0 so none idle on purpose.
    pool: { min: 0, max: 10, idleTimeoutMillis: 10_000 },
    allowGlobalContext: false,
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'mikro_orm_migrations',
    },
    // graphile-worker's own schema (server/src/jobs) is migrated by graphile-worker, never by us.
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    debug: !!process.env.ORM_DEBUG,
    logger: (message) => logger?.debug({ module: 'orm' }, message),
    ...overrides,
  };
}

export async function initORM(clientUrl: string, logger?: Logger, overrides: Options = {}): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, logger, overrides));
}

export async function migrate(orm: Orm): Promise<void> {
  await orm.getMigrator().up();
}
