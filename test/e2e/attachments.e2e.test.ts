// Files in a planning thread, between two NPOs' browsers (Pakistan's NPO sends, Bangladesh's
// hosts): a PDF chosen with the button goes with a message, its upload progress shown; an image
// dropped on the composer shows as a thumbnail; the other side opens and downloads the PDF; a file
// added to the meeting plan reaches the other side live.
import fs from 'node:fs';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';
import { createThread, planningPairing, stage } from './api.js';
import { pdfBytes, pngBytes } from '../helpers/attachments.js';

const baseUrl = inject('baseUrl');
const s = stage(baseUrl);
const browser = useBrowser();
let pk: Person;
let bd: Person;
let threadPath = '';

beforeAll(async () => {
  const pairingId = await planningPairing(s, 'pk@npo.demo', 'bd@npo.demo', `Digital tools for SME productivity ${Date.now()}`);
  const threadId = await createThread(s, 'pk@npo.demo', pairingId, 'Meeting documents');
  threadPath = `/pairings/${pairingId}?thread=${threadId}`;
  [pk, bd] = await signedIn(browser(), baseUrl, ['pk@npo.demo', 'bd@npo.demo']);
});
screenshotsOnFailure(() => ({ pk: pk?.page, bd: bd?.page }));

describe.sequential('attachments in a planning thread', () => {
  it('a PDF attached to a message is listed for the other NPO, who downloads the same bytes', async () => {
    for (const p of [pk.page, bd.page]) await p.goto(threadPath);
    await pk.page.getByLabel('Attach files').setInputFiles({ name: 'Draft agenda.pdf', mimeType: 'application/pdf', buffer: pdfBytes() });
    await pk.page.getByTestId('upload').getByText('ready').waitFor();
    await pk.page.getByLabel('Message', { exact: true }).fill('The draft agenda is attached.');
    await pk.page.getByRole('button', { name: 'Send' }).click();

    const file = bd.page.getByTestId('attachment').filter({ hasText: 'Draft agenda.pdf' });
    await file.waitFor();
    expect(await file.textContent()).toContain(`PDF · ${pdfBytes().length} bytes`);
    await screenshot(bd.page, '70-attachment-in-thread');
    const [download] = await Promise.all([bd.page.waitForEvent('download'), file.getByRole('link', { name: 'Draft agenda.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('Draft agenda.pdf');
    expect(fs.readFileSync((await download.path())!).equals(pdfBytes())).toBe(true);
    // The sender's picker is empty again: the file went with the message.
    expect(await pk.page.getByTestId('upload').count()).toBe(0);
  });

  it('an image dropped on the composer is shown as a thumbnail on both sides', async () => {
    // A drop as the browser makes it: a DataTransfer holding the file (the test's tsconfig has no DOM types).
    const drop = await pk.page.evaluateHandle((base64) => {
      const w = globalThis as any;
      const dt = new w.DataTransfer();
      const bytes = Uint8Array.from(w.atob(base64) as string, (c) => c.charCodeAt(0));
      dt.items.add(new w.File([bytes], 'site-visit.png', { type: 'image/png' }));
      return dt;
    }, pngBytes().toString('base64'));
    await pk.page.getByTestId('file-drop').dispatchEvent('drop', { dataTransfer: drop });
    await pk.page.getByTestId('upload').getByText('ready').waitFor();
    await pk.page.getByLabel('Message', { exact: true }).fill('A photo of the site.');
    await pk.page.getByRole('button', { name: 'Send' }).click();
    for (const p of [pk.page, bd.page]) {
      const thumb = p.getByTestId('attachment').filter({ hasText: 'site-visit.png' }).locator('img');
      await thumb.waitFor();
      await p.waitForFunction((el) => (el as { complete: boolean; naturalWidth: number }).complete && (el as { naturalWidth: number }).naturalWidth === 1, await thumb.elementHandle());
    }
  });

  it('a file added to the meeting plan appears in the other NPO’s plan without a reload', async () => {
    await pk.page.getByLabel('Add files to the plan').setInputFiles({ name: 'Agenda v2.pdf', mimeType: 'application/pdf', buffer: pdfBytes() });
    for (const p of [pk.page, bd.page]) {
      await p.getByTestId('attachment').filter({ hasText: 'Agenda v2.pdf' }).waitFor();
    }
    await screenshot(bd.page, '71-plan-file-live');
    // Only the plan's picker was used: the thread composer has nothing pending.
    expect(await pk.page.getByTestId('file-drop').getByTestId('upload').count()).toBe(0);
  });
});
