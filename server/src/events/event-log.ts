// The outbox: a change and its ActivityEvents commit in ONE transaction, and only then are
// they announced. Final ids are given inside COMMIT by a deferred trigger under the event-order
// lock (migration Migration20261202020000_event_ids_at_commit), so ids become visible in
// increasing order — a reader that has seen id N will never later find an id below N (no gap
// on resume) — while no lock is held across a writer's round trips to the database.
import { OptimisticLockError } from '@mikro-orm/core';
import { lostRaceConflict } from '../db/lost-race.js';
import type { EntityManager } from '@mikro-orm/postgresql';

export type NewEvent = {
  type: string;
  subjectType: string;
  subjectId: string;
  actorId?: string | null;
  /** Organizations whose users may see it; the Secretariat always may. */
  audienceOrgIds: string[];
  audiencePublic?: boolean;
  payload?: Record<string, unknown>;
  /** Alerts to put in these users' inboxes, in the same transaction. */
  inbox?: Array<{ userId: string; kind: string; summary: string }>;
};

export type RecordEvent = (event: NewEvent) => void;

export const EVENTS_CHANNEL = 'bcn_events';

/** The transaction id (xid8) of each transaction that wrote events. */
const writerXids = new WeakMap<EntityManager, string>();

/**
 * Runs `work` in a transaction. Events it records are written after the entity changes are
 * flushed, in the same transaction; a PostgreSQL NOTIFY carrying the writer's transaction id (a
 * wake-up: listeners read the table) is delivered on commit only.
 */
export async function runInTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager, record: RecordEvent) => Promise<T>,
): Promise<T> {
  try {
    return await em.transactional(async (tx) => {
      const events: NewEvent[] = [];
      const result = await work(tx, (e) => events.push(e));
      await tx.flush();
      if (events.length > 0) writerXids.set(tx, await insertEvents(tx, events));
      return result;
    });
  } catch (e) {
    throw e instanceof OptimisticLockError ? await lostRaceConflict(em, e) : e;
  }
}

/** True when the transaction wrote events (the Redis announcer publishes after such commits). */
export function wroteEvents(tx: EntityManager): boolean {
  return writerXids.has(tx);
}

/** The final ids of the events a committed transaction wrote, in order (they are given at commit). */
export async function committedEventIds(em: EntityManager, tx: EntityManager): Promise<string[]> {
  const xid = writerXids.get(tx);
  if (!xid) return [];
  const rows = await em.getConnection().execute<Array<{ id: string }>>('select id::text as id from activity_event where xid = ?::xid8 order by id', [xid], 'all');
  return rows.map((r) => r.id);
}

/**
 * Inserts the events (with provisional ids, final at commit) and their inbox items; returns the
 * writer's xid8. One statement per event: the inbox rows and, with the last event, the NOTIFY ride
 * in the event's statement (a write's round trips are its main cost). Inbox times are kept to the
 * millisecond, as rows written by entities are: the inbox pages by time, and its cursors hold
 * JavaScript dates (a microsecond lost there repeated or skipped rows of the same millisecond).
 */
async function insertEvents(tx: EntityManager, events: NewEvent[]): Promise<string> {
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  let xid = '';
  for (const [i, e] of events.entries()) {
    const inbox = e.inbox ?? [];
    const rows = await conn.execute<Array<{ xid: string }>>(
      `with e as (
         insert into activity_event (type, subject_type, subject_id, actor_id, audience_org_ids, audience_public, payload)
         values (?, ?, ?, ?, ?::text[], ?, ?::jsonb) returning id, xid),
       i as (
         insert into inbox_item (id, user_id, event_id, kind, summary, created_at)
         select gen_random_uuid(), a.user_id, e.id, a.kind, a.summary, date_trunc('milliseconds', now())
           from e, unnest(?::uuid[], ?::text[], ?::text[]) as a(user_id, kind, summary))
       select e.xid::text as xid${i === events.length - 1 ? ', pg_notify(?, e.xid::text) as notified' : ''} from e`,
      [
        e.type, e.subjectType, e.subjectId, e.actorId ?? null, toPgArray(e.audienceOrgIds), !!e.audiencePublic, JSON.stringify(e.payload ?? {}),
        toPgArray(inbox.map((a) => a.userId)), toPgArray(inbox.map((a) => a.kind)), toPgArray(inbox.map((a) => a.summary)),
        // The payload is only a wake-up (listeners read the table), so the writer's xid does.
        ...(i === events.length - 1 ? [EVENTS_CHANNEL] : []),
      ],
      'all',
      ctx,
    );
    xid = rows[0].xid;
  }
  return xid;
}

function toPgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
