// Enqueuing a durable job inside the caller's transaction, with graphile-worker's own SQL
// function: the job exists exactly when the change that asked for it commits. The names of the
// tasks are listed here, below the features that enqueue them; jobs/tasks.ts maps each to its
// handler.
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawSql } from '../db/raw-sql.js';

export const TaskName = {
  /** Reads new events from the log and makes the webhook deliveries they call for. */
  webhookDispatch: 'webhook_dispatch',
  /** One delivery attempt to one webhook endpoint. */
  webhookDeliver: 'webhook_deliver',
  /** Reads new events from the log and queues the immediate mails their inbox alerts call for. */
  mailDispatch: 'mail_dispatch',
  /** Sends one mail of the outbox. */
  mailSend: 'mail_send',
  /** Produces the reminders and opens the daily digests that are due by the clock (periodic). */
  mailSchedule: 'mail_schedule',
  /** Sends one daily digest. */
  mailDigest: 'mail_digest',
  /** Sends one account mail (an invitation or a password-reset link), minting its token. */
  accountMail: 'account_mail',
  /** Removes the stored bytes of deleted attachments (queued by the change that deleted them). */
  attachmentPurge: 'attachment_purge',
  /** Deletes uploads that were never attached, and their bytes (cron). */
  attachmentCleanup: 'attachment_cleanup',
} as const;
export type TaskName = (typeof TaskName)[keyof typeof TaskName];

export type JobOptions = {
  /** At most one pending job per key: adding again replaces the pending one (graphile-worker job_key). */
  jobKey?: string;
  /** Run no earlier than this many milliseconds from now (database time). */
  delayMs?: number;
  /** Attempts graphile-worker makes when the handler throws (a crash, the database away). */
  maxAttempts?: number;
};

/** Adds a job in `em`'s transaction (or on its own when there is none). */
export async function addJob(em: EntityManager, task: TaskName, payload: Record<string, unknown>, opts: JobOptions = {}): Promise<void> {
  await rawSql(
    em,
    `select graphile_worker.add_job(?, ?::json,
       run_at := now() + (?::bigint * interval '1 millisecond'),
       max_attempts := ?::int,
       job_key := ?::text)`,
    [task, JSON.stringify(payload), Math.max(0, Math.round(opts.delayMs ?? 0)), opts.maxAttempts ?? 25, opts.jobKey ?? null],
  );
}

/** Jobs of one task waiting in the queue (due or scheduled, or running); not those that ran out of attempts. */
export async function queuedJobs(em: EntityManager, task: TaskName): Promise<number> {
  const rows = await rawSql<Array<{ n: number }>>(em, 'select count(*)::int as n from graphile_worker.jobs where task_identifier = ? and attempts < max_attempts', [task]);
  return Number(rows[0]?.n ?? 0);
}
