// The per-caller cost budget: a token bucket per API token, per signed-in user, or per IP for
// anonymous callers, refilling continuously. It lives in this process's memory: with several
// instances each keeps its own (a caller behind a load balancer gets up to N × the budget),
// which is the documented trade-off for not writing to PostgreSQL on every read.
import type { Clock } from '../clock.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { PrunedMap } from '../pruned-map.js';

type Bucket = { points: number; at: number };

export type Charge = {
  ok: boolean;
  /** Points left after this request (or now, when refused). */
  remaining: number;
  /** When the budget is full again. */
  resetAt: Date;
  /** When refused: the earliest time this request would be affordable. */
  retryAt?: Date;
};

export class CostBudget {
  /** Buckets of callers that have refilled completely carry no information and are pruned. */
  private readonly buckets = new PrunedMap<Bucket>((bucket, now) => this.pointsAt(bucket, now) >= this.capacity);

  constructor(
    private readonly clock: Clock,
    private readonly capacity: number,
    private readonly windowMs: number,
  ) {}

  static keyOf(viewer: Viewer | null, ip: string): string {
    if (viewer?.apiTokenId) return `token:${viewer.apiTokenId}`;
    if (viewer?.userId) return `user:${viewer.userId}`;
    return `ip:${ip}`;
  }

  /** Takes `cost` points if they are there; otherwise takes nothing. */
  charge(key: string, cost: number): Charge {
    const now = this.clock.now().getTime();
    const points = this.pointsAt(this.buckets.get(key), now);
    const ok = cost <= points;
    const remaining = ok ? points - cost : points;
    if (ok && cost > 0) this.buckets.set(key, { points: remaining, at: now });
    this.buckets.prune(now);
    const charge: Charge = { ok, remaining: Math.floor(remaining), resetAt: new Date(now + this.msToRefill(this.capacity - remaining)) };
    if (!ok) charge.retryAt = new Date(now + this.msToRefill(cost - points));
    return charge;
  }

  /** The state without charging (for responses of requests that never ran). */
  peek(key: string): Charge {
    return this.charge(key, 0);
  }

  get size(): number {
    return this.buckets.size;
  }

  private pointsAt(bucket: Bucket | undefined, now: number): number {
    if (!bucket) return this.capacity;
    const refilled = (Math.max(0, now - bucket.at) * this.capacity) / this.windowMs;
    return Math.min(this.capacity, bucket.points + refilled);
  }

  private msToRefill(points: number): number {
    return Math.ceil((Math.max(0, points) * this.windowMs) / this.capacity);
  }
}
