// The main screens on a phone-sized screen, with the seeded demo data: navigation wraps, tables
// become stacked cards, and a workspace in follow-up shows its activities and their discussions.
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { screenshot, signedIn, useBrowser, type Person } from './browser.js';

const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
const browser = useBrowser();
let secretariat: Person;

beforeAll(async () => {
  [secretariat] = await signedIn(browser(), baseUrl, ['secretariat@apo.demo'], PHONE);
});

describe('on a phone', () => {
  it('shows the dashboard and the review queue without sideways scrolling', async () => {
    const { page } = secretariat;
    await page.goto('/dashboard');
    await page.getByTestId('dashboard-loaded').waitFor();
    await screenshot(page, '80-phone-dashboard');
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.goto('/review');
    await page.getByTestId('queue-item').first().waitFor();
    await screenshot(page, '81-phone-review-queue');
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('opens a workspace in follow-up with its activities and a follow-up discussion', async () => {
    const { page } = secretariat;
    await page.goto('/pairings');
    await page.locator('tr', { has: page.locator('[data-status="FOLLOW_UP"]') }).first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Follow-up activities' }).waitFor();
    await page.locator('[aria-current="step"]', { hasText: 'Follow up' }).waitFor();
    await screenshot(page, '82-phone-pairing-follow-up');
    await page.getByRole('link', { name: /^Discussion/ }).first().click();
    await page.getByText(/Discussion of the follow-up/).waitFor();
    await screenshot(page, '83-phone-follow-up-discussion');
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});
