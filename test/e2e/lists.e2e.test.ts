// Sorting and filtering lists (issue 18): the server sorts and filters, the page keeps both in the
// URL, so a reload, the back button and a shared link show the same view.
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';
import { stage } from './api.js';

const baseUrl = inject('baseUrl');
const s = stage(baseUrl);
const stamp = `Lists${Date.now()}`;
const browser = useBrowser();
let npo: Person; // Mongolia's NPO

/** Three drafts of MN whose topics share the stamp; a fourth has a literal % in it. */
beforeAll(async () => {
  const calls = await s.call('mn@npo.demo', `{ projectNotifications(first: 50) { edges { node { id currentRound { id } } } } }`);
  const open = calls.projectNotifications.edges.find((e: any) => e.node.currentRound)!.node.id;
  for (const topic of ['Bravo', 'Alpha', 'Charlie', 'Delta 100% digital']) {
    await s.call('mn@npo.demo', `mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`, {
      i: { notificationId: open, topic: `${stamp} ${topic}`, modality: 'VIRTUAL' },
    });
  }
  [npo] = await signedIn(browser(), baseUrl, ['mn@npo.demo']);
});
screenshotsOnFailure(() => ({ npo: npo?.page }));

const topicsShown = (p: Person) => p.page.getByTestId('proposal-list').locator('tbody tr td:first-child').allTextContents();

describe.sequential('sortable lists', () => {
  it('proposals: filtered and sorted by the server, the same after a reload and after going back', async () => {
    const { page } = npo;
    await page.goto('/proposals');
    await page.getByLabel('Filter proposals').fill(stamp);
    await page.waitForURL(new RegExp(`q=${stamp}`));
    await page.getByLabel('Sort by').selectOption('topic-desc');
    await page.waitForURL(/sort=topic-desc/);
    const expected = ['Delta 100% digital', 'Charlie', 'Bravo', 'Alpha'].map((t) => `${stamp} ${t}`);
    await expect.poll(() => topicsShown(npo)).toEqual(expected);
    await page.reload();
    expect(await page.getByLabel('Filter proposals').inputValue()).toBe(stamp);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('topic-desc');
    await expect.poll(() => topicsShown(npo)).toEqual(expected);
    await screenshot(page, '60-proposals-sorted-filtered');
    await page.getByRole('link', { name: `${stamp} Bravo` }).click();
    await page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
    await page.goBack();
    await expect.poll(() => topicsShown(npo)).toEqual(expected);
  });

  it('proposals: a % in the filter is a literal character, and an unmatched filter says so', async () => {
    const { page } = npo;
    await page.getByLabel('Filter proposals').fill(`${stamp} Delta 100%`);
    await expect.poll(() => topicsShown(npo)).toEqual([`${stamp} Delta 100% digital`]);
    // As a LIKE wildcard, this % would match the Delta topic.
    await page.getByLabel('Filter proposals').fill(`${stamp} D%digital`);
    await page.getByText(`No proposal matches “${stamp} D%digital”.`).waitFor();
  });

  it('calls: a shared link with a filter and a sort opens the same view', async () => {
    const { page } = npo;
    await page.goto('/calls?q=25-SN-03&sort=title');
    expect(await page.getByLabel('Filter calls').inputValue()).toBe('25-SN-03');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('title');
    await expect.poll(() => page.getByTestId('call-item').count()).toBe(1);
    expect(await page.getByTestId('call-item').textContent()).toContain('25-SN-03-GE-BCN-C');
    await page.getByLabel('Filter calls').fill('');
    await page.waitForURL((url) => !url.searchParams.has('q') && url.searchParams.get('sort') === 'title');
    await expect.poll(() => page.getByTestId('call-item').count()).toBeGreaterThan(1);
  });
});
