// Searching from the header in a real browser: the words go to /search?q=…, results come grouped
// by type with the matched words highlighted, the type filter stays in the address, and a hit
// opens its object (here a message, in its thread). Another NPO finds nothing of it.
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';
import { createThread, planningPairing, post, stage } from './api.js';

const baseUrl = inject('baseUrl');
const s = stage(baseUrl);
const browser = useBrowser();
// A word no demo data holds, so that the test finds exactly what it made.
const WORD = `zircon${Date.now().toString(36)}`;
let sender: Person; // the Philippines' NPO
let outsider: Person; // Vietnam's NPO, not in the pair
let threadId = '';

beforeAll(async () => {
  const pairingId = await planningPairing(s, 'ph@npo.demo', 'sg@npo.demo', `Digital ${WORD} productivity`);
  threadId = await createThread(s, 'ph@npo.demo', pairingId, 'Site visit');
  await post(s, 'sg@npo.demo', threadId, `Please bring the ${WORD} samples <b>and</b> the checklist.`);
  [sender, outsider] = await signedIn(browser(), baseUrl, ['ph@npo.demo', 'vn@npo.demo']);
});
screenshotsOnFailure(() => ({ sender: sender?.page, outsider: outsider?.page }));

describe.sequential('search from the header', () => {
  it('shows hits grouped by type with the words highlighted, and opens a message in its thread', async () => {
    const { page } = sender;
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: /Search calls, proposals/ });
    await box.fill(WORD);
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Messages (1)' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(WORD);
    await page.getByRole('heading', { name: 'Pairings (1)' }).waitFor();
    const marks = await page.getByTestId('search-hit').locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.toLowerCase() === WORD)).toBe(true);
    // The message's text is shown as text: no element came from it.
    expect(await page.getByTestId('search-hit').locator('b').count()).toBe(0);
    await screenshot(page, '90-search-results');

    await page.getByRole('button', { name: /^Messages/ }).click();
    await page.waitForURL((u) => u.searchParams.get('type') === 'messages');
    // The address changes before the filtered results replace the grouped ones.
    await page.getByRole('heading', { name: /^Pairings/ }).waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Messages (1)' }).waitFor(); // and then the messages alone
    expect(await page.getByRole('heading', { name: /^Pairings/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Site visit' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/pairings/') && u.searchParams.get('thread') === threadId);
    await page.getByText(`Please bring the ${WORD} samples`).waitFor();
    await screenshot(page, '91-search-opened-message');
  });

  it('finds nothing of a pair for an NPO outside it', async () => {
    const { page } = outsider;
    await page.goto(`/search?q=${WORD}`);
    await page.getByRole('status').getByText(`Nothing found for “${WORD}”.`).waitFor();
    expect(await page.getByTestId('search-hit').count()).toBe(0);
  });
});
