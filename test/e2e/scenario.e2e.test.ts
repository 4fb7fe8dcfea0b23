// The scenario, step by step, with each person in their own browser context:
// an NPO drafts and submits a proposal; the Secretariat sees it arrive live, approves it, and the
// NPO's page turns APPROVED without reload; the dashboard moves live; the Secretariat pairs it with
// a host; host and sender talk in a planning thread and each sees the other's message live.
import { beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page, WebSocketRoute } from 'playwright-core';
import { screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';

const baseUrl = inject('baseUrl');
const topic = `Digital productivity tools for SMEs ${Date.now()}`;
const browser = useBrowser();
let sender: Person; // Nepal's NPO (np@npo.demo)
let secretariat: Person;
let dashboard: Page; // a second tab of the Secretariat
let host: Person; // Japan Productivity Center (jp@npo.demo)
let proposalUrl = '';
let pairingUrl = '';

beforeAll(async () => {
  [sender, secretariat, host] = await signedIn(browser(), baseUrl, ['np@npo.demo', 'secretariat@apo.demo', 'jp@npo.demo']);
});
screenshotsOnFailure(() => ({ sender: sender?.page, secretariat: secretariat?.page, host: host?.page }));

/** The number shown for one bar of a dashboard chart. */
async function barValue(page: Page, testId: string): Promise<number> {
  const bar = page.getByTestId(testId);
  if ((await bar.count()) === 0) return 0;
  return Number(await bar.locator('.value').textContent());
}

describe.sequential('proposal to pairing, live', () => {
  it('an NPO user drafts a proposal, sees field-level validation, and saves the draft', async () => {
    const { page } = sender;
    await page.goto('/calls');
    await page.locator('article', { has: page.locator('.countdown') }).first().getByRole('heading').getByRole('link').click();
    await page.getByRole('link', { name: 'Draft a proposal' }).click();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('.field.invalid', { hasText: 'Topic' }).waitFor();
    await screenshot(page, '20-proposal-validation');
    await page.getByLabel('Topic').fill(topic);
    await page.getByLabel('Objectives').fill('Learn how JPC supports SMEs in adopting digital tools.');
    await page.getByLabel('Expected outcome').fill('A pilot program for 20 SMEs in Nepal.');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByRole('group', { name: 'Participant 1' }).getByLabel('Name').fill('Sita Sharma');
    await page.getByLabel('Add a host').selectOption({ label: 'Japan Productivity Center (JPC, Japan)' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByTestId('proposal-status').getByText('Draft').waitFor();
    proposalUrl = page.url();
    await screenshot(page, '21-proposal-draft');
  });

  it('the NPO submits it and the Secretariat sees it appear live in the review queue', async () => {
    expect(proposalUrl).toMatch(/\/proposals\//);
    await secretariat.page.goto('/review');
    await secretariat.page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await secretariat.page.getByTestId('queue-item').first().waitFor();
    await sender.page.getByRole('button', { name: 'Submit proposal' }).click();
    await sender.page.getByRole('button', { name: 'Yes, submit' }).click();
    await sender.page.getByTestId('proposal-status').getByText('Submitted').waitFor();
    await secretariat.page.getByRole('article', { name: topic }).waitFor(); // no reload in between
    await screenshot(secretariat.page, '30-review-queue');
  });
});

describe.sequential('proposal to pairing, live', () => {
  it('the Secretariat approves it; the NPO page shows APPROVED and the dashboard count moves, both without reload', async () => {
    dashboard = await secretariat.context.newPage();
    await dashboard.goto('/dashboard');
    await dashboard.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await dashboard.getByTestId('dashboard-loaded').waitFor();
    const approvedBefore = await barValue(dashboard, 'bar-Proposals by status-APPROVED');
    const approvedFeedBefore = await dashboard.getByTestId('activity-item').filter({ hasText: 'Proposal approved' }).count();
    const item = secretariat.page.getByRole('article', { name: topic });
    await item.getByRole('button', { name: `Start review ${topic}` }).click();
    await item.getByRole('button', { name: `Approve ${topic}` }).click();
    await item.getByRole('button', { name: 'Yes, approve' }).click();
    await sender.page.getByTestId('proposal-status').getByText('Approved').waitFor();
    await dashboard.waitForFunction(
      ([id, before]) => Number((globalThis as any).document.querySelector(`[data-testid="${id}"] .value`)?.textContent ?? 0) > Number(before),
      ['bar-Proposals by status-APPROVED', approvedBefore] as const,
    );
    await dashboard.getByTestId('activity-item').filter({ hasText: 'Proposal approved' }).nth(approvedFeedBefore).waitFor(); // the feed moved too
    await screenshot(sender.page, '22-proposal-approved');
    await screenshot(dashboard, '60-dashboard');
  });

  it('the Secretariat pairs the proposal with a suggested host, who accepts', async () => {
    // Approved, it has left the queue's default view (waiting for a decision): pair it from its page.
    await secretariat.page.goto(new URL(proposalUrl).pathname);
    await secretariat.page.getByRole('button', { name: 'Pair with a host…' }).click();
    await secretariat.page.getByLabel('Host NPO').selectOption({ index: 1 });
    await secretariat.page.getByRole('button', { name: 'Create pairing' }).click();
    await secretariat.page.getByRole('link', { name: /Pairing with/ }).click();
    await secretariat.page.getByRole('heading', { name: topic }).waitFor();
    pairingUrl = new URL(secretariat.page.url()).pathname;
    await host.page.goto(pairingUrl);
    await host.page.getByRole('button', { name: 'Accept hosting' }).click();
    await host.page.locator('[aria-current="step"]', { hasText: 'Planning' }).waitFor();
    await screenshot(host.page, '40-pairing-workspace');
  });
});

describe.sequential('proposal to pairing, live', () => {
  it('host and sender post in a planning thread and each sees the other’s message live', async () => {
    expect(pairingUrl).toMatch(/\/pairings\//);
    await sender.page.goto(pairingUrl);
    await sender.page.getByLabel('New thread title').fill('Meeting logistics');
    await sender.page.getByRole('button', { name: 'Start thread' }).click();
    await sender.page.getByRole('heading', { name: 'Meeting logistics' }).waitFor();
    await host.page.getByRole('link', { name: /Meeting logistics/ }).click();
    await host.page.getByRole('heading', { name: 'Meeting logistics' }).waitFor();
    // The host starts typing before the sender's message arrives: the draft must survive it.
    await host.page.getByLabel('Message', { exact: true }).fill('Welcome! We can host in');
    await sender.page.getByLabel('Message', { exact: true }).fill('Namaste from Kathmandu, shall we meet in May?');
    await sender.page.getByRole('button', { name: 'Send' }).click();
    await host.page.getByText('Namaste from Kathmandu, shall we meet in May?').waitFor();
    expect(await host.page.getByLabel('Message', { exact: true }).inputValue()).toBe('Welcome! We can host in');
    await host.page.getByLabel('Message', { exact: true }).fill('Welcome! We can host in Tokyo in the second week of May.');
    await host.page.getByRole('button', { name: 'Send' }).click();
    await sender.page.getByText('Welcome! We can host in Tokyo in the second week of May.').waitFor();
    await screenshot(sender.page, '50-planning-thread');
  });

  it('the sender plans the meeting in their own time zone and the host sees it live in both zones', async () => {
    const { page } = sender;
    await page.getByRole('button', { name: 'Edit plan' }).click();
    await page.getByLabel('Enter times in').selectOption({ label: 'NPEDC (Asia/Kathmandu)' });
    await page.getByLabel('Starts').fill('2027-05-10T09:00');
    await page.getByLabel('Ends').fill('2027-05-10T12:00');
    await page.getByLabel('Online link').fill('https://meet.example.org/bcn-npedc-jpc');
    await page.getByRole('button', { name: 'Add delegate' }).click();
    const delegate = page.getByRole('group', { name: 'Delegate 1' });
    await delegate.getByLabel('Name').fill('Sita Sharma');
    await delegate.getByLabel('Title').fill('Director');
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    const item = page.getByRole('group', { name: 'Agenda item 1' });
    await item.getByLabel('Topic').fill('Digital tools at JPC');
    await item.getByLabel('Presenter').fill('JPC');
    await screenshot(page, '41-meeting-plan-editor');
    await page.getByRole('button', { name: 'Save meeting plan' }).click();
    await page.getByRole('button', { name: 'Edit plan' }).waitFor();
    const starts = host.page.locator('dt', { hasText: 'Starts' }).locator('xpath=following-sibling::dd[1]');
    await starts.getByText('JPC: 10 May 2027, 12:15').waitFor(); // no reload on the host's side
    expect(await starts.textContent()).toContain('NPEDC: 10 May 2027, 09:00');
  });
});

describe.sequential('proposal to pairing, live', () => {
  it('after the WebSocket drops, the host catches up from its last cursor and sees what was posted meanwhile', async () => {
    // Every socket of the host goes through this route, so the test can cut the line.
    let down = false;
    const open: WebSocketRoute[] = [];
    await host.context.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) return void ws.close({ code: 1001, reason: 'test: network down' });
      ws.connectToServer();
      open.push(ws);
    });
    await host.page.reload();
    await host.page.getByRole('heading', { name: 'Meeting logistics' }).waitFor();
    await sender.page.getByLabel('Message', { exact: true }).fill('Draft agenda attached in the plan.');
    await sender.page.getByRole('button', { name: 'Send' }).click();
    await host.page.getByText('Draft agenda attached in the plan.').waitFor(); // live, so the host has a cursor
    down = true;
    for (const ws of open.splice(0)) await ws.close({ code: 1001, reason: 'test: network down' });
    await host.page.getByRole('img', { name: 'Reconnecting' }).waitFor();
    await sender.page.getByLabel('Message', { exact: true }).fill('Posted while your connection was down.');
    await sender.page.getByRole('button', { name: 'Send' }).click();
    await sender.page.getByText('Posted while your connection was down.').waitFor();
    down = false;
    await host.page.getByText('Posted while your connection was down.').waitFor({ timeout: 30_000 });
    await host.page.getByRole('img', { name: 'Live' }).waitFor();
  });

  it('a mention reaches the other side’s inbox: the unread badge moves live and the inbox lists it', async () => {
    const badge = host.page.getByTestId('inbox-badge');
    const before = (await badge.count()) ? Number(await badge.textContent()) : 0;
    await sender.page.getByLabel('Message', { exact: true }).fill('@jp@npo.demo could you share the agenda draft?');
    await sender.page.getByRole('button', { name: 'Send' }).click();
    await host.page.waitForFunction(
      (n) => Number((globalThis as any).document.querySelector('[data-testid="inbox-badge"]')?.textContent ?? 0) > n,
      before,
    );
    await host.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Inbox/ }).click();
    await host.page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await host.page.getByTestId('inbox-item').filter({ hasText: 'mentioned' }).first().waitFor();
    await screenshot(host.page, '70-inbox');
  });
});
