// The organization settings page and the download buttons, in a real browser against the real
// server: an NPO admin creates an API token and sees it once, a webhook (with a receiver on
// 127.0.0.1) and its delivery log, a calendar feed; an NPO member finds their calendar feeds and
// their email preferences there;
// "Download CSV" gives a file Excel opens (BOM, header); "Add to calendar" serves the meeting's .ics.
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';
import { approvedProposal, scheduledPairing, stage } from './api.js';
import { until } from '../helpers/live-client.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const s = stage(baseUrl);

let admin: Person;
let member: Person;
beforeAll(async () => {
  [admin, member] = await signedIn(browser(), baseUrl, ['jp@npo.demo', 'jp-member@npo.demo']);
});
afterAll(async () => {
  await admin?.context.close();
  await member?.context.close();
});
screenshotsOnFailure(() => ({ admin: admin?.page, member: member?.page }));

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: /^Settings: / }).waitFor();
}

describe('API tokens on the settings page', () => {
  it('lets an NPO admin create a token, shows it once, and the token works', async () => {
    const { page } = admin;
    await openSettings(page);
    await page.getByLabel('Token name').fill('E2E reporting');
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = await page.getByTestId('new-token').inputValue();
    expect(shown).toMatch(/^bct_/);
    await screenshot(page, 'settings-01-token-shown-once');
    const viewer = await s.api.gql('{ viewer { organization { acronym } scopes } }', {}, shown);
    expect(viewer.data?.viewer).toEqual({ organization: { acronym: 'JPC' }, scopes: ['READ'] });

    await page.getByRole('button', { name: 'I have kept it' }).click();
    await page.reload();
    const row = page.getByTestId('token-list').getByRole('row', { name: /E2E reporting/ });
    await row.waitFor();
    expect(await page.content()).not.toContain(shown);
    await screenshot(page, 'settings-02-token-listed');
  });

  it('revokes a token after asking, and the token stops working', async () => {
    const { page } = admin;
    await page.getByLabel('Token name').fill('E2E to revoke');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByTestId('new-token').inputValue();
    await page.getByRole('button', { name: 'I have kept it' }).click();
    await page.getByRole('button', { name: 'Revoke E2E to revoke' }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.getByTestId('token-list').getByRole('row', { name: /E2E to revoke/ }).getByText(/^Revoked/).waitFor();
    const refused = await s.api.gql('{ viewer { scopes } }', {}, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('webhooks on the settings page', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver?.close());

  it('lets an NPO admin create a webhook (secret shown once), send a test and see it in the delivery log', async () => {
    const { page } = admin;
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Add a webhook' }).click();
    await page.getByLabel('Payload URL').fill(receiver.url);
    await page.getByLabel('Description (optional)', { exact: true }).fill('E2E receiver');
    await page.getByRole('button', { name: 'Create webhook' }).click();
    expect(await page.getByTestId('new-webhook-secret').inputValue()).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'I have kept it' }).click();
    const card = page.getByRole('article', { name: `Webhook ${receiver.url}` });
    await card.getByRole('button', { name: 'Send test' }).click();
    const delivery = card.getByTestId('delivery').first();
    await delivery.getByText('Succeeded').waitFor();
    expect(await delivery.textContent()).toMatch(/HTTP 200 in \d+ ms/);
    expect(receiver.requests.at(-1)?.headers['webhook-signature']).toMatch(/^v1,/);
    await screenshot(page, 'settings-05-webhook-delivery-log');
  });

  it('redelivers a delivery from the log: the receiver gets it again, with the same webhook-id', async () => {
    const { page } = admin;
    const card = page.getByRole('article', { name: `Webhook ${receiver.url}` });
    const before = receiver.requests.length;
    const id = receiver.requests.at(-1)!.headers['webhook-id'];
    await card.getByTestId('delivery').first().getByRole('button', { name: 'Redeliver' }).click();
    await until(() => receiver.requests.length > before, 15_000, () => 'not redelivered');
    expect(receiver.requests.at(-1)!.headers['webhook-id']).toBe(id);
  });

  it('pauses a webhook by editing it, then deletes it after asking', async () => {
    const { page } = admin;
    const card = page.getByRole('article', { name: `Webhook ${receiver.url}` });
    await card.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('form', { name: 'Edit webhook' }).getByRole('checkbox', { name: /^Active/ }).uncheck();
    await screenshot(page, 'settings-08-webhook-edit');
    await page.getByRole('button', { name: 'Save webhook' }).click();
    await card.getByText('Paused').waitFor();
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('button', { name: 'Yes, delete' }).click();
    await card.waitFor({ state: 'detached' });
  });
});

type Receiver = { url: string; requests: Array<{ headers: http.IncomingHttpHeaders; body: string }>; close(): Promise<void> };

/** A webhook endpoint on 127.0.0.1 that answers 200 and keeps what it got (the e2e server allows private targets). */
async function startReceiver(): Promise<Receiver> {
  const requests: Receiver['requests'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push({ headers: req.headers, body });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/bcn`, requests, close: () => new Promise((r) => server.close(() => r())) };
}

describe('calendar feeds on the settings page', () => {
  it('creates a feed whose address is shown once, serves the organization\'s meetings there, and stops when revoked', async () => {
    const { page } = admin;
    await page.goto('/settings');
    await page.getByLabel('Feed description (optional)').fill('E2E Outlook');
    await page.getByRole('button', { name: 'Create feed' }).click();
    const url = await page.getByTestId('new-feed-url').inputValue();
    expect(url).toMatch(/^http:\/\/.+\/calendar\/feeds\/.+\.ics$/);
    await page.getByRole('region', { name: 'Your calendar feed address' }).getByRole('button', { name: 'Copy' }).waitFor();
    await screenshot(page, 'settings-07-feed-url-shown-once');
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');

    await page.getByRole('button', { name: 'I have kept it' }).click();
    await page.getByRole('button', { name: 'Revoke feed E2E Outlook' }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.getByTestId('feed-list').getByRole('row', { name: /E2E Outlook/ }).getByText(/^Revoked/).waitFor();
    expect((await fetch(url)).status).toBe(404);
  });
});

describe('the settings page for an NPO member', () => {
  it('gives an NPO member their calendar feeds only, and says who manages tokens and webhooks', async () => {
    const { page } = member;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByTestId('settings-admin-only').waitFor();
    expect(await page.getByTestId('settings-admin-only').textContent()).toMatch(/managed by your organization’s NPO administrators/);
    await page.getByRole('button', { name: 'Create feed' }).waitFor();
    expect(await page.getByTestId('token-list').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a webhook' }).count()).toBe(0);
    await screenshot(page, 'settings-03-member-feeds-only');
  });
});

describe('email notifications', () => {
  it('lets a person choose how each kind of alert reaches them, and keeps the choice', async () => {
    const { page } = member;
    await page.goto('/settings');
    await page.getByRole('link', { name: 'Email notifications' }).click();
    await page.getByRole('heading', { name: 'Email notifications' }).waitFor();
    const mentions = page.getByLabel('Someone mentions me', { exact: true });
    expect(await mentions.inputValue()).toBe('IMMEDIATE'); // the default
    expect(await page.getByLabel('A message in a thread of one of my pairings').inputValue()).toBe('DAILY_DIGEST');
    await mentions.selectOption('OFF');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Email notifications' }).waitFor();
    await until(async () => (await page.getByLabel('Someone mentions me', { exact: true }).inputValue()) === 'OFF', 5_000, () => 'the choice was not kept');
    await screenshot(page, 'settings-04-email-notifications');
  });
});

describe('Download CSV and Add to calendar', () => {
  it('downloads the proposals as CSV with a BOM and the header row', async () => {
    const { page } = admin;
    await page.goto('/proposals');
    await page.getByTestId('proposal-list').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.subarray(3).toString('utf8').split(/\r?\n/)[0];
    expect(header).toMatch(/^id,status,topic,/);
  });

  it('downloads the review queue as filtered: the link carries the filters, the file holds only matching rows', async () => {
    await approvedProposal(s, 'jp@npo.demo', `CSV filter e2e ${Date.now()}`);
    const [secretariat] = await signedIn(browser(), baseUrl, ['secretariat@apo.demo']);
    try {
      const { page } = secretariat;
      await page.goto('/review?status=APPROVED&economy=JP');
      const link = page.getByRole('link', { name: 'Download CSV' });
      expect(await link.getAttribute('href')).toBe('/export/proposals.csv?economy=JP&status=APPROVED');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const rows = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/).slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.split(',')[1]).toBe('APPROVED');
      await screenshot(page, 'settings-06-review-queue-download');
    } finally {
      await secretariat.context.close();
    }
  });

  it('offers "Add to calendar" for a scheduled meeting, and the link serves the .ics', async () => {
    const pairingId = await scheduledPairing(s, 'jp@npo.demo', 'th@npo.demo', `Calendar e2e ${Date.now()}`);
    const { page } = admin;
    await page.goto(`/pairings/${pairingId}`);
    const link = page.getByRole('link', { name: 'Add to calendar' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/calendar/pairings/${pairingId}.ics`);
    await screenshot(page, 'settings-04-add-to-calendar');
    // The page's own cookie-carrying request, as the browser makes it when the link is followed.
    const res = await page.request.get(`/calendar/pairings/${pairingId}.ics`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await res.text()).toContain('BEGIN:VEVENT');
  });
});
