// Per-request batching of nested GraphQL lists. GraphQL resolves the fields of every item of a
// list in one synchronous pass, so the keys asked for in that pass are collected and loaded
// with one statement when it ends (as DataLoader does). Nothing is cached past the batch: a
// subscription's context lives long, and a later event must read fresh rows.

type Waiter<V> = { resolve: (value: V) => void; reject: (error: unknown) => void };
export type BatchLoad<K, V> = (keys: K[]) => Promise<Map<K, V>>;

export class Batch<K, V> {
  private pending = new Map<K, Waiter<V>[]>();

  constructor(
    private readonly load: BatchLoad<K, V>,
    private readonly missing: () => V,
  ) {}

  get(key: K): Promise<V> {
    if (this.pending.size === 0) {
      // After the promise jobs already queued (the rest of this pass), as DataLoader does.
      void Promise.resolve().then(() => process.nextTick(() => void this.dispatch()));
    }
    return new Promise<V>((resolve, reject) => {
      const waiters = this.pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
    });
  }

  private async dispatch(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    try {
      const values = await this.load([...batch.keys()]);
      for (const [key, waiters] of batch) {
        const value = values.has(key) ? values.get(key)! : this.missing();
        for (const w of waiters) w.resolve(value);
      }
    } catch (error) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
    }
  }
}

// Keyed by the request's context: the batches go when the request does.
const batches = new WeakMap<object, Map<string, unknown>>();

/**
 * The batch named `name` of this request (`scope` is the request's context). Different
 * arguments of the same field (page size, joined relations) belong in different names.
 */
export function batchOf<K, V>(scope: object, name: string, load: BatchLoad<K, V>, missing: () => V): Batch<K, V> {
  let named = batches.get(scope);
  if (!named) batches.set(scope, (named = new Map()));
  let batch = named.get(name) as Batch<K, V> | undefined;
  if (!batch) named.set(name, (batch = new Batch(load, missing)));
  return batch;
}
