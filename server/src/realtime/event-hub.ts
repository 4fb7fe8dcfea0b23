// One per process: follows the event table and fans new events out to this process's live
// subscriptions. A single reader loop reads `id > lastSeen order by id` whenever an announcer
// wakes it, and every POLL_MS anyway; reads never overlap, so subscribers see ids in order.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../deps.js';
import type { Announcer } from './announcer.js';
import { backoffMs } from './announcer.js';
import { latestEventId, readEventsAfter, type EventRow } from '../events/index.js';

export interface HubListener {
  /** Called in id order for every new event; must not throw or block. */
  push(event: EventRow): void;
}

/** Runs before each batch is fanned out (e.g. to close connections whose credentials ended). */
export type BeforeDispatch = (events: EventRow[]) => Promise<void>;

const BATCH = 500;

export class EventHub {
  private lastSeen: string | null = null;
  private readonly listeners = new Set<HubListener>();
  private reading = false;
  private again = false;
  private failures = 0;
  /** Since when (performance.now()) reads of the table have succeeded without a failure between; null after a failure. */
  private healthySince: number | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private beforeDispatch: BeforeDispatch = async () => {};
  private readonly dispatched = new Set<(events: EventRow[]) => void>();

  constructor(
    private readonly deps: AppDeps,
    private readonly announcer: Announcer,
  ) {}

  get announcerKind() {
    return this.announcer.kind;
  }

  /** The last event id this hub has fanned out; a new subscription without `after` starts here. */
  get position(): string | null {
    return this.lastSeen;
  }

  onBeforeDispatch(fn: BeforeDispatch): void {
    this.beforeDispatch = fn;
  }

  /**
   * Since when every commit, by any instance, has reached this hub within moments: the announcer
   * connected and every read since succeeded. Null while either is not so (the slow poll alone).
   */
  get followingSince(): number | null {
    const live = this.announcer.liveSince;
    if (this.stopped || live === null || this.healthySince === null) return null;
    return Math.max(live, this.healthySince);
  }

  async start(): Promise<void> {
    this.healthySince = performance.now();
    this.lastSeen = await latestEventId(this.em());
    await this.announcer.start(() => this.wake());
    this.pollTimer = setInterval(() => this.wake(), this.deps.config.realtime.pollMs);
    this.pollTimer.unref();
  }

  /** Observes each batch once it has been pushed to the listeners (metrics: lag, position). */
  onDispatched(fn: (events: EventRow[]) => void): void {
    this.dispatched.add(fn);
  }

  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Read new events now (coalesced: a wake during a read causes exactly one more read). */
  wake(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    void this.readLoop();
  }

  private async readLoop(): Promise<void> {
    this.reading = true;
    const startedAt = performance.now();
    try {
      do {
        this.again = false;
        // A wake that arrives during this read sets `again`: the read's snapshot may predate it.
        const batch = await readEventsAfter(this.em(), this.lastSeen, BATCH);
        if (batch.length === 0) continue;
        // Fails closed: when credentials cannot be checked, nothing is pushed; the read is retried.
        await this.beforeDispatch(batch);
        for (const event of batch) {
          this.lastSeen = event.id;
          for (const l of this.listeners) l.push(event);
        }
        for (const fn of this.dispatched) fn(batch);
        if (batch.length === BATCH) this.again = true;
      } while (this.again && !this.stopped);
      this.failures = 0;
      this.healthySince ??= startedAt;
    } catch (err) {
      this.healthySince = null;
      // The database is away (restart, network): try again with backoff; nothing is lost,
      // the next read starts from the last id fanned out.
      this.deps.logger.warn({ err: String(err), module: 'realtime' }, 'reading events failed; retrying');
      this.scheduleRetry();
    } finally {
      this.reading = false;
    }
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.wake();
    }, backoffMs(this.failures++));
    this.retryTimer.unref();
  }

  private em(): EntityManager {
    return this.deps.orm.em.fork() as EntityManager;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listeners.clear();
    await this.announcer.stop();
  }
}
