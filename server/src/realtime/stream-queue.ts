// The bookkeeping of one subscription's stream, without I/O (so that property tests can drive
// it through any interleaving): live events arriving from the hub, batches read from the table
// while the stream replays, and the stream taking the next event to deliver.
//
// Invariants: every event taken has a greater id than the one taken before it (a client that
// stores the last cursor never resumes from a stale one); no event is taken twice; without
// coalescing, every matching event after the start is taken once the replay has caught up.
import { compareIds, type EventRow } from '../events/index.js';

export type QueueOptions = {
  /** Cursor the stream starts after (null: the very beginning of the log). */
  after: string | null;
  /** Deliver only the newest of the events waiting (dashboard counts). */
  coalesce: boolean;
  /** Live events that may wait; beyond it the consumer is too slow. */
  maxQueued: number;
  match(event: EventRow): boolean;
};

const greater = (a: string, b: string | null) => b === null || compareIds(a, b) > 0;

export class StreamQueue {
  /** Replaying: reading the table, `id > position`, until a batch comes back short. */
  replaying = true;
  /** Highest id read from the table or accepted from the hub. */
  private position: string | null;
  /** Highest id taken for delivery. */
  private lastTaken: string | null;
  private replayed: EventRow[] = [];
  private live: EventRow[] = [];

  constructor(private readonly opts: QueueOptions) {
    this.position = opts.after;
    this.lastTaken = opts.after;
  }

  /** Where the next replay read starts (`id > readFrom`). */
  get readFrom(): string | null {
    return this.position;
  }

  /** True when the stream must read the table before it can take anything. */
  get needsRead(): boolean {
    return this.replaying && (this.opts.coalesce || this.replayed.length === 0);
  }

  /** A live event from the hub (already audience-checked). False: too many are waiting. */
  arrive(event: EventRow): boolean {
    if (!this.opts.match(event)) return true;
    const newest = this.live.at(-1)?.id ?? null;
    if (!greater(event.id, newest)) return true; // the hub already gave it
    if (!this.replaying && !greater(event.id, this.position)) return true;
    this.live.push(event);
    if (this.opts.coalesce && this.live.length > 1) this.live.splice(0, this.live.length - 1);
    return this.live.length <= this.opts.maxQueued;
  }

  /** Rows read from the table after readFrom, in id order; `full` = the read hit its limit. */
  replayBatch(rows: EventRow[], full: boolean): void {
    if (rows.length > 0) this.position = rows[rows.length - 1].id;
    this.replayed.push(...rows.filter((e) => this.opts.match(e) && greater(e.id, this.lastTaken)));
    if (full) return;
    // Caught up with the table: the live events buffered meanwhile continue the stream.
    this.replaying = false;
    this.live = this.live.filter((e) => greater(e.id, this.position));
  }

  /** True when `take` would give an event now. */
  get hasWaiting(): boolean {
    if (this.replaying) return !this.opts.coalesce && this.replayed.length > 0;
    return this.replayed.length > 0 || this.live.length > 0;
  }

  /** The next event to deliver, or null when none is ready (read, or wait for an arrival). */
  take(): EventRow | null {
    const next = this.opts.coalesce ? this.newest() : this.oldest();
    if (!next) return null;
    this.lastTaken = next.id;
    if (!this.replaying && greater(next.id, this.position)) this.position = next.id;
    return next;
  }

  private oldest(): EventRow | null {
    if (this.replayed.length > 0) return this.replayed.shift()!;
    if (this.replaying) return null;
    return this.live.shift() ?? null;
  }

  /** Coalescing: the newest event waiting, once the replay is over; everything older is dropped. */
  private newest(): EventRow | null {
    if (this.replaying) {
      // Keep only the newest replayed row while more are read.
      this.replayed.splice(0, this.replayed.length - 1);
      return null;
    }
    const last = this.live.at(-1) ?? this.replayed.at(-1) ?? null;
    this.replayed = [];
    this.live = [];
    return last;
  }

  clear(): void {
    this.replayed = [];
    this.live = [];
  }
}
