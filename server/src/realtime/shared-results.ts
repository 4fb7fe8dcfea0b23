// One execution per event for every subscriber who would get the same answer. Which subscribers
// those are is learnt, not declared: the execution runs with a viewer that records which of its
// properties were read (organization, kind, role, user …), and its result is reused only by a
// subscriber whose viewer has the same values for every property read. A payload that never
// looks at the viewer (an event every subscriber may see) is computed once for all; a policy
// that compares organizations makes one result per organization; the inbox, which reads the
// user, one per user. So no result reaches a viewer whom the policies would have answered
// differently, and no list of "visibility classes" can drift from the policies themselves.
// The event's own audience (events/audience.ts) is still checked per subscriber before this.
import type { Viewer } from '../modules/auth/viewer.js';
import type { EventRow } from '../events/index.js';

type Reads = Map<PropertyKey, unknown>;
/** `done` is set once the computation settles, so that later subscribers look without awaiting. */
type Entry<R> = { pending: Promise<R>; done?: { reads: Reads; value: R } };

// Keyed by the event object the hub pushed to every stream: the entries go when the last stream
// has let go of the event. Replayed rows are each stream's own objects, so replays are not shared.
const byEvent = new WeakMap<EventRow, Map<string, Array<Entry<unknown>>>>();

/**
 * The value `compute` gives for this event, subscription key (document, variables) and viewer:
 * another subscriber's when its viewer read the same, else computed now. Given at once when such
 * a value is already there, so that a thousand subscribers of one answer take it in one pass;
 * a promise when it is being computed. `compute` must not throw.
 */
export function sharedResult<R>(event: EventRow, key: string, viewer: Viewer | null, compute: (viewer: Viewer | null) => Promise<R>): R | Promise<R> {
  let byKey = byEvent.get(event);
  if (!byKey) byEvent.set(event, (byKey = new Map()));
  const fullKey = viewer ? key : `${key}\u0000anonymous`;
  let entries = byKey.get(fullKey) as Array<Entry<R>> | undefined;
  if (!entries) byKey.set(fullKey, (entries = []));
  for (const entry of entries) {
    // Looked at again from the start once it settles: entries added meanwhile count too.
    if (!entry.done) return entry.pending.then(() => sharedResult(event, key, viewer, compute));
    if (sameAnswer(entry.done.reads, viewer)) return entry.done.value;
  }
  const reads: Reads = new Map();
  const entry: Entry<R> = {
    pending: compute(viewer && recording(viewer, reads)).then((value) => {
      entry.done = { reads, value };
      return value;
    }),
  };
  entries.push(entry);
  return entry.pending;
}

function sameAnswer(reads: Reads, viewer: Viewer | null): boolean {
  if (!viewer) return true; // anonymous entries are kept apart by the key: nothing to read
  for (const [prop, value] of reads) {
    if (!same(Reflect.get(viewer, prop), value)) return false;
  }
  return true;
}

const same = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** The viewer, noting each property read; any enumeration (spread, JSON) reads them all. */
function recording(viewer: Viewer, reads: Reads): Viewer {
  const readAll = () => Object.keys(viewer).forEach((k) => reads.set(k, Reflect.get(viewer, k)));
  return new Proxy(viewer, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop === 'string') reads.set(prop, value);
      return value;
    },
    has(target, prop) {
      reads.set(prop, Reflect.get(target, prop));
      return Reflect.has(target, prop);
    },
    ownKeys(target) {
      readAll();
      return Reflect.ownKeys(target);
    },
  });
}
