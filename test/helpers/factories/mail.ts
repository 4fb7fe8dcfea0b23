// Mail for tests: settings that send to a test SMTP server and retry within milliseconds, an
// alert that mails a host's people at once (an invitation to host), and reads of the outbox.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../../../server/src/config.js';
import { ProposalStatus } from '../../../server/src/modules/proposal/proposal.enums.js';
import { startTestApp, type TestApp } from '../app.js';
import { until } from '../live-client.js';
import { startSmtpReceiver, type SmtpReceiver } from '../smtp-receiver.js';
import { orgOf } from './organizations.js';
import { buildProposal } from './proposals.js';
import { buildUser } from './users.js';

export const PUBLIC_URL = 'https://hub.bcn.test';

/** Mail to `smtpUrl` (unset: .eml files), links under PUBLIC_URL, retries after ~30, 60 … 200 ms without giving up, jobs polled every 50 ms. */
export function mailTestConfig(smtpUrl: string | undefined, over: Partial<Config['mail']> = {}): Partial<Config> {
  const defaults = loadConfig({ MAIL_SCHEDULE: 'off' });
  return {
    mail: { ...defaults.mail, smtpUrl, publicUrl: PUBLIC_URL, retryBaseMs: 30, retryMaxMs: 200, maxAttempts: 100_000, ...over },
    jobs: { pollIntervalMs: 50, concurrency: 4 },
    realtime: { ...defaults.realtime, pollMs: 200 },
  };
}

/** A test app mailing (mailTestConfig) through a real SMTP server started with it; `stop` ends both. */
export async function startMailTestApp(): Promise<{ app: TestApp; smtp: SmtpReceiver; stop: () => Promise<void> }> {
  const smtp = await startSmtpReceiver();
  const app = await startTestApp(mailTestConfig(smtp.url));
  return {
    app,
    smtp,
    stop: async () => {
      await app.stop();
      await smtp.stop();
    },
  };
}

export const P = {
  get: `query{ notificationPreferences { kind delivery } }`,
  update: `mutation($input: [NotificationPreferenceInput!]!){ updateNotificationPreferences(input:$input){ kind delivery } }`,
};

/** A new person of the NPO of `code` (an NPO member), with a unique address. */
export const personOf = (app: TestApp, code: string) => buildUser(app, { org: code });

/** The Secretariat invites the NPO of `hostCode` to host a new approved proposal of NP: an INVITED_TO_HOST alert for each of its people. */
export async function inviteHost(app: TestApp, hostCode: string, via: Pick<TestApp, 'gql'> = app): Promise<{ pairingId: string; topic: string }> {
  const topic = `Lean services ${Math.random().toString(36).slice(2, 8)}`;
  const proposal = await buildProposal(app, { sending: 'NP', status: ProposalStatus.APPROVED, topic });
  const host = await orgOf(app, hostCode);
  const r = await via.gql(
    `mutation($p:ID!,$h:ID!){ createPairing(proposalId:$p, hostOrganizationId:$h){ id } }`,
    { p: proposal.id, h: host.id },
    await app.login('secretariat@apo.demo'),
  );
  if (!r.data?.createPairing) throw new Error(`createPairing failed: ${JSON.stringify(r.errors)}`);
  return { pairingId: r.data.createPairing.id, topic };
}

export type OutboxRow = { user_id: string; event_id: string; kind: string; status: string; attempt_count: number; last_error: string | null };

export async function outboxOf(app: TestApp, userId: string): Promise<OutboxRow[]> {
  const em = app.db.orm.em.fork() as EntityManager;
  return em.getConnection().execute<OutboxRow[]>(
    'select user_id::text as user_id, event_id::text as event_id, kind, status, attempt_count, last_error from mail_outbox where user_id = ? order by created_at',
    [userId],
    'all',
  );
}

/**
 * Runs `passes` reminder-and-digest passes through the job engine, as the once-a-minute cron
 * would (tests run with MAIL_SCHEDULE=off), and waits until each has run; several run at once
 * across the instances' runners.
 */
export async function runMailSchedule(app: TestApp, passes = 1): Promise<void> {
  const em = app.db.orm.em.fork() as EntityManager;
  for (let i = 0; i < passes; i++) await em.getConnection().execute(`select graphile_worker.add_job('mail_schedule', '{}'::json, max_attempts := 1)`);
  // A running job has used its one attempt already: it counts until it is unlocked (done, or failed).
  const unfinished = async () => {
    const [row] = await em.getConnection().execute<Array<{ n: number }>>(
      `select count(*)::int as n from graphile_worker.jobs where task_identifier = 'mail_schedule' and (locked_at is not null or attempts < max_attempts)`,
    );
    return Number(row.n);
  };
  await until(async () => (await unfinished()) === 0, 15_000, () => 'the mail_schedule pass did not finish');
  const [failed] = await em.getConnection().execute<Array<{ last_error: string }>>(`select last_error from graphile_worker.jobs where task_identifier = 'mail_schedule' and last_error is not null`);
  if (failed) throw new Error(`a mail_schedule pass failed: ${failed.last_error}`);
}

/** The person's digests, oldest first. */
export async function digestsOf(app: TestApp, userId: string): Promise<Array<{ local_date: string; status: string }>> {
  const em = app.db.orm.em.fork() as EntityManager;
  return em.getConnection().execute(`select to_char(local_date, 'YYYY-MM-DD') as local_date, status from mail_digest where user_id = ? order by local_date`, [userId], 'all');
}
