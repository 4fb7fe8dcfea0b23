// Messages in a thread of one's pairings (THREAD_MESSAGE, in the daily digest by default): mailed
// at once to the people of both NPOs who chose IMMEDIATE, never to the author, and a person the
// message mentions gets the one MENTION mail, not two.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import type { TestApp } from '../helpers/app.js';
import { until } from '../helpers/live-client.js';
import { outboxOf, P, personOf, PUBLIC_URL, startMailTestApp } from '../helpers/factories/mail.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { createThreadVia, postMessageVia } from '../helpers/factories/realtime.js';
import type { SmtpReceiver } from '../helpers/smtp-receiver.js';

let app: TestApp;
let smtp: SmtpReceiver;
let stop: () => Promise<void>;
beforeAll(async () => ({ app, smtp, stop } = await startMailTestApp()));
afterAll(() => stop());

async function wantsThreadMessagesAtOnce(email: string): Promise<string> {
  const token = await app.login(email);
  const r = await app.gql(P.update, { input: [{ kind: 'THREAD_MESSAGE', delivery: 'IMMEDIATE' }] }, token);
  expect(r.errors).toBeUndefined();
  return token;
}

it('mails a new message to those who want thread messages at once; the author and the mentioned get no THREAD_MESSAGE mail', async () => {
  const { pairing } = await buildPairing(app, { sending: 'NP', host: 'SG', status: PairingStatus.PLANNING });
  const eager = await personOf(app, 'SG');
  const quiet = await personOf(app, 'SG');
  const mentioned = await personOf(app, 'NP');
  await wantsThreadMessagesAtOnce(eager.email);
  await wantsThreadMessagesAtOnce(mentioned.email);
  const author = await wantsThreadMessagesAtOnce('np@npo.demo');
  const threadId = await createThreadVia(app.gql, author, pairing.id, 'Agenda');
  await postMessageVia(app.gql, author, threadId, `Draft agenda attached.\n\n@${mentioned.email} please check the dates.`);
  await until(() => smtp.to(eager.email).length === 1 && smtp.to(mentioned.email).length === 1, 10_000, () => `received ${smtp.received.length}`);
  const [toEager] = smtp.to(eager.email);
  expect(toEager.mail.subject).toMatch(/^\[BCN Hub\] NPEDC Administrator wrote in “Agenda”: Draft agenda attached\./);
  expect(toEager.mail.text).toContain(`${PUBLIC_URL}/pairings/${pairing.id}`);
  expect(smtp.to(mentioned.email)[0].mail.subject).toMatch(/mentioned you in “Agenda”/);
  expect((await outboxOf(app, mentioned.id)).map((r) => r.kind)).toEqual(['MENTION']);
  // A later message to the same people shows the queue has moved on: still nothing for the others.
  await postMessageVia(app.gql, author, threadId, 'One more thing.');
  await until(() => smtp.to(eager.email).length === 2 && smtp.to(mentioned.email).length === 2, 10_000, () => `received ${smtp.received.length}`);
  expect(smtp.to(quiet.email)).toHaveLength(0);
  expect(smtp.to('np@npo.demo')).toHaveLength(0);
});
