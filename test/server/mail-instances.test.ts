// Two server instances on one database share the mail dispatcher and the job queue: alerts
// produced through both arrive once per (user, event, kind), even when the dispatcher's position
// is lost and every event is read again.
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/server.js';
import { startTwoInstances, type TestApp } from '../helpers/app.js';
import { httpClient } from '../helpers/http-client.js';
import { until } from '../helpers/live-client.js';
import { inviteHost, mailTestConfig, outboxOf, personOf } from '../helpers/factories/mail.js';
import { startSmtpReceiver, type SmtpReceiver } from '../helpers/smtp-receiver.js';

let app: TestApp;
let second: RunningServer;
let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  ({ app, second } = await startTwoInstances(mailTestConfig(smtp.url)));
});

afterAll(async () => {
  await app.stop(); // and the second instance
  await smtp.stop();
});

it('mails each alert once with two instances, and again once after the dispatcher reads the whole log again', async () => {
  const people = [await personOf(app, 'ID'), await personOf(app, 'ID')];
  const onSecond = httpClient(second.url);
  const N = 6;
  const topics = (await Promise.all(Array.from({ length: N }, (_, i) => inviteHost(app, 'ID', i % 2 ? onSecond : app)))).map((x) => x.topic);
  for (const p of people) await until(() => smtp.to(p.email).length === N, 15_000, () => `${p.email} got ${smtp.to(p.email).length}`);
  // The dispatcher's position lost: both instances read every event again.
  const em = app.db.orm.em.fork() as EntityManager;
  await em.getConnection().execute('update mail_dispatch_cursor set last_event_id = 0 where id = 1');
  const later = await inviteHost(app, 'ID', onSecond);
  for (const p of people) await until(() => smtp.to(p.email).length === N + 1, 15_000, () => `${p.email} got ${smtp.to(p.email).length}`);
  for (const p of people) {
    const subjects = smtp.to(p.email).map((m) => m.mail.subject);
    expect(new Set(subjects).size).toBe(N + 1);
    for (const t of [...topics, later.topic]) expect(subjects.filter((s) => s?.includes(t))).toHaveLength(1);
    // The SMTP server has a message a moment before the commit that marks its row SENT.
    await until(async () => (await outboxOf(app, p.id)).every((r) => r.status === 'SENT'), 5_000, () => 'not all marked SENT');
    const rows = await outboxOf(app, p.id);
    expect(rows).toHaveLength(N + 1);
    expect(rows.map((r) => r.attempt_count)).toEqual(Array(N + 1).fill(1));
  }
});
