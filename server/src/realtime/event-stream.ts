// One subscription's stream of events: first the replay of what the client missed (read from
// the table, `id > after`), then live events from the hub — no gap, no duplicate, cursors
// strictly increasing (the bookkeeping is StreamQueue's). The hub listener is registered in the
// constructor, together with the starting position, and buffers live events while the replay
// runs. The credential behind the socket is checked before every replayed batch, and before any
// event, replayed or live, when the last check is older than CHECK_EVERY_MS: the hub checks
// every connection before it pushes a live batch, but a slow reader's events wait in the queue
// for as long as its socket stalls, and a sign-out or an expiry writes no event to wake the hub.
// The stream yields each event with the way to build its payload; delivery.ts builds it (with a
// fresh EntityManager, authorized again) once for all the subscribers who would get the same.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../deps.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { canSeeEvent, readEventsAfter, type EventRow } from '../events/index.js';
import { backoffMs } from './announcer.js';
import type { ConnectionRegistry, LiveConnection } from './connections.js';
import type { EventHub } from './event-hub.js';
import { CloseCodes } from './settings.js';
import { StreamQueue } from './stream-queue.js';

export type StreamSpec<T> = {
  deps: AppDeps;
  hub: EventHub;
  connections?: ConnectionRegistry;
  connection: LiveConnection | null;
  viewer: Viewer | null;
  /** Cursor of the last event the client has; null = from the hub's position now. */
  after: string | null;
  /** Cheap, synchronous filter (the subject, the event type). The audience is checked too. */
  match(event: EventRow): boolean;
  /**
   * Authorizes the event for `viewer` with a fresh EntityManager and builds the payload; null =
   * skip. Read the viewer from the argument, not a closure: the payload is shared with every
   * subscriber whose viewer agrees on what this reads (shared-results.ts).
   */
  resolve(event: EventRow, em: EntityManager, viewer: Viewer | null): Promise<T | null>;
  /** Deliver only the newest of the events that are waiting (dashboard counts). */
  coalesce?: boolean;
};

/** What the stream yields: an event this subscriber may see, and how to build its payload. */
export type Occurrence<T> = { event: EventRow; resolve: StreamSpec<T>['resolve'] };

const REPLAY_BATCH = 100;
/** A credential is re-checked before delivering when its last check is older than this. */
const CHECK_EVERY_MS = 50;
/** Failed reads before the client is told to come back (1013); ~9 s in all (delivery.ts too). */
export const ATTEMPTS = 6;

export class EventStream<T> implements AsyncIterableIterator<Occurrence<T>> {
  private readonly queue: StreamQueue;
  private done = false;
  private wakeUp: (() => void) | null = null;
  private readonly unsubscribe: () => void;
  private readonly unwatch: () => void;

  constructor(private readonly spec: StreamSpec<T>) {
    // Registration and starting position in one synchronous step: nothing falls between them.
    this.queue = new StreamQueue({
      after: spec.after ?? spec.hub.position ?? '0',
      coalesce: !!spec.coalesce,
      maxQueued: spec.deps.config.realtime.maxQueuedEvents,
      match: (e) => canSeeEvent(spec.viewer, e) && spec.match(e),
    });
    this.unsubscribe = spec.hub.subscribe({ push: (e) => this.push(e) });
    spec.deps.metrics?.realtime.subscriptionOpened();
    this.unwatch = spec.connection?.whenClosed(() => this.finish()) ?? (() => {});
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private push(event: EventRow): void {
    if (this.done) return;
    if (!this.queue.arrive(event)) {
      // A slow consumer is cut off instead of buffering without bound; it may resume with its cursor.
      this.spec.connection?.close(CloseCodes.SLOW_CONSUMER, 'Too slow: resubscribe with your last cursor');
      this.finish();
      return;
    }
    this.signal();
  }

  async next(): Promise<IteratorResult<Occurrence<T>>> {
    try {
      while (!this.done) {
        if (this.queue.needsRead) {
          await this.withRetry(() => this.readReplay());
          continue;
        }
        const event = this.queue.take();
        if (!event) {
          await new Promise<void>((resolve) => (this.wakeUp = resolve));
          continue;
        }
        // Skipped while the stream keeps up: the hub's check before each live batch is that recent.
        if (this.credentialIsOld()) await this.withRetry(() => this.checkCredential(false));
        if (this.done) break;
        return { value: { event, resolve: this.spec.resolve }, done: false };
      }
    } catch (err) {
      if (!this.done) throw err;
    }
    return { value: undefined, done: true };
  }

  private async readReplay(): Promise<void> {
    await this.checkCredential(true);
    const em = this.spec.deps.orm.em.fork() as EntityManager;
    const rows = await readEventsAfter(em, this.queue.readFrom, REPLAY_BATCH, { viewer: this.spec.viewer });
    if (!this.done) this.queue.replayBatch(rows, rows.length === REPLAY_BATCH);
  }

  /** Closes the socket (4401) when its credential ended; a database error is retried, never a verdict. */
  private async checkCredential(always: boolean): Promise<void> {
    const conn = this.spec.connection;
    if (!conn || !this.spec.connections) return;
    if (!always && !this.credentialIsOld()) return;
    await this.spec.connections.check(conn);
    if (!conn.alive) this.finish();
  }

  private credentialIsOld(): boolean {
    const conn = this.spec.connection;
    return !!conn && !!this.spec.connections && Date.now() - conn.checkedAt >= CHECK_EVERY_MS;
  }

  /** The database may be restarting: wait and try again; when it stays away, tell the client to come back (1013). */
  private async withRetry<R>(fn: () => Promise<R>): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (this.done) throw err;
        this.spec.deps.logger.warn({ err: String(err), module: 'realtime' }, 'subscription read failed; retrying');
        if (attempt + 1 >= ATTEMPTS) {
          this.spec.connection?.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later: resume from your last cursor');
          this.finish();
          throw err;
        }
        await new Promise((r) => setTimeout(r, backoffMs(attempt)));
        if (this.done) throw err;
      }
    }
  }

  async return(): Promise<IteratorResult<Occurrence<T>>> {
    this.finish();
    return { value: undefined, done: true };
  }

  async throw(err?: unknown): Promise<IteratorResult<Occurrence<T>>> {
    this.finish();
    throw err;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.spec.deps.metrics?.realtime.subscriptionClosed();
    this.unsubscribe();
    this.unwatch();
    this.queue.clear();
    this.signal();
  }

  private signal(): void {
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }
}
