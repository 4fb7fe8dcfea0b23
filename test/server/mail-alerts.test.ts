// Immediate alert mail through a real SMTP server started here: what arrives (recipients,
// subject, both bodies, the link, the unsubscribe headers), one-click unsubscribe, preferences
// that keep mail away, nothing about what the person may not (or no longer) see, and alerts
// produced while the SMTP server is down all arrive, once each, when it is back.
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.js';
import { until } from '../helpers/live-client.js';
import { inviteHost, outboxOf, P, personOf, PUBLIC_URL, startMailTestApp } from '../helpers/factories/mail.js';
import { orgOf } from '../helpers/factories/organizations.js';
import type { SmtpReceiver } from '../helpers/smtp-receiver.js';

let app: TestApp;
let smtp: SmtpReceiver;
let stop: () => Promise<void>;
beforeAll(async () => ({ app, smtp, stop } = await startMailTestApp()));
afterAll(() => stop());

/** A header as sent (mailparser turns List-* headers into objects; headerLines keeps the lines). */
const header = (m: SmtpReceiver['received'][number], name: string) =>
  (m.mail.headerLines.find((h) => h.key === name)?.line ?? '').replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, '');
const unsubscribeUrlOf = (m: SmtpReceiver['received'][number]) => /^<(.+)>$/.exec(header(m, 'list-unsubscribe'))![1];
/** The same path and query on the test server (links in mail name PUBLIC_URL). */
const onServer = (url: string) => url.replace(PUBLIC_URL, app.url);

