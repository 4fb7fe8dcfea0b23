// Attachments leave with what they were attached to, and uploads that were never attached are
// cleaned away. Rows go in the caller's transaction; the bytes are removed by a job queued in
// that same transaction (attachment_purge), so they are removed exactly when the change commits.
// Expired uploads are swept by the attachment_cleanup cron task (jobs/tasks.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { rawSql } from '../../db/raw-sql.js';
import { addJob, TaskName } from '../../jobs/queue.js';
import { fileStoreOf } from './attachment.storage.js';

/** How long after its URL expired an upload may still be attached; after that it is cleaned away. */
export const ATTACH_GRACE_MS = 3_600_000;

/** Deletes a message's files (its deletion leaves a tombstone row, so no cascade does it). */
export async function discardMessageAttachments(tx: EntityManager, messageId: string): Promise<void> {
  const rows = await rawSql<Array<{ storage_key: string }>>(tx, 'delete from attachment where message_id = ? returning storage_key', [messageId]);
  if (rows.length > 0) await addJob(tx, TaskName.attachmentPurge, { keys: rows.map((r) => r.storage_key) });
}

/** Removes stored bytes (attachment_purge); a key already gone is fine. */
export async function purgeStoredFiles(config: Pick<Config, 'files' | 'dataDir'>, keys: string[]): Promise<void> {
  const store = fileStoreOf(config);
  for (const key of keys) await store.remove(key);
}

/**
 * Deletes uploads whose URL expired more than ATTACH_GRACE_MS ago and were never attached, then
 * their bytes. A row being attached at that moment is locked by attachFile, and is ATTACHED once
 * this delete may look at it again, so it stays.
 */
export async function cleanExpiredUploads(ctx: { em: EntityManager; clock: Clock; config: Pick<Config, 'files' | 'dataDir'> }): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - ATTACH_GRACE_MS);
  const rows = await rawSql<Array<{ storage_key: string }>>(
    ctx.em,
    `delete from attachment where id in (select id from attachment where status = 'PENDING' and expires_at < ? limit 500) and status = 'PENDING' returning storage_key`,
    [before],
  );
  await purgeStoredFiles(ctx.config, rows.map((r) => r.storage_key));
  return rows.length;
}
