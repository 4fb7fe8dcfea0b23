// One subscription's stream of events: first the replay of what the client missed (read from
// the table, `id > after`), then live events from the hub — no gap, no duplicate. The hub
// listener is registered BEFORE the replay starts and buffers live events meanwhile; the
// replay reads until the table has nothing newer, and buffered events at or below the last id
// read are dropped. Ids become visible in increasing order, so the two halves meet exactly.
// Every event is authorized with a fresh EntityManager as it is delivered.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../context.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { backoffMs } from './announcer.js';
import type { LiveConnection } from './connections.js';
import type { EventHub } from './event-hub.js';
import { canSeeEvent, compareIds, readEventsAfter, type EventRow } from './event-row.js';
import { CloseCodes, realtimeSettings } from './settings.js';

export type StreamSpec<T> = {
  deps: AppDeps;
  hub: EventHub;
  connection: LiveConnection | null;
  viewer: Viewer | null;
  /** Cursor of the last event the client has; null = only what happens from now on. */
  after: string | null;
  /** Cheap, synchronous filter (the subject, the event type). The audience is checked too. */
  match(event: EventRow): boolean;
  /** Authorizes the event for this viewer with a fresh EntityManager and builds the payload; null = skip. */
  resolve(event: EventRow, em: EntityManager): Promise<T | null>;
  /** Deliver only the newest of the events that are waiting (dashboard counts). */
  coalesce?: boolean;
  /** Called with the EntityManager of the event about to be delivered (the operation's context uses it). */
  beforeDeliver?(em: EntityManager): void;
};

const REPLAY_BATCH = 100;

export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: EventRow[] = [];
  private replayBuffer: EventRow[] = [];
  private replaying: boolean;
  /** Highest id read from the table (replay) or taken from the hub: later events only. */
  private position: string | null;
  private done = false;
  /** Coalescing: the newest event seen while more were waiting. */
  private held: EventRow | null = null;
  private wakeUp: (() => void) | null = null;
  private readonly unsubscribe: () => void;
  private readonly unwatch: () => void;

  constructor(private readonly spec: StreamSpec<T>) {
    this.unsubscribe = spec.hub.subscribe({ push: (e) => this.push(e) });
    this.replaying = spec.after !== null;
    this.position = spec.after ?? spec.hub.position;
    this.unwatch = spec.connection?.whenClosed(() => this.finish()) ?? (() => {});
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private push(event: EventRow): void {
    if (this.done || !canSeeEvent(this.spec.viewer, event) || !this.spec.match(event)) return;
    if (!this.replaying && this.position !== null && compareIds(event.id, this.position) <= 0) return;
    this.queue.push(event);
    if (this.queue.length > realtimeSettings.maxQueuedEvents) {
      // A slow consumer is cut off instead of buffering without bound; it may resume with its cursor.
      this.spec.connection?.close(CloseCodes.SLOW_CONSUMER, 'Too slow: resubscribe with your last cursor');
      this.finish();
      return;
    }
    this.signal();
  }

  async next(): Promise<IteratorResult<T>> {
    try {
      while (!this.done) {
        const event = await this.take();
        if (!event) continue;
        if (this.spec.coalesce && this.hasMore()) {
          this.held = event;
          continue;
        }
        const payload = await this.resolveWithRetry(event);
        if (this.done) break;
        if (payload !== null) return { value: payload, done: false };
      }
    } catch (err) {
      if (!this.done) throw err;
    }
    return { value: undefined, done: true };
  }

  /** The next candidate event, or null after waiting (then the loop looks again). */
  private async take(): Promise<EventRow | null> {
    if (this.replaying && this.replayBuffer.length === 0) await this.withRetry(() => this.readReplay());
    const next = this.replayBuffer.shift() ?? (this.replaying ? undefined : this.queue.shift());
    if (next) return next;
    if (this.replaying) return null;
    if (this.held) {
      const held = this.held;
      this.held = null;
      return held;
    }
    if (!this.done) await new Promise<void>((resolve) => (this.wakeUp = resolve));
    return null;
  }

  private async readReplay(): Promise<void> {
    const em = this.spec.deps.orm.em.fork() as EntityManager;
    const rows = await readEventsAfter(em, this.position, REPLAY_BATCH, { viewer: this.spec.viewer });
    if (rows.length > 0) this.position = rows[rows.length - 1].id;
    this.replayBuffer = rows.filter((e) => this.spec.match(e));
    if (rows.length < REPLAY_BATCH) {
      // Caught up with the table: from here on the hub's buffered events continue the stream.
      this.replaying = false;
      const buffered = this.queue.splice(0);
      for (const e of buffered) if (this.position === null || compareIds(e.id, this.position) > 0) this.queue.push(e);
    }
  }

  private hasMore(): boolean {
    return this.replayBuffer.length > 0 || this.queue.length > 0 || this.replaying;
  }

  private async resolveWithRetry(event: EventRow): Promise<T | null> {
    return this.withRetry(async () => {
      const em = this.spec.deps.orm.em.fork() as EntityManager;
      const payload = await this.spec.resolve(event, em);
      if (this.replaying === false && this.position !== null && compareIds(event.id, this.position) > 0) this.position = event.id;
      if (payload !== null) this.spec.beforeDeliver?.(em);
      return payload;
    });
  }

  /** The database may be restarting: wait and try again rather than end the subscription. */
  private async withRetry<R>(fn: () => Promise<R>): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (this.done) throw err;
        this.spec.deps.logger.warn({ err: String(err), module: 'realtime' }, 'subscription read failed; retrying');
        await new Promise((r) => setTimeout(r, backoffMs(attempt)));
        if (this.done) throw err;
      }
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.finish();
    return { value: undefined, done: true };
  }

  async throw(err?: unknown): Promise<IteratorResult<T>> {
    this.finish();
    throw err;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.unsubscribe();
    this.unwatch();
    this.queue.length = 0;
    this.replayBuffer = [];
    this.signal();
  }

  private signal(): void {
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }
}
