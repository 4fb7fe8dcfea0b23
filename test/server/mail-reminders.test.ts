// Deadline reminders with a controlled clock, mailed through a real SMTP server: a round closing
// in 7 days and in 1 day (to the NPO admins with a draft, the closing instant in their zone and in
// Tokyo), a meeting starting in 24 hours (both sides, with the meeting's .ics attached), a
// follow-up past its due day (the owner), and nothing twice after a restart in between.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/server.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { ProposalStatus } from '../../server/src/modules/proposal/proposal.enums.js';
import { startSecondInstance, startTestApp, type TestApp } from '../helpers/app.js';
import { httpClient, type HttpClient } from '../helpers/http-client.js';
import { until } from '../helpers/live-client.js';
import { mailTestConfig, outboxOf, personOf, PUBLIC_URL, runMailSchedule } from '../helpers/factories/mail.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { buildFollowUp, buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { demoUser } from '../helpers/factories/users.js';
import { startSmtpReceiver, type SmtpReceiver } from '../helpers/smtp-receiver.js';

let app: TestApp;
let smtp: SmtpReceiver;
let restarted: RunningServer | null = null;
const config = () => mailTestConfig(smtp.url);

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  app = await startTestApp(config());
});
afterAll(async () => {
  if (restarted) {
    await restarted.stop();
    await app.db.drop();
  } else await app.stop();
  await smtp.stop();
});

const INBOX = `query{ inbox(first: 50){ edges { node { kind summary eventType } } } }`;

/** The person's DEADLINE alerts, as their inbox shows them. */
async function deadlinesOf(email: string, via: HttpClient = app): Promise<Array<{ summary: string; eventType: string }>> {
  const r = await via.gql(INBOX, {}, await via.login(email, 'bcn-demo'));
  return r.data.inbox.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'DEADLINE');
}

const mailsTo = (email: string, text: string) => smtp.to(email).filter((m) => m.mail.subject?.includes(text));

describe('a round closing', () => {
  it('reminds the NPO admins with a draft 7 days and 1 day before, in their zone and in Tokyo', async () => {
    const call = await buildNotification(app, { title: 'Digital productivity 2030', rounds: ['2030-03-15'] });
    const draft = await buildProposal(app, { notification: call, sending: 'NP', topic: 'Smart factories' });
    const admin = await demoUser(app, 'np@npo.demo');
    const member = await demoUser(app, 'np-member@npo.demo');
    // 7 days and 59 minutes before the end of 15 March in Tokyo: not yet.
    app.clock.set('2030-03-08T14:00:00Z');
    await runMailSchedule(app);
    expect(await deadlinesOf(admin.email)).toEqual([]);

    app.clock.set('2030-03-08T15:00:00Z');
    await runMailSchedule(app);
    await until(() => mailsTo(admin.email, 'Digital productivity 2030').length === 1, 10_000, () => `got ${smtp.to(admin.email).length}`);
    const [week] = mailsTo(admin.email, 'Digital productivity 2030');
    expect(week.mail.subject).toContain('closes in 7 days');
    expect(week.mail.text).toContain('Fri 15 Mar 2030, 20:44 (Asia/Kathmandu)');
    expect(week.mail.text).toContain('Fri 15 Mar 2030, 23:59 (Asia/Tokyo)');
    expect(week.mail.text).toContain('“Smart factories”');
    expect(week.mail.text).toContain(`Open in BCN Hub: ${PUBLIC_URL}/proposals/${draft.id}`);
    expect(week.mail.text).toContain(`Unsubscribe from rounds closing: ${PUBLIC_URL}/mail/unsubscribe?token=`);

    app.clock.set('2030-03-14T15:00:00Z');
    await runMailSchedule(app);
    await until(() => mailsTo(admin.email, 'Digital productivity 2030').length === 2, 10_000, () => `got ${smtp.to(admin.email).length}`);
    const day = mailsTo(admin.email, 'Digital productivity 2030')[1];
    expect(day.mail.subject).toContain('closes in 1 day');
    expect(day.mail.text).toContain('20:44 (Asia/Kathmandu)');
    expect((await deadlinesOf(admin.email)).map((d) => d.eventType)).toEqual(['ROUND_CLOSING_SOON', 'ROUND_CLOSING_SOON']);
    // Members are not reminded; the admins are, once per lead.
    expect(await deadlinesOf(member.email)).toEqual([]);
    expect(smtp.to(member.email)).toHaveLength(0);
  });

  it('does not remind an organization whose proposal under the call is already submitted', async () => {
    const call = await buildNotification(app, { title: 'Submitted already 2030', rounds: ['2030-03-16'] });
    await buildProposal(app, { notification: call, sending: 'LK', status: ProposalStatus.SUBMITTED });
    const admin = await demoUser(app, 'lk@npo.demo');
    app.clock.set('2030-03-15T16:00:00Z');
    await runMailSchedule(app);
    expect(await deadlinesOf(admin.email)).toEqual([]);
  });
});

