// Following the event log from a persisted position: one row (id = 1) of a cursor table, locked
// FOR UPDATE by each pass, so that any number of instances may run passes at once — they take
// turns and each event is handled once. A pass reads the next events with the one event-log
// reader, lets the follower act on them in the same transaction, and advances the cursor: what
// the follower wrote and the cursor commit together or not at all. Webhooks and mail follow it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { labelledTransaction, rawSql } from '../db/raw-sql.js';
import { readEventsAfter, type EventRow } from './event-reader.js';

/** The cursor tables (one row each, created by their feature's migration). */
export type LogCursor = 'webhook_dispatch_cursor' | 'mail_dispatch_cursor';

/** Runs passes of at most `batch` events until the log is caught up; returns how many events it went through. */
export async function followLog(
  em: EntityManager,
  cursor: LogCursor,
  batch: number,
  handle: (tx: EntityManager, events: EventRow[]) => Promise<void>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await labelledTransaction(em, async (tx) => {
      const [row] = await rawSql<Array<{ id: string }>>(tx, `select last_event_id::text as id from ${cursor} where id = 1 for update`);
      const events = await readEventsAfter(tx, row.id, batch);
      if (events.length === 0) return 0;
      await handle(tx, events);
      await rawSql(tx, `update ${cursor} set last_event_id = ? where id = 1`, [events.at(-1)!.id]);
      return events.length;
    });
    total += n;
    if (n < batch) return total;
  }
}
