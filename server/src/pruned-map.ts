// Per-caller state kept in this process's memory (the cost budget, the sign-in throttle) must not
// grow without bound under a stream of new callers: past a size, the entries that carry nothing
// any more (a full bucket, a forgotten counter) are dropped.
export class PrunedMap<V> {
  private readonly entries = new Map<string, V>();

  /** `idle(value, now)`: whether dropping this entry changes nothing a caller can observe. */
  constructor(
    private readonly idle: (value: V, now: number) => boolean,
    private readonly pruneAbove = 10_000,
  ) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    this.entries.set(key, value);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops the idle entries, if there are more than `pruneAbove`. */
  prune(now: number): void {
    if (this.entries.size <= this.pruneAbove) return;
    for (const [key, value] of this.entries) {
      if (this.idle(value, now)) this.entries.delete(key);
    }
  }
}
