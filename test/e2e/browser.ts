// Debian's Chromium through playwright-core (never a downloaded browser). playwright launches it
// with a fresh temporary user-data-dir; each person gets their own browser context (own storage).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
export const SCREENSHOTS = path.resolve('test-results/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS, headless: true });
}

export type Person = { context: BrowserContext; page: Page };

export async function openPerson(browser: Browser, baseUrl: string, viewport = { width: 1280, height: 900 }): Promise<Person> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('bcn-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The viewer shows in the top bar a moment before the form navigates away; wait for both, so a
  // test's next click is not overtaken by that navigation.
  await page.getByTestId('whoami').waitFor();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * One Chromium for the test file: launched before its other beforeAll hooks (call this first, at
 * the top of the file) and closed after its tests. Returns a getter, since it starts later.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** One person per email, each in a browser context of its own, signed in. */
export async function signedIn(browser: Browser, baseUrl: string, emails: string[], viewport?: { width: number; height: number }): Promise<Person[]> {
  const people = await Promise.all(emails.map(() => openPerson(browser, baseUrl, viewport)));
  for (const [i, person] of people.entries()) await signIn(person.page, emails[i]);
  return people;
}

/** After a failing test, a screenshot of each page (named by role), to look at what the user saw. */
export function screenshotsOnFailure(pages: () => Record<string, Page | undefined>): void {
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    for (const [role, page] of Object.entries(pages())) {
      if (page) await screenshot(page, `failed-${ctx.task.name.slice(0, 30)}-${role}`).catch(() => {});
    }
  });
}
