// The bookkeeping of a subscription's stream (StreamQueue) under random interleavings of
// commits, hub arrivals, replay reads and takes: cursors strictly increase, nothing is taken
// twice, and (without coalescing) every matching event after the start is taken; with
// coalescing the newest matching event is always the last one taken; `hasWaiting` always says
// whether `take` gives an event.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../server/src/events/index.js';
import { StreamQueue } from '../../server/src/realtime/stream-queue.js';

const event = (id: number, matches: boolean): EventRow => ({
  id: String(id),
  type: matches ? 'MATCH' : 'OTHER',
  subjectType: 'Proposal',
  subjectId: '00000000-0000-0000-0000-000000000000',
  actorId: null,
  audienceOrgIds: [],
  audiencePublic: true,
  payload: {},
  createdAt: new Date(0),
  inboxUserIds: [],
});

type Op = 'commit' | 'arrive' | 'read' | 'take';
const scenario = fc.record({
  /** Which events of the log match the subscription. */
  matches: fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }),
  /** Events committed before the stream starts; the hub's and the client's positions among them. */
  committed: fc.nat(60),
  hubSeen: fc.nat(60),
  after: fc.nat(60),
  batch: fc.integer({ min: 1, max: 7 }),
  ops: fc.array(fc.constantFrom<Op>('commit', 'arrive', 'read', 'take'), { maxLength: 300 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

function run(s: Scenario, coalesce: boolean) {
  const log = s.matches.map((m, i) => event(i + 1, m));
  let committed = Math.min(s.committed, log.length);
  let hub = Math.min(s.hubSeen, committed);
  const after = Math.min(s.after, committed);
  const queue = new StreamQueue({ after: String(after), coalesce, maxQueued: Infinity, match: (e) => e.type === 'MATCH' });
  const taken: number[] = [];
  const step = (op: Op) => {
    if (op === 'commit' && committed < log.length) committed++;
    if (op === 'arrive' && hub < committed) queue.arrive(log[hub++]);
    if (op === 'read' && queue.needsRead) {
      const rows = log.slice(0, committed).filter((e) => Number(e.id) > Number(queue.readFrom ?? 0)).slice(0, s.batch);
      queue.replayBatch(rows, rows.length === s.batch);
    }
    if (op === 'take') {
      // What delivery.ts asks before it takes: is an event there now?
      const waiting = queue.hasWaiting;
      const e = queue.take();
      expect(e !== null, 'hasWaiting says whether take gives an event').toBe(waiting);
      if (e) taken.push(Number(e.id));
    }
  };
  for (const op of s.ops) step(op);
  // Drain: everything commits and arrives, and the stream reads and takes until nothing is left.
  committed = log.length;
  for (let guard = 0; guard < 10_000; guard++) {
    if (hub < committed) step('arrive');
    else if (queue.needsRead) step('read');
    else {
      const before = taken.length;
      step('take');
      if (taken.length === before) break;
    }
  }
  const expected = log.filter((e) => e.type === 'MATCH' && Number(e.id) > after).map((e) => Number(e.id));
  return { taken, expected, after };
}

const strictlyIncreasing = (ids: number[]) => ids.every((id, i) => i === 0 || id > ids[i - 1]);

describe('a subscription stream\'s queue', () => {
  it('takes every matching event after the start once, in strictly increasing order', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { taken, expected } = run(s, false);
        expect(strictlyIncreasing(taken)).toBe(true);
        expect(taken).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('when coalescing, takes only newer events and always ends on the newest one', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { taken, expected, after } = run(s, true);
        expect(strictlyIncreasing(taken)).toBe(true);
        expect(taken.every((id) => id > after && expected.includes(id))).toBe(true);
        expect(taken.at(-1)).toBe(expected.at(-1));
      }),
      { numRuns: 2_000 },
    );
  });
});
