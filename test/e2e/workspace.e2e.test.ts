// Two NPOs co-planning in one workspace, each in their own browser context (Mongolia's NPO sends,
// Korea's hosts): times typed in one's own zone and shown in both; concurrent edits of the plan
// merge field by field (nothing silently lost); a plan with agenda items saves again; Markdown
// messages render; focus follows navigation and stays in the composer; long threads are windowed.
import { beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';
import { createThread, orgOf, planningPairing, post, stage } from './api.js';

const baseUrl = inject('baseUrl');
const s = stage(baseUrl);
const topic = `Green productivity for dairy cooperatives ${Date.now()}`;
const browser = useBrowser();
let mn: Person; // Mongolia's NPO, Asia/Ulaanbaatar (UTC+8), sending
let kr: Person; // Korea's NPO, Asia/Seoul (UTC+9), host
let path = '';
let acr = { mn: '', kr: '' };

beforeAll(async () => {
  const id = await planningPairing(s, 'mn@npo.demo', 'kr@npo.demo', topic);
  path = `/pairings/${id}`;
  acr = { mn: (await orgOf(s, 'mn@npo.demo')).acronym, kr: (await orgOf(s, 'kr@npo.demo')).acronym };
  [mn, kr] = await signedIn(browser(), baseUrl, ['mn@npo.demo', 'kr@npo.demo']);
});
screenshotsOnFailure(() => ({ mn: mn?.page, kr: kr?.page }));

const fact = (page: Page, label: string) => page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

describe.sequential('co-planning a meeting', () => {
  it('each side enters times in its own zone by default and sees both zones (finding 6)', async () => {
    for (const p of [mn.page, kr.page]) {
      await p.goto(path);
      await p.getByRole('button', { name: 'Edit plan' }).click();
    }
    expect(await kr.page.getByLabel('Enter times in').inputValue()).toBe('Asia/Seoul');
    expect(await mn.page.getByLabel('Enter times in').inputValue()).toBe('Asia/Ulaanbaatar');
    await kr.page.getByLabel('Starts').fill('2027-06-01T10:00');
    const both = await kr.page.getByTestId('starts-both-zones').textContent();
    expect(both).toContain(`${acr.kr}: 1 Jun 2027, 10:00`);
    expect(both).toContain(`${acr.mn}: 1 Jun 2027, 09:00`);
    await kr.page.getByLabel('Starts').fill(''); // KR does not mean to change the start
  });

  it('concurrent edits of different fields are both kept without asking (finding 2)', async () => {
    // Both editors are open on the same version. MN sets the start, KR the link.
    await mn.page.getByLabel('Starts').fill('2027-06-01T09:00');
    await mn.page.getByLabel('Ends').fill('2027-06-01T12:00');
    await kr.page.getByLabel('Online link').fill('https://meet.example.org/mn-kr');
    await mn.page.getByRole('button', { name: 'Save meeting plan' }).click();
    await mn.page.getByRole('button', { name: 'Edit plan' }).waitFor();
    await kr.page.getByRole('button', { name: 'Save meeting plan' }).click();
    await kr.page.getByTestId('plan-merged').waitFor();
    for (const p of [mn.page, kr.page]) {
      await fact(p, 'Online link').getByText('https://meet.example.org/mn-kr').waitFor();
      await fact(p, 'Starts').getByText(`${acr.mn}: 1 Jun 2027, 09:00`).waitFor();
      expect(await fact(p, 'Starts').textContent()).toContain(`${acr.kr}: 1 Jun 2027, 10:00`);
    }
    await screenshot(kr.page, '42-plan-merged');
  });
});

describe.sequential('co-planning a meeting', () => {
  it('a field both changed is shown side by side for the user to choose (finding 2)', async () => {
    for (const p of [mn.page, kr.page]) await p.getByRole('button', { name: 'Edit plan' }).click();
    await mn.page.getByLabel('Venue').fill('Ulaanbaatar, MPC office');
    await kr.page.getByLabel('Venue').fill('Seoul, KPC tower');
    await kr.page.getByLabel('Online link').fill('https://meet.example.org/mn-kr-2');
    await mn.page.getByRole('button', { name: 'Save meeting plan' }).click();
    await mn.page.getByRole('button', { name: 'Edit plan' }).waitFor();
    await kr.page.getByRole('button', { name: 'Save meeting plan' }).click();
    await kr.page.getByTestId('conflict-merge').waitFor();
    expect(await kr.page.getByTestId('theirs-venue').textContent()).toBe('Ulaanbaatar, MPC office');
    expect(await kr.page.getByTestId('mine-venue').textContent()).toBe('Seoul, KPC tower');
    expect(await kr.page.getByTestId('kept-mine').textContent()).toContain('Online link');
    await screenshot(kr.page, '43-plan-conflict-side-by-side');
    await kr.page.getByTestId('conflict-venue').getByRole('button', { name: 'Use theirs' }).click();
    await kr.page.getByRole('button', { name: 'Save merged version' }).click();
    for (const p of [mn.page, kr.page]) {
      await fact(p, 'Venue').getByText('Ulaanbaatar, MPC office').waitFor();
      await fact(p, 'Online link').getByText('https://meet.example.org/mn-kr-2').waitFor();
    }
  });

  it('a plan with agenda items can be edited and saved again (finding 3)', async () => {
    const { page } = mn;
    await page.getByRole('button', { name: 'Edit plan' }).click();
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    const item = page.getByRole('group', { name: 'Agenda item 1' });
    await item.getByLabel('Topic').fill('Dairy cooperatives in Mongolia');
    await item.getByLabel('Presenter').fill(acr.mn);
    await page.getByRole('button', { name: 'Save meeting plan' }).click();
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    // The saved plan (with its agenda from the server) goes round again into the mutation.
    await page.getByRole('button', { name: 'Edit plan' }).click();
    await page.getByLabel('Online link').fill('https://meet.example.org/mn-kr-final');
    await page.getByRole('button', { name: 'Save meeting plan' }).click();
    await fact(page, 'Online link').getByText('https://meet.example.org/mn-kr-final').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await fact(kr.page, 'Online link').getByText('https://meet.example.org/mn-kr-final').waitFor();
  });
});

describe.sequential('planning threads', () => {
  let threadPath = '';

  it('Markdown in a message renders as formatted text for the other side (finding 7)', async () => {
    const threadId = await createThread(s, 'mn@npo.demo', path.split('/').pop()!, 'Agenda draft');
    threadPath = `${path}?thread=${threadId}`;
    await kr.page.goto(threadPath);
    await mn.page.goto(threadPath);
    await mn.page.getByLabel('Message', { exact: true }).fill('**Agenda** for the call:\n- opening\n- case studies');
    await mn.page.getByRole('button', { name: 'Send' }).click();
    await kr.page.locator('.message strong', { hasText: 'Agenda' }).waitFor();
    expect(await kr.page.locator('.message li').allTextContents()).toEqual(['opening', 'case studies']);
    expect(await kr.page.getByText('**Agenda**').count()).toBe(0);
    await screenshot(kr.page, '51-markdown-message');
  });

  it('focus stays in the composer after Send and moves to the heading on navigation (finding 11)', async () => {
    const box = mn.page.getByLabel('Message', { exact: true });
    await box.fill('Does 9:00 Ulaanbaatar time suit you?');
    await mn.page.getByRole('button', { name: 'Send' }).click();
    await kr.page.getByText('Does 9:00 Ulaanbaatar time suit you?').waitFor();
    await mn.page.waitForFunction(() => (globalThis as any).document.activeElement?.tagName === 'TEXTAREA');
    expect(await box.evaluate((el) => el === (globalThis as any).document.activeElement)).toBe(true);
    await mn.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pairings' }).click();
    await mn.page.waitForFunction(() => (globalThis as any).document.activeElement?.tagName === 'H1');
    expect(await mn.page.evaluate(() => (globalThis as any).document.activeElement.textContent)).toBe('Pairings');
  });

  it('a long thread shows the latest 50 messages and loads older ones on request (finding 11)', async () => {
    const threadId = await createThread(s, 'kr@npo.demo', path.split('/').pop()!, 'Long thread');
    for (let i = 1; i <= 60; i++) await post(s, i % 2 ? 'kr@npo.demo' : 'mn@npo.demo', threadId, `Note ${i}`);
    await mn.page.goto(`${path}?thread=${threadId}`);
    await mn.page.getByText('Note 60', { exact: true }).waitFor();
    expect(await mn.page.getByTestId('message').count()).toBe(50);
    expect(await mn.page.getByText('Note 10', { exact: true }).count()).toBe(0);
    await mn.page.getByRole('button', { name: 'Show older messages (10)' }).click();
    expect(await mn.page.getByTestId('message').count()).toBe(60);
    await mn.page.getByText('Note 1', { exact: true }).waitFor();
    // From the thread's link, the keyboard reaches the message box in three key presses, not 178.
    await mn.page.getByRole('link', { name: /Long thread/ }).focus();
    await mn.page.keyboard.press('Tab');
    await mn.page.keyboard.press('Tab');
    expect(await mn.page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).toBe('Write a message');
    await mn.page.keyboard.press('Enter');
    expect(await mn.page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('composer-Message');
  });
});

describe.sequential('who commits the pairing (findings 13 and 16)', () => {
  let member: Person; // a member (not admin) of Korea's NPO

  it('a member sees no scheduling buttons and is told why', async () => {
    [member] = await signedIn(browser(), baseUrl, ['kr-member@npo.demo']);
    await member.page.goto(path);
    await member.page.getByTestId('member-note').waitFor();
    expect(await member.page.getByRole('button', { name: /Schedule|Cancel pairing|Complete/ }).count()).toBe(0);
    expect(await member.page.getByRole('button', { name: 'Edit plan' }).count()).toBe(1); // members plan
    await screenshot(member.page, '44-member-sees-why');
  });

  it('an admin schedules after confirming, then reschedules with a reason both sides see', async () => {
    const { page } = mn;
    await page.goto(path);
    await page.getByRole('button', { name: 'Edit plan' }).click();
    await page.getByRole('button', { name: 'Add delegate' }).click();
    const d = page.getByRole('group', { name: 'Delegate 1' });
    await d.getByLabel('Name').fill('Bat-Erdene');
    await d.getByLabel('Title').fill('Director');
    await page.getByRole('button', { name: 'Save meeting plan' }).click();
    await page.getByRole('heading', { name: 'Delegates' }).waitFor();
    await page.getByRole('button', { name: 'Schedule the meeting' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, schedule it' }).click();
    await kr.page.getByTestId('pairing-status').getByText('Meeting scheduled').waitFor(); // live on the other side
    await kr.page.getByRole('button', { name: 'Reschedule…' }).click();
    await kr.page.getByLabel('Why reschedule').fill('Our director travels that week.');
    await screenshot(kr.page, '45-reschedule-asks-why');
    await kr.page.getByRole('button', { name: 'Reschedule the meeting' }).click();
    await page.getByTestId('pairing-status').getByText('Planning').waitFor();
    await fact(page, 'Online link').getByText('https://meet.example.org/mn-kr-final').waitFor(); // the plan is kept
    await page.getByText('Back to planning to reschedule:').waitFor(); // the reason, live on the other side
    expect(await page.locator('.alert.info').filter({ hasText: 'Back to planning to reschedule:' }).textContent()).toContain('Our director travels that week.');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Inbox/ }).click();
    await page.getByTestId('inbox-item').filter({ hasText: 'Our director travels that week.' }).first().waitFor(); // the other side is told why
    await member.context.close();
  });
});
