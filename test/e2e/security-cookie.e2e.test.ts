// In a real browser: the session is an HttpOnly cookie that script cannot read, used by HTTP and
// the WebSocket alike; the app and GraphiQL run under the strict Content-Security-Policy with no
// violation.
import { describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openPerson, signIn, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Collects CSP violations the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    (globalThis as any).document.addEventListener('securitypolicyviolation', (e: any) => (globalThis as any).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

// The functions given to page.evaluate run in the page; this file is typed without the DOM,
// hence `(globalThis as any)` for the page's window.
describe('the session cookie in the browser', () => {
  it('cannot be read by script, and signs in HTTP requests and the WebSocket', async () => {
    const { page, context } = await openPerson(browser(), baseUrl);
    const violations = await watchViolations(page);
    await signIn(page, 'jp@npo.demo');

    const cookie = (await context.cookies()).find((c) => c.name === 'bcn_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => (globalThis as any).document.cookie)).not.toContain('bcn_session');
    expect(await page.evaluate(() => JSON.stringify({ ...(globalThis as any).localStorage }))).not.toMatch(/bcs_/);

    const overHttp = await page.evaluate(async () => {
      const res: any = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { user { email } } }' }) });
      return (await res.json()).data.viewer?.user?.email ?? null;
    });
    expect(overHttp).toBe('jp@npo.demo');

    const overWs = await page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const ws = new (globalThis as any).WebSocket(`${(globalThis as any).location.origin.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
          ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
          ws.onmessage = (m: any) => {
            const msg = JSON.parse(m.data);
            if (msg.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ viewer { user { email } } }' } }));
            if (msg.type === 'next') resolve(msg.payload.data.viewer?.user?.email ?? null);
          };
        }),
    );
    expect(overWs).toBe('jp@npo.demo');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect((await context.cookies()).find((c) => c.name === 'bcn_session')).toBeUndefined();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('runs GraphiQL under the Content-Security-Policy, signed in by the cookie', async () => {
    const { page, context } = await openPerson(browser(), baseUrl);
    const violations = await watchViolations(page);
    await signIn(page, 'jp@npo.demo');
    await page.goto('/graphiql');
    await page.locator('.graphiql-container .CodeMirror').first().waitFor();
    const answer = await runInGraphiql(page, '{ viewer { user { email } } }');
    expect(await answer.json()).toMatchObject({ data: { viewer: { user: { email: 'jp@npo.demo' } } } });
    expect(violations).toEqual([]);
    await context.close();
  });
});

/**
 * Types `query` into GraphiQL and runs it; the answer. GraphiQL registers its editors a render
 * after they appear, and restores its last query then: until it has, the run button does nothing,
 * so the query is typed and run until its request goes out.
 */
async function runInGraphiql(page: Page, query: string) {
  const ours = (r: { url(): string; method(): string; postData(): string | null }) => r.url().endsWith('/graphql') && r.method() === 'POST' && (r.postData() ?? '').includes(query);
  const answer = page.waitForResponse((r) => ours(r.request()));
  for (let tries = 0; ; tries++) {
    await page.evaluate((q) => {
      const editor = (globalThis as any).document.querySelector('.graphiql-container .CodeMirror') as any;
      if (editor.CodeMirror.getValue() !== q) editor.CodeMirror.setValue(q);
    }, query);
    const sent = page.waitForRequest(ours, { timeout: 2_000 }).then(() => true, () => false);
    await page.locator('.graphiql-execute-button').click();
    if (await sent) break;
    if (tries === 5) throw new Error('GraphiQL never sent the query');
  }
  return answer;
}
