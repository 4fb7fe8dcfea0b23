// Reading calls: the list with rounds and a countdown, and one call laid out in full.
import { describe, expect, it, inject } from 'vitest';
import { openPerson, screenshot, signIn, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('calls', () => {
  it('lists published calls with a countdown to the open round and shows one call in full', async () => {
    const { page, context } = await openPerson(browser(), baseUrl);
    await signIn(page, 'np@npo.demo');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calls' }).click();
    const countdown = page.locator('.countdown').first();
    await countdown.waitFor();
    expect(await countdown.textContent()).toMatch(/closes in \d+ days?/);
    await screenshot(page, '10-calls');
    await page.locator('article', { has: page.locator('.countdown') }).first().getByRole('heading').getByRole('link').click();
    await page.getByRole('heading', { name: 'Objectives' }).waitFor();
    for (const label of ['Date of Issue', 'Project Code', 'Timing', 'Hosting Country(ies)', 'Venue City(ies)', 'Modality', 'Overseas Participants', 'Local Participants', 'Remarks']) {
      expect(await page.locator('dt', { hasText: label }).count(), label).toBeGreaterThan(0);
    }
    for (const heading of ['Rationale', 'Background', 'Topics', 'Outcome', 'Qualifications']) {
      await page.getByRole('heading', { name: heading }).waitFor();
    }
    await screenshot(page, '11-call');
    await context.close();
  });
});
