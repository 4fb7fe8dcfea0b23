// Daily digests with a controlled clock, through a real SMTP server: at 08:00 in the person's
// organization's zone (Kathmandu, Tokyo) and not a minute before; grouped by pairing and proposal
// with links; only what the person may see and chose for the digest; none when there is nothing;
// one a day, the next starting where the last ended; and once with two instances at once.
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { ProposalStatus } from '../../server/src/modules/proposal/proposal.enums.js';
import { startSecondInstance, type TestApp } from '../helpers/app.js';
import { until } from '../helpers/live-client.js';
import { digestsOf, mailTestConfig, P, personOf, PUBLIC_URL, runMailSchedule, startMailTestApp } from '../helpers/factories/mail.js';
import { buildNotification, roundsAhead } from '../helpers/factories/notifications.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal, Q } from '../helpers/factories/proposals.js';
import { createThreadVia, postMessageVia } from '../helpers/factories/realtime.js';
import { demoUser } from '../helpers/factories/users.js';
import type { SmtpReceiver } from '../helpers/smtp-receiver.js';

let app: TestApp;
let smtp: SmtpReceiver;
let stop: () => Promise<void>;
beforeAll(async () => ({ app, smtp, stop } = await startMailTestApp()));
afterAll(() => stop());

/** The next 08:00 in `zone` after now (real time: digests start from the events of the day before). */
function next8(zone: string): Date {
  const now = DateTime.now().setZone(zone);
  const today = now.set({ hour: 8, minute: 0, second: 0, millisecond: 0 });
  return (today > now ? today : today.plus({ days: 1 })).toJSDate();
}

const digestsTo = (email: string) => smtp.to(email).filter((m) => m.mail.subject?.includes('daily digest'));
const MINUTE = 60_000;

/** Runs the schedule at `at` and waits for the one digest `email` then has. */
async function firstDigestAt(at: Date, email: string) {
  app.clock.set(at);
  await runMailSchedule(app);
  await until(() => digestsTo(email).length === 1, 10_000, () => `got ${smtp.to(email).length}`);
  return digestsTo(email)[0];
}

/** A thread in the pairing, with a message by `author` (a demo sign-in); returns the thread. */
async function talk(pairingId: string, author: string, title: string, body: string): Promise<string> {
  const token = await app.login(author);
  const thread = await createThreadVia(app.gql, token, pairingId, title);
  await postMessageVia(app.gql, token, thread, body);
  return thread;
}

/**
 * NPEDC's reader: a message from JPC in their pairing (and their own reply), a review decision on
 * their proposal (which they take in the digest), and a message in a pairing NPEDC is no party to.
 * `quiet` turned off every kind those would be.
 */
async function nepalScene() {
  const reader = await personOf(app, 'NP');
  const quiet = await personOf(app, 'NP');
  const r = await app.gql(P.update, { input: ['THREAD_MESSAGE', 'STATUS_CHANGE', 'REVIEW_DECISION'].map((kind) => ({ kind, delivery: 'OFF' })) }, await app.login(quiet.email));
  expect(r.errors).toBeUndefined();
  const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', topic: 'Lean hospitals', status: PairingStatus.PLANNING });
  const thread = await talk(pairing.id, 'jp@npo.demo', 'Agenda', 'Here is the draft agenda');
  await postMessageVia(app.gql, await app.login(reader.email), thread, 'My own reply');
  // Review decisions come at once by default; the reader takes them in the digest.
  const choice = await app.gql(P.update, { input: [{ kind: 'REVIEW_DECISION', delivery: 'DAILY_DIGEST' }] }, await app.login(reader.email));
  expect(choice.errors).toBeUndefined();
  const proposal = await buildProposal(app, { sending: 'NP', topic: 'Green productivity', status: ProposalStatus.UNDER_REVIEW });
  const review = await app.gql(Q.requestChanges, { id: proposal.id, v: proposal.version, c: 'Add a budget' }, await app.login('secretariat@apo.demo'));
  expect(review.errors).toBeUndefined();
  // A pairing NPEDC is no party to: its messages are not for NPEDC's people.
  const { pairing: other } = await buildPairing(app, { sending: 'TH', host: 'JP', status: PairingStatus.PLANNING });
  await talk(other.id, 'jp@npo.demo', 'Private', 'Only for FTPI and JPC');
  return { reader, quiet, pairing, proposal };
}