describe('a meeting soon', () => {
  it('reminds both sides 24 hours before, with the meeting’s calendar file attached', async () => {
    const startsAt = new Date('2031-05-20T01:00:00Z');
    const { pairing, proposal } = await buildPairing(app, {
      sending: 'NP',
      host: 'JP',
      topic: 'Kaizen for hospitals',
      status: PairingStatus.MEETING_SCHEDULED,
      plan: { startsAt, endsAt: new Date('2031-05-20T04:00:00Z'), venue: 'JPC, Tokyo' },
    });
    const [np, jp, th] = [await personOf(app, 'NP'), await personOf(app, 'JP'), await personOf(app, 'TH')];
    app.clock.set('2031-05-19T00:59:00Z');
    await runMailSchedule(app);
    expect(await deadlinesOf(np.email)).toEqual([]);

    app.clock.set('2031-05-19T01:00:00Z');
    await runMailSchedule(app);
    for (const who of [np, jp]) await until(() => mailsTo(who.email, 'Kaizen for hospitals').length === 1, 10_000, () => `${who.email}: ${smtp.to(who.email).length}`);
    const [got] = mailsTo(np.email, 'Kaizen for hospitals');
    expect(got.mail.subject).toMatch(/^\[BCN Hub\] NPEDC → JPC: the meeting on “Kaizen for hospitals” starts in 24 hours/);
    expect(got.mail.text).toContain(`the meeting on “${proposal.topic}” starts in 24 hours: Tue 20 May 2031, 06:45 (Asia/Kathmandu), Tue 20 May 2031, 10:00 (Asia/Tokyo)`);
    expect(got.mail.text).toContain(`${PUBLIC_URL}/pairings/${pairing.id}`);
    const [ics] = got.mail.attachments;
    expect(ics.contentType).toBe('text/calendar');
    const calendar = ics.content.toString('utf8').replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain(`SUMMARY:BCN: ${proposal.topic} (NPEDC → JPC)`);
    expect(calendar).toContain('DTSTART;TZID=Asia/Tokyo:20310520T100000');
    expect(calendar).toContain(`UID:bcn-pairing-${pairing.id}@bcn-hub`);
    // Not a party: nothing.
    expect(await deadlinesOf(th.email)).toEqual([]);
  });
});

describe('a follow-up overdue', () => {
  it('reminds the owner once its due day has ended in the owner’s zone', async () => {
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.FOLLOW_UP });
    await buildFollowUp(app, pairing, { title: 'Train the trainers', dueDate: '2032-02-10', owner: 'NP' });
    const [np, jp] = [await personOf(app, 'NP'), await personOf(app, 'JP')];
    // 23:59 on 10 February in Kathmandu.
    app.clock.set('2032-02-10T18:14:00Z');
    await runMailSchedule(app);
    expect(await deadlinesOf(np.email)).toEqual([]);

    app.clock.set('2032-02-10T18:15:00Z');
    await runMailSchedule(app);
    await until(() => mailsTo(np.email, 'Train the trainers').length === 1, 10_000, () => `got ${smtp.to(np.email).length}`);
    expect(mailsTo(np.email, 'Train the trainers')[0].mail.subject).toBe('[BCN Hub] NPEDC → JPC: follow-up activity “Train the trainers” was due on 2032-02-10 and is still AGREED');
    expect(await deadlinesOf(jp.email)).toEqual([]);
  });
});

describe('after a restart', () => {
  it('produces nothing twice when another instance runs the schedule again', async () => {
    const call = await buildNotification(app, { title: 'Restart-proof call 2033', rounds: ['2033-06-20'] });
    await buildProposal(app, { notification: call, sending: 'TH' });
    const admin = await demoUser(app, 'th@npo.demo');
    app.clock.set('2033-06-14T00:00:00Z');
    await runMailSchedule(app);
    await until(() => mailsTo(admin.email, 'Restart-proof').length === 1, 10_000, () => 'no first reminder');

    await app.server.stop();
    restarted = await startSecondInstance(app, config());
    const after = httpClient(restarted.url);
    await runMailSchedule(app, 2);
    expect(await deadlinesOf(admin.email, after)).toHaveLength(1);
    // The next lead still comes, once: the pipeline runs on the new instance.
    app.clock.set('2033-06-20T00:00:00Z');
    await runMailSchedule(app);
    await until(() => mailsTo(admin.email, 'Restart-proof').length === 2, 10_000, () => 'no 1-day reminder after the restart');
    await until(async () => (await outboxOf(app, admin.id)).every((r) => r.status === 'SENT'), 5_000, () => 'not all sent');
    expect(mailsTo(admin.email, 'Restart-proof').map((m) => /closes in (\d) days?/.exec(m.mail.subject ?? '')?.[1])).toEqual(['7', '1']);
    expect(await deadlinesOf(admin.email, after)).toHaveLength(2);
  });
});
