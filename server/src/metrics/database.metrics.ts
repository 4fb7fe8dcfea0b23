// The database connection pool of this instance (MikroORM's knex pool): connections in use,
// idle, and requests waiting for one. A pool that is always full shows up here first.
import { Gauge, type Registry } from 'prom-client';

export type PoolUse = { used: number; free: number; pending: number; max: number };

export function databaseMetrics(registry: Registry) {
  let source: (() => PoolUse | null) | null = null;
  new Gauge({
    name: 'bcn_db_pool_connections',
    help: 'Database pool: connections in use (used), idle (free), acquisitions waiting (pending), the cap (max).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const use = source?.();
      if (!use) return;
      for (const state of ['used', 'free', 'pending', 'max'] as const) this.set({ state }, use[state]);
    },
  });
  return {
    setPoolSource(s: () => PoolUse | null): void {
      source = s;
    },
  };
}
