// The outcome side of a pairing (issue 19), walked in the browser by the people it involves, each
// in a browser context of their own: Bangladesh's NPO (sending), Malaysia's (host) and the
// Secretariat. The meeting is marked held (the Secretariat's dashboard counts it without a
// reload), both sides write and confirm the meeting record, the sending NPO reports, the
// Secretariat asks for changes and accepts the revision, the pairing completes, both NPOs consent,
// and the summary is on the showcase page, for anyone when both chose Public.
import fs from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { adminQuery } from '../helpers/global-setup.js';
import { openPerson, screenshot, SCREENSHOTS, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';
import { scheduledPairing, stage } from './api.js';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const s = stage(baseUrl);
const browser = useBrowser();
const topic = `Productivity of jute mills ${Date.now().toString(36)}`;
let bd: Person; // sending NPO's administrator
let my: Person; // host NPO's administrator
let sec: Person; // the APO Secretariat
let path = '';

beforeAll(async () => {
  const id = await scheduledPairing(s, 'bd@npo.demo', 'my@npo.demo', topic);
  path = `/pairings/${id}`;
  // A browser test cannot wait a month for the meeting: its planned start is moved an hour into
  // the past, which is all that marking it held asks for.
  await adminQuery(databaseUrl, `update meeting_plan set starts_at = now() - interval '1 hour', ends_at = now() - interval '10 minutes' where pairing_id = '${id}'`);
  [bd, my, sec] = await signedIn(browser(), baseUrl, ['bd@npo.demo', 'my@npo.demo', 'secretariat@apo.demo']);
});
screenshotsOnFailure(() => ({ bd: bd?.page, my: my?.page, sec: sec?.page }));

const status = (page: Page) => page.getByTestId('pairing-status');
const record = (page: Page) => page.locator('section', { has: page.getByRole('heading', { name: 'Meeting record' }) });
const report = (page: Page) => page.getByTestId('completion-report');

/** Bangladesh's meetings as sender in the dashboard's program report (0 while it has no row). */
async function bangladeshAsSender(page: Page): Promise<number> {
  const row = page.getByTestId('meetings-by-economy').locator('tr', { has: page.getByRole('rowheader', { name: 'Bangladesh' }) });
  return (await row.count()) ? Number(await row.locator('td[data-col="asSender"]').textContent()) : 0;
}

/** The pairing's entry on /showcase as someone not signed in sees it. */
async function publicShowcaseEntry(): Promise<string | null> {
  const visitor = await openPerson(browser(), baseUrl);
  try {
    await visitor.page.goto(`/showcase?q=${encodeURIComponent(topic)}`);
    const entry = visitor.page.getByTestId('showcase-entry');
    await entry.getByRole('heading', { name: topic }).waitFor();
    expect(await entry.count()).toBe(1);
    await screenshot(visitor.page, '103-showcase-public');
    return await entry.textContent();
  } finally {
    await visitor.context.close();
  }
}

async function waitFor(what: () => Promise<boolean>, message: string): Promise<void> {
  const until = Date.now() + 15_000;
  while (!(await what())) {
    if (Date.now() > until) throw new Error(message);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.sequential('from a held meeting to a confirmed record', () => {
  it('marks the meeting held; the record opens on both sides and the dashboard counts the meeting live', async () => {
    await sec.page.goto('/dashboard');
    await sec.page.getByTestId('meetings-by-economy').waitFor();
    const before = await bangladeshAsSender(sec.page);
    await Promise.all([bd.page.goto(path), my.page.goto(path)]);
    await bd.page.getByRole('button', { name: 'Mark meeting held' }).click();
    await bd.page.getByRole('button', { name: 'Yes, it was held' }).click();
    for (const p of [bd.page, my.page]) {
      await status(p).getByText(/meeting held/i).waitFor();
      await record(p).getByText('not confirmed yet').first().waitFor();
    }
    await waitFor(async () => (await bangladeshAsSender(sec.page)) === before + 1, 'the dashboard did not count the new meeting');
    await screenshot(sec.page, '100-dashboard-counts-held-meeting');
  });

  it('prints the program report alone, black on white, to a PDF', async () => {
    const { page } = sec;
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByTestId('program-report').isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: 'Live activity' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Review queue' }).isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      fs.writeFileSync(join(SCREENSHOTS, '100-program-report.pdf'), pdf);
      await screenshot(page, '100-program-report-print');
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  it('the host writes the key learnings, the sender sees them live, and both administrators confirm', async () => {
    await record(my.page).getByRole('button', { name: 'Edit record' }).click();
    await my.page.getByLabel('Key learnings').fill('Preventive maintenance halves the downtime of the looms.');
    await my.page.getByRole('button', { name: 'Save record' }).click();
    await record(bd.page).getByText('Preventive maintenance halves the downtime').waitFor();

    await record(bd.page).getByRole('button', { name: 'Confirm record' }).click();
    await record(my.page).getByText(/: confirmed by/).first().waitFor(); // the sender's confirmation, live
    await record(my.page).getByRole('button', { name: 'Confirm record' }).click();
    for (const p of [bd.page, my.page]) await record(p).getByText('Confirmed (revision 1)').waitFor();
    await screenshot(bd.page, '101-record-confirmed');
  });

});

// Run in order after the meeting record's tests above: they share the pairing.
describe.sequential('from the completion report to the showcase', () => {
  it('the sender reports, the Secretariat asks for changes, the revision is accepted', async () => {
    await report(bd.page).getByRole('button', { name: 'Write the report' }).click();
    await bd.page.getByLabel(/Outcomes/).fill('Two mills adopted the maintenance plan.');
    await bd.page.getByLabel(/applied at home/).fill('A national training for jute mill managers.');
    await bd.page.getByLabel(/Follow-up plan/).fill('Experts from Malaysia visit in March.');
    await report(bd.page).getByRole('button', { name: 'Submit report' }).click();

    await sec.page.goto(path);
    await report(sec.page).getByText('Two mills adopted the maintenance plan.').waitFor();
    await report(sec.page).getByRole('button', { name: 'Ask for changes' }).click();
    await sec.page.getByLabel('What should change').fill('Give the downtime before and after.');
    await sec.page.getByRole('alertdialog').getByRole('button', { name: 'Ask for changes' }).click();

    await report(bd.page).getByText('Give the downtime before and after.').waitFor(); // live on the sender's page
    await report(bd.page).getByRole('button', { name: 'Revise the report' }).click();
    await bd.page.getByLabel(/Outcomes/).fill('Two mills adopted the maintenance plan; downtime fell from 12% to 6%.');
    await report(bd.page).getByRole('button', { name: 'Submit report' }).click();

    await report(sec.page).getByText(/downtime fell from 12% to 6%/).first().waitFor();
    await screenshot(sec.page, '102-report-revision-diff');
    await report(sec.page).getByRole('button', { name: 'Accept report' }).click();
    await sec.page.getByRole('button', { name: 'Yes, accept it' }).click();
    await report(bd.page).locator('[data-status="ACCEPTED"]').waitFor();
  });

  it('the pairing completes; both NPOs consent and the summary is on the showcase, publicly', async () => {
    await bd.page.getByRole('button', { name: 'Start follow-up' }).click();
    await status(bd.page).getByText(/follow.up/i).waitFor();
    await bd.page.getByRole('button', { name: 'Complete pairing' }).click();
    await bd.page.getByRole('button', { name: 'Yes, complete it' }).click();
    await status(my.page).getByText(/completed/i).waitFor();

    await bd.page.getByLabel('What worked').fill('Walking the mill floor together on day one.');
    await bd.page.getByLabel('What to try').fill('Send maintenance engineers, not only managers.');
    await bd.page.getByLabel('Contact name').fill('Program Officer');
    await bd.page.getByLabel('Contact email').fill('bcn@npo.example.org');
    await bd.page.getByRole('button', { name: 'Save summary' }).click();
    await my.page.getByTestId('showcase-listed').getByText('Not on the showcase.').waitFor();

    await bd.page.getByLabel('Our consent').selectOption('PUBLIC');
    await my.page.getByTestId('showcase-consent-sending').getByText('Public').waitFor();
    await my.page.getByLabel('Our consent').selectOption('PUBLIC');
    for (const p of [bd.page, my.page]) await p.getByTestId('showcase-listed').getByText('On the showcase, publicly.').waitFor();

    expect(await publicShowcaseEntry()).toContain('Send maintenance engineers, not only managers.');
  });
});
