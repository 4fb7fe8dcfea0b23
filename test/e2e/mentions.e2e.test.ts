// Mentions (finding 8): typing @ offers every member of both NPOs and the Secretariat, even in an
// empty thread; the mentioned person's inbox item says who wrote what and opens the message in
// its thread. Two people, each in their own browser context.
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';
import { createThread, planningPairing, post, stage } from './api.js';

const baseUrl = inject('baseUrl');
const s = stage(baseUrl);
const browser = useBrowser();
let writer: Person; // Sri Lanka's NPO admin
let mentioned: Person; // a member of Türkiye's NPO
let threadPath = '';

beforeAll(async () => {
  const pairingId = await planningPairing(s, 'lk@npo.demo', 'tr@npo.demo', `Quality circles in tea estates ${Date.now()}`);
  const threadId = await createThread(s, 'lk@npo.demo', pairingId, 'Introductions');
  threadPath = `/pairings/${pairingId}?thread=${threadId}`;
  [writer, mentioned] = await signedIn(browser(), baseUrl, ['lk@npo.demo', 'tr-member@npo.demo']);
  // Older messages push the mention out of the first screen: the inbox link must still find it.
  for (let i = 1; i <= 55; i++) await post(s, i % 2 ? 'lk@npo.demo' : 'tr@npo.demo', threadId, `Earlier note ${i}`);
});
screenshotsOnFailure(() => ({ writer: writer?.page, mentioned: mentioned?.page }));

describe.sequential('mentions', () => {
  it('@ offers both NPOs’ members and the Secretariat, and picks with the keyboard', async () => {
    await writer.page.goto(threadPath);
    const box = writer.page.getByLabel('Message', { exact: true });
    await box.fill('');
    await box.pressSequentially('@');
    const options = writer.page.getByRole('listbox', { name: 'People to mention' }).getByRole('option');
    await options.first().waitFor();
    const all = await options.allTextContents();
    expect(all.some((o) => o.includes('tr@npo.demo'))).toBe(true);
    expect(all.some((o) => o.includes('@apo.demo'))).toBe(true);
    await box.pressSequentially('tr-mem');
    expect(await options.count()).toBe(1);
    await screenshot(writer.page, '52-mention-picker');
    await box.press('Enter');
    await box.pressSequentially('could you introduce your team?');
    expect(await box.inputValue()).toBe('@tr-member@npo.demo could you introduce your team?');
    await writer.page.getByRole('button', { name: 'Send' }).click();
    await writer.page.locator('.mention').last().waitFor();
  });

  it('the inbox item names who wrote and opens the message in its thread', async () => {
    await mentioned.page.goto('/inbox');
    const item = mentioned.page.getByTestId('inbox-item').filter({ hasText: /mentioned/i }).first();
    await item.waitFor();
    await screenshot(mentioned.page, '71-inbox-mention');
    await item.getByRole('link').click();
    await mentioned.page.waitForURL(/thread=.*&message=/);
    const focused = mentioned.page.locator('.message.focused');
    await focused.waitFor();
    expect(await focused.textContent()).toContain('could you introduce your team?');
    expect(await focused.evaluate((el) => el === (globalThis as any).document.activeElement)).toBe(true);
    await screenshot(mentioned.page, '53-mention-opened-in-thread');
  });
});
