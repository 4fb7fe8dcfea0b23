// LISTEN bcn_events on a dedicated connection (not the pool: a pooled connection is returned
// and its LISTEN lost). Errors and PostgreSQL restarts never crash the process: the client is
// dropped and a new one connects with backoff; every (re)connection wakes the hub, which then
// catches up from the table whatever NOTIFYs were missed meanwhile.
import pg from 'pg';
import { EVENTS_CHANNEL } from '../events/index.js';
import type { Logger } from '../logger.js';
import { backoffMs, type Announcer } from './announcer.js';

export class PgListener implements Announcer {
  readonly kind = 'postgres' as const;
  private client: pg.Client | null = null;
  private stopped = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private wake: () => void = () => {};
  liveSince: number | null = null;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  async start(wake: () => void): Promise<void> {
    this.wake = wake;
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    this.client = client;
    let failed = false;
    const fail = (err?: unknown) => {
      if (failed) return;
      failed = true;
      this.liveSince = null;
      if (!this.stopped) this.logger.warn({ err: err ? String(err) : undefined, module: 'realtime' }, 'LISTEN connection lost; reconnecting');
      client.removeAllListeners('notification');
      client.end().catch(() => {});
      if (this.client === client) this.client = null;
      this.scheduleReconnect();
    };
    client.on('error', fail);
    client.on('end', () => fail());
    client.on('notification', () => {
      this.logger.debug({ module: 'realtime' }, 'NOTIFY received');
      this.wake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      if (!failed && !this.stopped) this.liveSince = performance.now();
      this.attempt = 0;
      this.logger.debug({ module: 'realtime' }, 'listening for events');
      this.wake(); // events committed while we were not listening
    } catch (err) {
      fail(err);
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    const delay = backoffMs(this.attempt++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.liveSince = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('end');
      client.removeAllListeners('notification');
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  }
}
