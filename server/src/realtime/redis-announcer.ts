// Redis pub/sub announcements (REDIS_URL set). Each instance publishes the last event id of a
// transaction that wrote events right after it commits (a MikroORM afterTransactionCommit
// subscriber asking wroteEvents(tx)), and subscribes to the channel to wake its hub. An instance that dies between
// commit and publish loses only the wake-up: the hubs' slow poll still finds the event.
import { Redis } from 'ioredis';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EVENTS_CHANNEL, wroteEvents } from '../events/index.js';
import type { Logger } from '../logger.js';
import type { Orm } from '../db/orm.js';
import type { Announcer } from './announcer.js';

export class RedisAnnouncer implements Announcer {
  readonly kind = 'redis' as const;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private stopped = false;
  // Since when each connection has been ready without a break (null while it is not).
  private readonly readySince = new Map<Redis, number | null>();

  constructor(
    private readonly orm: Orm,
    url: string,
    private readonly logger: Logger,
  ) {
    const opts = { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false };
    this.pub = new Redis(url, opts);
    this.sub = new Redis(url, { ...opts, maxRetriesPerRequest: null, enableOfflineQueue: true });
    const warn = (err: unknown) => {
      if (!this.stopped) this.logger.warn({ err: String(err), module: 'realtime' }, 'Redis connection error');
    };
    this.pub.on('error', warn);
    this.sub.on('error', warn);
    for (const conn of [this.pub, this.sub]) {
      this.readySince.set(conn, null);
      conn.on('ready', () => this.readySince.set(conn, performance.now()));
      conn.on('close', () => this.readySince.set(conn, null));
    }
  }

  /** Both connections ready: the subscriber hears every announcement, the publisher can make them. */
  get liveSince(): number | null {
    const pub = this.readySince.get(this.pub) ?? null;
    const sub = this.readySince.get(this.sub) ?? null;
    return this.stopped || pub === null || sub === null ? null : Math.max(pub, sub);
  }

  async start(wake: () => void): Promise<void> {
    this.sub.on('message', () => wake());
    // ioredis reconnects and re-subscribes by itself; each time, catch up from the table.
    this.sub.on('ready', () => wake());
    // Redis being away at start is not fatal: ioredis keeps reconnecting (and subscribes once
    // connected, the command waits in the offline queue); meanwhile the hub's poll delivers.
    const warn = (err: unknown) => this.logger.warn({ err: String(err), module: 'realtime' }, 'Redis not reachable yet; retrying');
    await Promise.all([this.pub.connect().catch(warn), this.sub.connect().catch(warn)]);
    void this.sub.subscribe(EVENTS_CHANNEL).catch(warn);
    const publisher: EventSubscriber = {
      afterTransactionCommit: async (args: TransactionEventArgs) => {
        if (this.stopped) return;
        if (!wroteEvents(args.em as EntityManager)) return;
        // Only a wake-up: hubs read the table. Never fail the request: the commit already
        // happened, and the poll is the safety net.
        this.pub.publish(EVENTS_CHANNEL, 'new').catch((err) => this.logger.warn({ err: String(err), module: 'realtime' }, 'Redis publish failed'));
      },
    };
    this.orm.em.getEventManager().registerSubscriber(publisher);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.sub.removeAllListeners('message');
    await Promise.allSettled([this.sub.quit(), this.pub.quit()]);
    this.sub.disconnect();
    this.pub.disconnect();
  }
}
