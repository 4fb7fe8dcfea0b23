// Editing a proposal: a stale save shows both versions and merges without losing the user's text;
// after a change request and a second submission the revision history shows a side-by-side diff.
import { beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';

const baseUrl = inject('baseUrl');
const topic = `Kaizen for public hospitals ${Date.now()}`;
const browser = useBrowser();
let npo: Person; // Thailand's NPO (th@npo.demo)
let secretariat: Person;
let proposalPath = '';

beforeAll(async () => {
  [npo, secretariat] = await signedIn(browser(), baseUrl, ['th@npo.demo', 'secretariat@apo.demo']);
});
screenshotsOnFailure(() => ({ npo: npo?.page, secretariat: secretariat?.page }));

async function draftProposal(page: Page): Promise<string> {
  await page.goto('/calls');
  await page.locator('article', { has: page.locator('.countdown') }).first().getByRole('heading').getByRole('link').click();
  await page.getByRole('link', { name: 'Draft a proposal' }).click();
  await page.getByLabel('Topic').fill(topic);
  await page.getByLabel('Objectives').fill('Learn kaizen.');
  await page.getByLabel('Expected outcome').fill('Shorter waiting times in two hospitals.');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByRole('group', { name: 'Participant 1' }).getByLabel('Name').fill('Somchai Prasert');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByTestId('proposal-status').getByText('Draft').waitFor();
  return new URL(page.url()).pathname;
}

describe.sequential('editing a proposal', () => {
  it('a stale save shows both versions side by side and saves a merge that keeps the user’s text', async () => {
    proposalPath = await draftProposal(npo.page);
    const other = await npo.context.newPage(); // the same draft open in a second tab
    await other.goto(proposalPath);
    await other.getByRole('button', { name: 'Edit' }).click();
    await npo.page.getByRole('button', { name: 'Edit' }).click();
    await npo.page.getByLabel('Objectives').fill('Learn kaizen in hospital wards.');
    await npo.page.getByRole('button', { name: 'Save changes' }).click();
    await npo.page.getByText('Learn kaizen in hospital wards.').waitFor();
    await other.getByLabel('Objectives').fill('Learn kaizen and 5S for pharmacies.');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.getByRole('heading', { name: /Someone else saved this proposal/ }).waitFor();
    expect(await other.getByTestId('theirs-objectives').textContent()).toBe('Learn kaizen in hospital wards.');
    expect(await other.getByTestId('mine-objectives').textContent()).toBe('Learn kaizen and 5S for pharmacies.');
    await screenshot(other, '23-proposal-conflict-merge');
    await other.getByRole('button', { name: 'Combine both' }).click();
    await other.getByRole('button', { name: 'Save merged version' }).click();
    await other.getByRole('region', { name: 'Proposal details' }).getByText('Learn kaizen and 5S for pharmacies.').waitFor();
    await other.close();
  });

  it('after a change request and a second submission, the revision history diffs the two side by side', async () => {
    await npo.page.reload();
    await npo.page.getByRole('button', { name: 'Submit proposal' }).click();
    await npo.page.getByRole('button', { name: 'Yes, submit' }).click();
    await npo.page.getByTestId('proposal-status').getByText('Submitted').waitFor();
    await secretariat.page.goto(proposalPath);
    await secretariat.page.getByRole('button', { name: `Start review ${topic}` }).click();
    await secretariat.page.getByRole('button', { name: 'Request changes…' }).click();
    await secretariat.page.getByLabel('What should change').fill('Please name the hospitals.');
    await secretariat.page.getByRole('button', { name: 'Request changes', exact: true }).click();
    await npo.page.getByTestId('proposal-status').getByText('Changes requested').waitFor(); // live
    await npo.page.getByText('Please name the hospitals.').waitFor();
    await npo.page.getByRole('button', { name: 'Edit' }).click();
    await npo.page.getByLabel('Objectives').fill('Learn kaizen in the wards of Siriraj and Ramathibodi hospitals.');
    await npo.page.getByRole('button', { name: 'Save changes' }).click();
    await npo.page.getByRole('button', { name: 'Submit proposal' }).click();
    await npo.page.getByRole('button', { name: 'Yes, submit' }).click();
    await npo.page.getByTestId('proposal-status').getByText('Submitted').waitFor();
    const history = npo.page.getByRole('region', { name: 'Objectives' });
    await history.locator('ins', { hasText: 'Siriraj' }).waitFor();
    expect(await history.locator('del').count()).toBeGreaterThan(0);
    await screenshot(npo.page, '24-proposal-revision-diff');
  });
});

describe.sequential('editing a proposal', () => {
  it('the Secretariat rejects it with a reason, which the NPO sees live', async () => {
    await secretariat.page.getByRole('button', { name: `Start review ${topic}` }).click();
    await secretariat.page.getByRole('button', { name: 'Reject…' }).click();
    await secretariat.page.getByLabel('Reason for rejecting').fill('Hospitals are outside the scope of this call.');
    await secretariat.page.getByRole('button', { name: 'Reject proposal' }).click();
    await npo.page.getByTestId('proposal-status').getByText('Rejected').waitFor();
    await npo.page.getByText('Hospitals are outside the scope of this call.').waitFor();
  });

  it('an NPO withdraws a draft with a reason', async () => {
    await draftProposal(npo.page);
    await npo.page.getByRole('button', { name: 'Withdraw…' }).click();
    await npo.page.getByLabel('Reason').fill('We will propose it next year.');
    await npo.page.getByRole('button', { name: 'Withdraw proposal' }).click();
    await npo.page.getByTestId('proposal-status').getByText('Withdrawn').waitFor();
  });
});
