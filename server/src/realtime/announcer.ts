// How one instance learns that events were committed, possibly by another instance:
// PostgreSQL LISTEN/NOTIFY by default, Redis pub/sub when REDIS_URL is set. Either is only a
// wake-up: the hub then reads the event table by id, and polls it slowly in case a wake-up
// was lost (a listener that was disconnected never gets the NOTIFY it missed).
import type { AppDeps } from '../deps.js';
import { PgListener } from './pg-listener.js';
import { RedisAnnouncer } from './redis-announcer.js';

export interface Announcer {
  readonly kind: 'postgres' | 'redis';
  /**
   * Since when (performance.now()) this announcer has been connected without a break, so that
   * every commit since then, by any instance, wakes this one; null while it is not connected.
   */
  readonly liveSince: number | null;
  /** `wake` is called for each announcement and after every (re)connection. */
  start(wake: () => void): Promise<void>;
  stop(): Promise<void>;
}

export function createAnnouncer(deps: AppDeps): Announcer {
  if (deps.config.redisUrl) return new RedisAnnouncer(deps.orm, deps.config.redisUrl, deps.logger);
  return new PgListener(String(deps.orm.config.get('clientUrl')), deps.logger);
}

/** Exponential backoff for reconnecting: 250 ms doubling up to 5 s. */
export function backoffMs(attempt: number): number {
  return Math.min(5_000, 250 * 2 ** Math.min(attempt, 5));
}
