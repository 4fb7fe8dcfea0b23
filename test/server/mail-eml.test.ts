// Without SMTP_URL (the embedded default) each mail is written as an .eml file under
// $DATA_DIR/mail/, which a mail parser reads back as the message that would have been sent.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { until } from '../helpers/live-client.js';
import { inviteHost, mailTestConfig, personOf, PUBLIC_URL } from '../helpers/factories/mail.js';

let app: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-mail-'));
  app = await startTestApp({ ...mailTestConfig(undefined, { from: 'BCN Hub <alerts@hub.example.org>' }), dataDir });
});
afterAll(async () => {
  await app.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const files = async () => (await fs.readdir(path.join(dataDir, 'mail')).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));

it('writes each mail as a parsable .eml file under DATA_DIR/mail', async () => {
  const host = await personOf(app, 'KR');
  const { pairingId, topic } = await inviteHost(app, 'KR');
  await until(async () => (await files()).length === 1, 10_000, () => 'no .eml file written');
  const [file] = await files();
  const mail = await simpleParser(await fs.readFile(path.join(dataDir, 'mail', file)));
  expect(mail.to).toMatchObject({ value: [{ address: host.email }] });
  expect(mail.from?.value[0].address).toBe('alerts@hub.example.org');
  expect(mail.subject).toBe(`[BCN Hub] NPEDC → KPC: you are invited to host "${topic}"`);
  expect(mail.messageId).toMatch(/@hub\.example\.org>$/);
  expect(mail.text).toContain(`${PUBLIC_URL}/pairings/${pairingId}`);
  expect(mail.html).toContain(`${PUBLIC_URL}/pairings/${pairingId}`);
  expect(mail.headerLines.map((h) => h.key)).toEqual(expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post']));
});
