// What the process shares with every request and with the realtime layer. Defined below both
// the request context (context.ts) and realtime/, so that neither imports the other.
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Orm } from './db/orm.js';
import type { Metrics } from './metrics/index.js';

export type AppDeps = {
  orm: Orm;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** This instance's metrics; createServer makes them when the caller did not (metrics/). */
  metrics?: Metrics;
};
