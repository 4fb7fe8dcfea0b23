// One subscription's stream of events: first the replay of what the client missed (read from
// the table, `id > after`), then live events from the hub — no gap, no duplicate, cursors
// strictly increasing (the bookkeeping is StreamQueue's). The hub listener is registered in the
// constructor, together with the starting position, and buffers live events while the replay
// runs. The credential behind the socket is checked before every replayed batch, and before any
// event, replayed or live, when the last check is older than CHECK_EVERY_MS: the hub checks
// every connection before it pushes a live batch, but a slow reader's events wait in the queue
// for as long as its socket stalls, and a sign-out or an expiry writes no event to wake the hub.
// Its one consumer, delivery.ts, takes what is ready synchronously (`poll`), lets the stream do
// its reading and checking when `poll` says so (`prepare`), and is told of each arrival
// (`onChange`): a live event reaches a waiting subscriber without a promise of its own.
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

/** `poll` when nothing is ready: the stream ended, or it must read or check first (`prepare`), or it waits for the hub. */
export const ENDED = 'ended';
export const PREPARE = 'prepare';
export const WAIT = 'wait';

const REPLAY_BATCH = 100;
/** A credential is re-checked before delivering when its last check is older than this. */
const CHECK_EVERY_MS = 50;
/** Failed reads before the client is told to come back (1013); ~9 s in all (delivery.ts too). */
export const ATTEMPTS = 6;

export class EventStream<T> {
  private readonly queue: StreamQueue;
  private done = false;
  /** The credential was checked for the event `poll` gives next. */
  private checked = false;
  private readonly unsubscribe: () => void;
  private readonly unwatch: () => void;
  /** The consumer's wake-up call: an event arrived or the stream ended. */
  onChange: () => void = () => {};

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

  /** graphql-js takes a subscription's source for an async iterable; delivery.ts consumes this one. */
  [Symbol.asyncIterator](): never {
    throw new Error('An EventStream is consumed by realtime/delivery.ts.');
  }

  private push(event: EventRow): void {
    if (this.done) return;
    if (!this.queue.arrive(event)) {
      // A slow consumer is cut off instead of buffering without bound; it may resume with its cursor.
      this.spec.connection?.close(CloseCodes.SLOW_CONSUMER, 'Too slow: resubscribe with your last cursor');
      this.finish();
      return;
    }
    this.onChange();
  }

  /** The next event to deliver, if one is ready now; otherwise why not. */
  poll(): Occurrence<T> | typeof ENDED | typeof PREPARE | typeof WAIT {
    if (this.done) return ENDED;
    if (this.queue.needsRead) return PREPARE;
    // Skipped while the stream keeps up: the hub's check before each live batch is that recent.
    // Once checked, the next event goes, however long the check took (a slow database).
    if (!this.checked && this.credentialIsOld() && this.queue.hasWaiting) return PREPARE;
    this.checked = false;
    const event = this.queue.take();
    return event ? { event, resolve: this.spec.resolve } : WAIT;
  }

  /** What `poll` asked for: the next replayed batch, or a check of the credential. */
  async prepare(): Promise<void> {
    if (this.queue.needsRead) return this.withRetry(() => this.readReplay());
    await this.withRetry(() => this.checkCredential(false));
    this.checked = true;
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

  /** Ends the stream (the client completed it, or the socket went). */
  close(): void {
    this.finish();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.spec.deps.metrics?.realtime.subscriptionClosed();
    this.unsubscribe();
    this.unwatch();
    this.queue.clear();
    this.onChange();
  }
}