describe('an immediate alert', () => {
  it('arrives with the inbox summary, a link to its subject, both bodies and one-click unsubscribe headers', async () => {
    const host = await personOf(app, 'TH');
    const { pairingId, topic } = await inviteHost(app, 'TH');
    await until(() => smtp.to(host.email).length === 1, 10_000, () => `received ${smtp.received.length}`);
    const [got] = smtp.to(host.email);
    expect(got.envelopeTo).toEqual([host.email]);
    expect(got.mail.to).toMatchObject({ value: [{ address: host.email, name: host.name }] });
    expect(got.mail.from?.value[0].address).toBe('no-reply@bcn-hub.local');
    expect(got.mail.subject).toBe(`[BCN Hub] NPEDC → FTPI: you are invited to host "${topic}"`);
    expect(got.mail.messageId).toMatch(/^<mail-[0-9a-f-]{36}@bcn-hub\.local>$/);
    const link = `${PUBLIC_URL}/pairings/${pairingId}`;
    expect(got.mail.text).toContain(`you are invited to host "${topic}"`);
    expect(got.mail.text).toContain(`Open in BCN Hub: ${link}`);
    expect(got.mail.text).toContain(`Email preferences: ${PUBLIC_URL}/settings/notifications`);
    expect(got.mail.html).toContain(`href="${link}"`);
    expect(got.mail.html).toContain(`href="${PUBLIC_URL}/settings/notifications"`);
    expect(header(got, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(unsubscribeUrlOf(got)).toMatch(new RegExp(`^${PUBLIC_URL}/mail/unsubscribe\\?token=`));
  });

  it('is not mailed when the kind is OFF or in the daily digest', async () => {
    const off = await personOf(app, 'VN');
    const digest = await personOf(app, 'VN');
    const control = await personOf(app, 'VN');
    for (const [who, delivery] of [[off, 'OFF'], [digest, 'DAILY_DIGEST']] as const) {
      const token = await app.login(who.email);
      const r = await app.gql(P.update, { input: [{ kind: 'HOST_INVITATION', delivery }] }, token);
      expect(r.errors).toBeUndefined();
    }
    await inviteHost(app, 'VN');
    await until(() => smtp.to(control.email).length === 1, 10_000, () => 'the control mail did not arrive');
    expect(smtp.to(off.email)).toHaveLength(0);
    expect(smtp.to(digest.email)).toHaveLength(0);
    // The sending side's alert is a status change: in the digest by default, so no mail either.
    expect(await outboxOf(app, off.id)).toEqual([]);
  });
});

describe('one-click unsubscribe', () => {
  it('GET shows a confirmation and changes nothing; POST turns that kind off, and the next alert sends nothing', async () => {
    const host = await personOf(app, 'MY');
    await inviteHost(app, 'MY');
    await until(() => smtp.to(host.email).length === 1, 10_000, () => 'no first mail');
    const url = onServer(unsubscribeUrlOf(smtp.to(host.email)[0]));
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    const token = await app.login(host.email);
    const before = await app.gql(P.get, {}, token);
    expect(before.data.notificationPreferences).toContainEqual({ kind: 'HOST_INVITATION', delivery: 'IMMEDIATE' });
    // What a mail client sends for RFC 8058.
    const posted = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(posted.status).toBe(200);
    const after = await app.gql(P.get, {}, token);
    expect(after.data.notificationPreferences).toContainEqual({ kind: 'HOST_INVITATION', delivery: 'OFF' });
    expect(after.data.notificationPreferences).toContainEqual({ kind: 'MENTION', delivery: 'IMMEDIATE' });
    const control = await personOf(app, 'MY');
    await inviteHost(app, 'MY');
    await until(() => smtp.to(control.email).length === 1, 10_000, () => 'the control mail did not arrive');
    expect(smtp.to(host.email)).toHaveLength(1);
  });

  it('answers 400 to a forged, altered or missing token, on GET and POST', async () => {
    const victim = await personOf(app, 'MY');
    const forged = `${victim.id}.HOST_INVITATION.${'A'.repeat(43)}`;
    for (const q of [`token=${encodeURIComponent(forged)}`, 'token=nonsense', '']) {
      for (const method of ['GET', 'POST']) {
        const r = await fetch(`${app.url}/mail/unsubscribe?${q}`, { method });
        expect(r.status, `${method} ?${q}`).toBe(400);
        expect(await r.text()).toContain('This unsubscribe link is not valid');
      }
    }
    const prefs = await app.gql(P.get, {}, await app.login(victim.email));
    expect(prefs.data.notificationPreferences).toContainEqual({ kind: 'HOST_INVITATION', delivery: 'IMMEDIATE' });
  });
});

describe('at sending time', () => {
  it('sends nothing to a person who may no longer see the event or is no longer active; every other alert arrives once when SMTP is back', async () => {
    const moved = await personOf(app, 'PK');
    const gone = await personOf(app, 'PK');
    const stays = await personOf(app, 'PK');
    await smtp.stop();
    const before = smtp.received.length;
    const invitations = [await inviteHost(app, 'PK'), await inviteHost(app, 'PK'), await inviteHost(app, 'PK')];
    // The mails have been tried and refused by the absent server; no request failed (inviteHost checks).
    await until(async () => (await outboxOf(app, stays.id)).filter((r) => r.attempt_count > 0).length === 3, 10_000, () => 'not all tried');
    const em = app.db.orm.em.fork() as EntityManager;
    const other = await orgOf(app, 'LK');
    await em.getConnection().execute('update app_user set organization_id = ? where id = ?', [other.id, moved.id]);
    await em.getConnection().execute('update app_user set active = false where id = ?', [gone.id]);
    // The next attempt of each of their mails, still with the server down, finds it may not go out.
    let rows: unknown = null;
    const skipped = async (id: string) => {
      const r = await outboxOf(app, id);
      rows = r;
      return r.map((x) => x.status).join() === 'SKIPPED,SKIPPED,SKIPPED';
    };
    await until(() => skipped(moved.id), 5_000, () => `moved not settled: ${JSON.stringify(rows)}`);
    await until(() => skipped(gone.id), 5_000, () => `gone not settled: ${JSON.stringify(rows)}`);
    expect((await outboxOf(app, moved.id)).map((r) => r.last_error)).toEqual(Array(3).fill('the person may no longer see the event'));
    await smtp.start();
    await until(() => smtp.to(stays.email).length === 3, 15_000, () => `stays got ${smtp.to(stays.email).length}`);
    expect(smtp.to(moved.email)).toHaveLength(0);
    expect(smtp.to(gone.email)).toHaveLength(0);
    expect(new Set(smtp.to(stays.email).map((m) => m.mail.messageId)).size).toBe(3);
    expect(smtp.to(stays.email).map((m) => m.mail.subject).sort()).toEqual(invitations.map((i) => `[BCN Hub] NPEDC → NPO: you are invited to host "${i.topic}"`).sort());
    expect(smtp.received.length - before).toBe(3); // nobody else of PK: the three mails of `stays` only
    // Marked SENT by the commit that follows the SMTP server's answer.
    await until(async () => (await outboxOf(app, stays.id)).every((r) => r.status === 'SENT'), 5_000, () => 'not marked SENT');
  });
});
