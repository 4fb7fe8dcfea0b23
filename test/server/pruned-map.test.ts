// The in-memory per-caller maps (cost budget, sign-in throttle) stay bounded without losing state.
import { expect, it } from 'vitest';
import { PrunedMap } from '../../server/src/pruned-map.js';

const expiringAt = () => new PrunedMap<number>((expiresAt, now) => expiresAt <= now, 2);

it('keeps every entry while it holds no more than its limit', () => {
  const map = expiringAt();
  map.set('a', 1);
  map.set('b', 1);
  map.prune(100);
  expect(map.size).toBe(2);
});

it('drops only the idle entries once past its limit', () => {
  const map = expiringAt();
  map.set('a', 1);
  map.set('b', 200);
  map.set('c', 1);
  map.prune(100);
  expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([undefined, 200, undefined]);
  expect(map.size).toBe(1);
});

it('keeps entries that still matter even when that leaves it over the limit', () => {
  const map = expiringAt();
  for (const key of ['a', 'b', 'c']) map.set(key, 200);
  map.prune(100);
  expect(map.size).toBe(3);
});
