// Signing in and out in a real browser, on a laptop and a phone screen.
import { describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openPerson, screenshot, signIn, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const focusedText = (page: Page) => page.evaluate(() => (globalThis as any).document.activeElement?.textContent as string | undefined);

describe('app shell', () => {
  it('signs an NPO user in, shows who they are and their organization, and signs them out', async () => {
    const { page, context } = await openPerson(browser(), baseUrl);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in to BCN Hub' }).waitFor();
    await screenshot(page, '00-sign-in');
    await signIn(page, 'jp@npo.demo');
    expect(await page.getByTestId('my-organization').textContent()).toContain('Japan');
    await screenshot(page, '01-home');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('refuses a wrong password with a readable message', async () => {
    const { page, context } = await openPerson(browser(), baseUrl, { width: 390, height: 844 });
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('jp@npo.demo');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await screenshot(page, '02-sign-in-error-phone');
    await context.close();
  });

  it('serves GraphiQL from the bundle (no internet needed) and it loads the schema', async () => {
    const { page, context } = await openPerson(browser(), baseUrl);
    const introspection = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('__schema'));
    await page.goto('/graphiql');
    await page.locator('.graphiql-container').waitFor();
    expect((await introspection).ok()).toBe(true);
    await screenshot(page, '03-graphiql');
    await context.close();
  });
});

describe('app shell: keyboard and focus', () => {
  it('can be used with the keyboard alone: skip link, sign-in form, navigation', async () => {
    const { page, context } = await openPerson(browser(), baseUrl);
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in to BCN Hub' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Skip to content');
    await page.getByLabel('Email').focus();
    await page.keyboard.type('jp@npo.demo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('bcn-demo');
    await page.keyboard.press('Enter');
    // Signing in shows who you are, then moves to the home page, whose heading takes focus; the
    // test moves on only after that, or the heading would take focus back from the link below.
    await expect.poll(() => focusedText(page), { timeout: 15_000 }).toMatch(/^Welcome, /);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calls' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page), { timeout: 15_000 }).toBe('Calls for BCN proposals');
    await context.close();
  });

  it('does not take focus from a person typing elsewhere while the new page loads', async () => {
    const { page, context } = await openPerson(browser(), baseUrl);
    await signIn(page, 'jp@npo.demo');
    await page.goto('/calls');
    // The call's own query is held back until the person has started typing in the search box
    // (the server still answers it), so its heading appears only then.
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName === 'Call') await held;
      await route.continue();
    });
    await page.getByTestId('call-item').first().getByRole('link').click();
    const search = page.getByRole('searchbox', { name: /^Search calls/ });
    await search.focus();
    await page.keyboard.type('productivity');
    release();
    await page.locator('h1#call-title').waitFor();
    await page.keyboard.type(' report');
    expect(await search.inputValue()).toBe('productivity report');
    expect(await search.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await context.close();
  });
});
