// Account mail in a real browser against the real server, reading the mail it wrote (.eml files
// under its DATA_DIR): an NPO admin invites a colleague, who opens the link from the mail, sets a
// password and lands signed in; someone who forgot their password asks for a link from the
// sign-in page, chooses a new password and signs in with it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openPerson, screenshot, screenshotsOnFailure, signedIn, useBrowser, type Person } from './browser.js';
import { stage } from './api.js';
import { until } from '../helpers/live-client.js';
import { newAddress } from '../helpers/factories/account.js';

const baseUrl = inject('baseUrl');
const mailDir = inject('mailDir');
const browser = useBrowser();
const s = stage(baseUrl);

let admin: Person;
let other: Person | undefined;
beforeAll(async () => {
  [admin] = await signedIn(browser(), baseUrl, ['jp@npo.demo']);
});
afterAll(async () => {
  await admin?.context.close();
  await other?.context.close();
});
screenshotsOnFailure(() => ({ admin: admin?.page, other: other?.page }));

/** The mail the server wrote for `address` (waits for it). */
async function mailFor(address: string): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await until(async () => {
    const files = (await fs.readdir(mailDir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));
    for (const f of files) {
      const mail = await simpleParser(await fs.readFile(path.join(mailDir, f)));
      const to = Array.isArray(mail.to) ? mail.to : [mail.to];
      if (to.some((t) => t?.value.some((v) => v.address === address))) found = mail;
    }
    return !!found;
  }, 15_000, () => `no mail for ${address} in ${mailDir}`);
  return found!;
}

/** The link in a mail to one of the client's pages. */
const linkIn = (mail: ParsedMail, pathName: string) => new RegExp(`${baseUrl}${pathName}\\?token=[A-Za-z0-9_-]+`).exec(mail.text ?? '')![0];

async function choosePassword(page: Page, password: string, button: string): Promise<void> {
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: button }).click();
  await page.getByTestId('whoami').waitFor();
}

describe('joining by invitation', () => {
  it('an NPO admin invites a colleague, who sets a password from the mailed link and is signed in', async () => {
    const email = newAddress('colleague');
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Their email').fill(email);
    await page.getByLabel('Their name').fill('Kenji Sato');
    await page.getByLabel('Role').selectOption({ label: 'NPO member' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByTestId('invited').textContent()).toBe(`Invitation sent to ${email}.`);
    await screenshot(page, 'account-01-invited');

    const link = linkIn(await mailFor(email), '/accept-invitation');
    other = await openPerson(browser(), baseUrl);
    await other.page.goto(link);
    await choosePassword(other.page, 'kenji-chooses-this', 'Set password and sign in');
    expect(await other.page.getByTestId('whoami').textContent()).toBe('Kenji Sato · JPC');
    await screenshot(other.page, 'account-02-joined');
    await other.context.close();
    other = undefined;
  });
});

describe('a forgotten password', () => {
  it('is reset from the sign-in page through the mailed link, and the new one signs in', async () => {
    const email = newAddress('forgetful');
    await s.call('jp@npo.demo', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { email, name: 'Yuki Forgetful', role: 'NPO_MEMBER', password: 'the-old-password' } });
    other = await openPerson(browser(), baseUrl);
    const { page } = other;
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect.poll(() => page.getByTestId('reset-requested').textContent()).toContain(`If an account exists for ${email}, we have sent a link`);
    await screenshot(page, 'account-03-reset-requested');

    await page.goto(linkIn(await mailFor(email), '/reset-password'));
    await choosePassword(page, 'the-new-password', 'Save password and sign in');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('the-new-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByTestId('whoami').textContent()).toBe('Yuki Forgetful · JPC');
  });
});