describe('a Nepal person’s digest', () => {
  it('comes at 08:00 Kathmandu, grouped by pairing and proposal with links, holding only what they see and chose', async () => {
    const { reader, quiet, pairing, proposal } = await nepalScene();
    const eight = next8('Asia/Kathmandu');
    app.clock.set(new Date(eight.getTime() - MINUTE));
    await runMailSchedule(app);
    expect(await digestsOf(app, reader.id)).toEqual([]);

    const got = await firstDigestAt(eight, reader.email);
    const day = DateTime.fromJSDate(eight, { zone: 'Asia/Kathmandu' }).toISODate();
    expect(got.mail.subject).toBe(`[BCN Hub] Your daily digest for ${day}: 2 updates`);
    const text = got.mail.text ?? '';
    expect(text).toContain(`Pairing NPEDC → JPC · Lean hospitals\n  ${PUBLIC_URL}/pairings/${pairing.id}\n  - JPC Administrator wrote in “Agenda”: Here is the draft agenda`);
    expect(text).toContain(`Proposal Green productivity\n  ${PUBLIC_URL}/proposals/${proposal.id}\n  - The APO Secretariat asks for changes to "Green productivity": Add a budget`);
    expect(text).toContain(`Email preferences: ${PUBLIC_URL}/settings/notifications`);
    expect(text).toMatch(/Unsubscribe from messages in your pairings’ threads: https:\/\/hub\.bcn\.test\/mail\/unsubscribe\?token=/);
    expect(text).toMatch(/Unsubscribe from review decisions on your proposals: /);
    for (const absent of ['My own reply', 'Only for FTPI and JPC']) expect(text + got.mail.html).not.toContain(absent);
    expect(got.mail.html).toContain(`<a href="${PUBLIC_URL}/pairings/${pairing.id}">Pairing NPEDC → JPC · Lean hospitals</a>`);
    expect(got.mail.html).toContain(`<a href="${PUBLIC_URL}/proposals/${proposal.id}">`);
    expect(got.mail.headers.has('list-unsubscribe')).toBe(false);
    // Nothing chosen for the digest: no mail, the day settled.
    expect(await digestsOf(app, quiet.id)).toEqual([{ local_date: day, status: 'SKIPPED' }]);
    expect(smtp.to(quiet.email)).toHaveLength(0);

    // Later the same day: no second digest. The next day's lists only what came after this one.
    app.clock.set(new Date(eight.getTime() + 3 * 3_600_000));
    await talk(pairing.id, 'jp@npo.demo', 'Logistics', 'Visa letters are ready');
    await runMailSchedule(app);
    expect(await digestsOf(app, reader.id)).toHaveLength(1);
    app.clock.set(new Date(eight.getTime() + 24 * 3_600_000));
    await runMailSchedule(app);
    await until(() => digestsTo(reader.email).length === 2, 10_000, () => 'no second digest');
    const second = digestsTo(reader.email)[1].mail.text ?? '';
    expect(second).toContain('Visa letters are ready');
    expect(second).not.toContain('Here is the draft agenda');
    expect(second).not.toContain('Green productivity');
  });
});

describe('a Japan person’s digest', () => {
  it('comes at 08:00 Tokyo, and not when nothing happened', async () => {
    const reader = await personOf(app, 'JP');
    const idle = await personOf(app, 'KR');
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', topic: 'Quality circles', status: PairingStatus.PLANNING });
    await talk(pairing.id, 'np@npo.demo', 'Dates', 'Would June suit you?');
    const eight = next8('Asia/Tokyo');
    app.clock.set(new Date(eight.getTime() - MINUTE));
    await runMailSchedule(app);
    expect(await digestsOf(app, reader.id)).toEqual([]);

    const text = (await firstDigestAt(eight, reader.email)).mail.text ?? '';
    expect(text).toContain(`Pairing NPEDC → JPC · Quality circles\n  ${PUBLIC_URL}/pairings/${pairing.id}\n  - NPEDC Administrator wrote in “Dates”: Would June suit you?`);
    // Seoul is in Tokyo's zone too: KPC's idle person has a digest day, and no mail.
    expect(await digestsOf(app, idle.id)).toEqual([{ local_date: DateTime.fromJSDate(eight, { zone: 'Asia/Tokyo' }).toISODate(), status: 'SKIPPED' }]);
    expect(smtp.to(idle.email)).toHaveLength(0);
  });
});

describe('two instances', () => {
  it('running the schedule at the same moment send each digest and each reminder once', async () => {
    const second = await startSecondInstance(app, mailTestConfig(smtp.url));
    try {
      const readers = [await personOf(app, 'VN'), await personOf(app, 'VN')];
      const { pairing } = await buildPairing(app, { sending: 'VN', host: 'JP', topic: 'Smart farms', status: PairingStatus.PLANNING });
      await talk(pairing.id, 'jp@npo.demo', 'Plan', 'Two instances, one digest');
      const eight = next8('Asia/Ho_Chi_Minh');
      app.clock.set(eight);
      const call = await buildNotification(app, { title: 'Twice-run call', rounds: roundsAhead(app.clock, 3) });
      await buildProposal(app, { notification: call, sending: 'VN' });
      const admin = await demoUser(app, 'vn@npo.demo');
      await runMailSchedule(app, 6);
      const reminders = () => smtp.to(admin.email).filter((m) => m.mail.subject?.includes('Twice-run call'));
      await until(() => readers.every((p) => digestsTo(p.email).length === 1) && reminders().length === 1, 10_000, () => 'missing mail');
      await runMailSchedule(app, 4);
      await until(async () => (await Promise.all(readers.map((p) => digestsOf(app, p.id)))).every((d) => d[0]?.status === 'SENT'), 5_000, () => 'not sent');
      for (const p of readers) expect(digestsTo(p.email)).toHaveLength(1);
      expect(reminders()).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });
});
