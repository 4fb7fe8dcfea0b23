// The Secretariat's queue and the proposal page link both ways (finding 14): the queue defaults to
// what waits for a decision, offers pairing only where it applies, and keeps its text filter and
// sort in the URL; an approved proposal's page offers "Pair with a host" and links to its
// pairings; organizations show their economy (finding 15).
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';
import { approvedProposal, stage } from './api.js';

const baseUrl = inject('baseUrl');
const s = stage(baseUrl);
const topic = `Lean logistics for ports ${Date.now()}`;
const browser = useBrowser();
let sec: Person;
let npo: Person; // Thailand's NPO
let proposalPath = '';

beforeAll(async () => {
  proposalPath = `/proposals/${await approvedProposal(s, 'th@npo.demo', topic)}`;
  [sec, npo] = await signedIn(browser(), baseUrl, ['secretariat@apo.demo', 'th@npo.demo']);
});
screenshotsOnFailure(() => ({ sec: sec?.page, npo: npo?.page }));

describe.sequential('review queue and proposal page', () => {
  it('the queue opens on what waits for a decision', async () => {
    await sec.page.goto('/review');
    await sec.page.getByTestId('queue-count').waitFor();
    expect(await sec.page.getByLabel('Status').inputValue()).toBe('AWAITING');
    const statuses = await sec.page.getByTestId('queue-item').locator('[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((x) => x !== 'SUBMITTED' && x !== 'UNDER_REVIEW')).toEqual([]);
    expect(await sec.page.getByRole('button', { name: 'Pair with a host…' }).count()).toBe(0);
    await screenshot(sec.page, '31-review-queue-awaiting');
  });

  it('an approved proposal’s page offers "Pair with a host" and then links to the pairing, live for the NPO', async () => {
    await npo.page.goto(proposalPath);
    await npo.page.getByTestId('proposal-status').getByText('Approved').waitFor();
    expect(await npo.page.getByRole('button', { name: 'Pair with a host…' }).count()).toBe(0); // the Secretariat's step
    await sec.page.goto(proposalPath);
    await sec.page.getByRole('button', { name: 'Pair with a host…' }).click();
    await sec.page.getByLabel('Host NPO').selectOption({ index: 1 });
    await sec.page.getByRole('button', { name: 'Create pairing' }).click();
    const link = sec.page.getByRole('list', { name: 'Pairings of this proposal' }).getByRole('link', { name: /Pairing with .+ · / });
    await link.waitFor();
    expect(await sec.page.getByRole('button', { name: 'Pair with a host…' }).count()).toBe(0);
    await npo.page.getByRole('list', { name: 'Pairings of this proposal' }).getByRole('link', { name: /Pairing with/ }).waitFor(); // no reload
    await screenshot(sec.page, '25-proposal-paired');
    await link.click();
    await sec.page.getByRole('link', { name: 'the proposal' }).waitFor();
  });

  it('approved proposals already paired link to their pairing instead of offering a new one; filter and sort stay in the URL', async () => {
    await sec.page.goto('/review?status=APPROVED');
    await sec.page.getByLabel('Filter the queue').fill(topic);
    await sec.page.waitForURL(/q=Lean/);
    await sec.page.getByLabel('Sort by').selectOption('topic');
    await sec.page.waitForURL(/sort=topic/);
    await sec.page.reload();
    expect(await sec.page.getByLabel('Filter the queue').inputValue()).toBe(topic);
    const item = sec.page.getByRole('article', { name: topic });
    await item.waitFor();
    expect(await sec.page.getByTestId('queue-item').count()).toBe(1);
    await item.getByRole('link', { name: /Pairing with/ }).waitFor();
    expect(await item.getByRole('button', { name: 'Pair with a host…' }).count()).toBe(0);
    expect(await item.textContent()).toContain('Thailand'); // the economy beside the organization
    await screenshot(sec.page, '32-review-queue-filtered');
  });
});
