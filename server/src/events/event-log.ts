// The outbox: a change and its ActivityEvents commit in ONE transaction, and only then are
// they announced. Ids are handed out under a transaction-scoped advisory lock taken as the
// last step before commit, so ids become visible in increasing order: a reader that has seen
// id N will never later find an id below N (no gap on resume, see STACK.md).
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
/** Arbitrary constant key of the advisory lock that orders event ids by commit. */
const EVENT_ORDER_LOCK = 7_262_025;

const committedIds = new WeakMap<EntityManager, string[]>();

/**
 * Runs `work` in a transaction. Events it records are written after the entity changes are
 * flushed, in the same transaction; a PostgreSQL NOTIFY carrying the last id is delivered on
 * commit only.
 */
export async function runInTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager, record: RecordEvent) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const events: NewEvent[] = [];
    const result = await work(tx, (e) => events.push(e));
    await tx.flush();
    if (events.length > 0) committedIds.set(tx, await insertEvents(tx, events));
    return result;
  });
}

/** Ids written by a transaction; read by the realtime layer after commit (Redis announcements). */
export function eventIdsOf(tx: EntityManager): string[] {
  return committedIds.get(tx) ?? [];
}

async function insertEvents(tx: EntityManager, events: NewEvent[]): Promise<string[]> {
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  await conn.execute('select pg_advisory_xact_lock(?)', [EVENT_ORDER_LOCK], 'all', ctx);
  const ids: string[] = [];
  for (const e of events) {
    const rows = await conn.execute<Array<{ id: string }>>(
      `insert into activity_event (type, subject_type, subject_id, actor_id, audience_org_ids, audience_public, payload)
       values (?, ?, ?, ?, ?::text[], ?, ?::jsonb) returning id`,
      [e.type, e.subjectType, e.subjectId, e.actorId ?? null, toPgArray(e.audienceOrgIds), !!e.audiencePublic, JSON.stringify(e.payload ?? {})],
      'all',
      ctx,
    );
    const id = String(rows[0].id);
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
  await conn.execute('select pg_notify(?, ?)', [EVENTS_CHANNEL, ids[ids.length - 1]], 'all', ctx);
  return ids;
}

function toPgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
