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
 * flushed, in the same transaction; a PostgreSQL NOTIFY carrying the last id is delivered on
 * commit only.
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

/** Inserts the events (with provisional ids, final at commit); returns the writer's xid8. */
async function insertEvents(tx: EntityManager, events: NewEvent[]): Promise<string> {
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  const ids: string[] = [];
  let xid = '';
  for (const e of events) {
    const rows = await conn.execute<Array<{ id: string; xid: string }>>(
      `insert into activity_event (type, subject_type, subject_id, actor_id, audience_org_ids, audience_public, payload)
       values (?, ?, ?, ?, ?::text[], ?, ?::jsonb) returning id, xid::text as xid`,
      [e.type, e.subjectType, e.subjectId, e.actorId ?? null, toPgArray(e.audienceOrgIds), !!e.audiencePublic, JSON.stringify(e.payload ?? {})],
      'all',
      ctx,
    );
    const id = String(rows[0].id);
    xid = rows[0].xid;
    ids.push(id);
    for (const item of e.inbox ?? []) {
      await conn.execute(
        'insert into inbox_item (id, user_id, event_id, kind, summary) values (gen_random_uuid(), ?, ?, ?, ?)',
        [item.userId, id, item.kind, item.summary],
        'all',
        ctx,
      );
    }
  }
  // The payload is only a wake-up (listeners read the table), so a provisional id does.
  await conn.execute('select pg_notify(?, ?)', [EVENTS_CHANNEL, xid], 'all', ctx);
  return xid;
}

function toPgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
