// The task registry: each job name (queue.ts) and the function that runs it. A handler that
// throws is retried by graphile-worker (a crash, the database away); webhook delivery failures
// and SMTP failures are not thrown, they are recorded and rescheduled by their modules themselves.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TaskList } from 'graphile-worker';
import type { AppDeps } from '../deps.js';
import { deliverWebhook } from '../modules/webhook/webhook.deliver.js';
import { dispatchNewEvents } from '../modules/webhook/webhook.dispatch.js';
import { dispatchMail } from '../modules/mail/mail.dispatch.js';
import { sendOutboxMail } from '../modules/mail/mail.send.js';
import { scheduleDigests, sendDigest } from '../modules/mail/mail.digests.js';
import { produceReminders } from '../modules/mail/mail.reminders.js';
import { sendAccountMail } from '../modules/mail/mail.account.js';
import { createMailTransport } from '../modules/mail/mail.transport.js';
import { cleanExpiredUploads, purgeStoredFiles } from '../modules/attachment/attachment-purge.service.js';
import { TaskName } from './queue.js';

export function taskList(deps: AppDeps): TaskList {
  // A fresh unit of work per job; its statements are logged as `(jobs)`, apart from requests'.
  const ctx = () => ({ em: jobEntityManager(deps), clock: deps.clock, config: deps.config, logger: deps.logger, countDelivery: deps.metrics?.webhooks.countDelivery });
  const mail = createMailTransport(deps.config, deps.logger);
  return {
    [TaskName.webhookDispatch]: async () => {
      await dispatchNewEvents(ctx());
    },
    [TaskName.webhookDeliver]: async (payload) => {
      await deliverWebhook(ctx(), String((payload as { deliveryId?: unknown }).deliveryId));
    },
    [TaskName.mailDispatch]: async () => {
      await dispatchMail(ctx());
    },
    [TaskName.mailSend]: async (payload) => {
      await sendOutboxMail(ctx(), mail, String((payload as { mailId?: unknown }).mailId));
    },
    [TaskName.mailSchedule]: async () => {
      await produceReminders(ctx());
      await scheduleDigests(ctx());
    },
    [TaskName.mailDigest]: async (payload) => {
      await sendDigest(ctx(), mail, String((payload as { digestId?: unknown }).digestId));
    },
    [TaskName.accountMail]: async (payload) => {
      await sendAccountMail(ctx(), mail, String((payload as { tokenId?: unknown }).tokenId));
    },
    [TaskName.attachmentPurge]: async (payload) => {
      await purgeStoredFiles(deps.config, ((payload as { keys?: unknown }).keys as string[] | undefined) ?? []);
    },
    [TaskName.attachmentCleanup]: async () => {
      await cleanExpiredUploads(ctx());
    },
  };
}

/** Periodic jobs (graphile-worker runs each once per slot across all instances). */
export function crontabOf(config: AppDeps['config']): string {
  return [
    // The safety net: events whose wake-up was lost are dispatched within a minute.
    `* * * * * ${TaskName.webhookDispatch}`,
    `* * * * * ${TaskName.mailDispatch}`,
    // Reminders and digests are due by the clock; MAIL_SCHEDULE=off leaves them to other instances (or to tests that run a pass).
    // Uploads never attached: swept every ten minutes.
    `*/10 * * * * ${TaskName.attachmentCleanup}`,
    ...(config.mail.schedule ? [`* * * * * ${TaskName.mailSchedule}`] : []),
  ].join('\n');
}

export const jobEntityManager = (deps: AppDeps): EntityManager => deps.orm.em.fork({ loggerContext: { label: 'jobs' } }) as EntityManager;
