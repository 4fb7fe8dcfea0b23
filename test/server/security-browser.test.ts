// The browser side over real HTTP and WebSockets: the session cookie (HttpOnly, SameSite=Lax,
// Secure behind TLS; used by HTTP and the WebSocket; ignored from other origins), the security
// headers on every page, and CORS for an allowed and a refused origin (bearer only, never
// cookies). test/e2e/security-cookie.e2e.test.ts checks in a real browser that script cannot read it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { post } from '../helpers/factories/security.js';
import { demoUser } from '../helpers/factories/users.js';

const ALLOWED = 'https://bi.example.org';
let app: TestApp;
let origin: string;
beforeAll(async () => {
  // A stand-in for the built client, so that the page routes are served as in production.
  const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-client-'));
  fs.mkdirSync(path.join(clientDir, 'assets'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  fs.writeFileSync(path.join(clientDir, 'assets', 'app.js'), 'console.log(1)');
  app = await startTestApp({ corsOrigins: [ALLOWED], trustProxy: 'loopback', clientDir });
  // Signed in below without app.login, which would create them.
  await demoUser(app, 'jp@npo.demo');
  origin = app.url;
});
afterAll(() => app.stop());

const LOGIN = { query: `mutation { login(email: "jp@npo.demo", password: "bcn-demo") { token } }` };
const VIEWER = { query: `{ viewer { user { email } } }` };

async function signIn(headers: Record<string, string> = { origin }): Promise<{ cookie: string; setCookie: string }> {
  const r = await post(app, LOGIN, headers);
  const setCookie = r.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0], setCookie };
}

describe('the session cookie', () => {
  it('is set on sign-in from the app: HttpOnly, SameSite=Lax, no Secure over plain HTTP', async () => {
    const { cookie, setCookie } = await signIn();
    expect(cookie).toMatch(/^bcn_session=bcs_/);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//i);
    expect(setCookie).not.toMatch(/; Secure/i);
  });

  it('is Secure behind TLS (a trusted proxy saying https)', async () => {
    const { setCookie } = await signIn({ origin, 'x-forwarded-proto': 'https' });
    expect(setCookie).toMatch(/; Secure/i);
  });

  it('signs HTTP requests of the app in, and is ignored on requests from another origin', async () => {
    const { cookie } = await signIn();
    const same = await post(app, VIEWER, { cookie, origin });
    expect(same.body.data.viewer.user.email).toBe('jp@npo.demo');
    const cross = await post(app, VIEWER, { cookie, origin: ALLOWED });
    expect(cross.body.data.viewer).toBeNull();
    const crossSite = await post(app, VIEWER, { cookie, 'sec-fetch-site': 'cross-site' });
    expect(crossSite.body.data.viewer).toBeNull();
  });

  it('signs the WebSocket in from the app, and not from another site', async () => {
    const { cookie } = await signIn();
    const viewerOverWs = (wsOrigin: string) =>
      new Promise<any>((resolve, reject) => {
        const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', { headers: { cookie, origin: wsOrigin } });
        ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
        ws.on('message', (data) => {
          const msg = JSON.parse(String(data));
          if (msg.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: VIEWER }));
          if (msg.type === 'next') {
            resolve(msg.payload.data.viewer);
            ws.close();
          }
        });
        ws.on('error', reject);
      });
    expect((await viewerOverWs(origin)).user.email).toBe('jp@npo.demo');
    expect(await viewerOverWs('https://evil.example')).toBeNull();
  });

  it('is not set for a sign-in from another origin (that page gets its token in the answer)', async () => {
    const r = await post(app, LOGIN, { origin: ALLOWED });
    expect(r.headers.get('set-cookie')).toBeNull();
    expect(r.body.data.login.token).toMatch(/^bcs_/);
  });
});

describe('the session cookie', () => {
  it('is cleared by logout, after which it no longer works', async () => {
    const { cookie } = await signIn();
    const out = await post(app, { query: 'mutation { logout }' }, { cookie, origin });
    expect(out.headers.get('set-cookie')).toMatch(/^bcn_session=;.*Expires=Thu, 01 Jan 1970/i);
    // A stale cookie is dropped: anonymous, not an error, and the browser is told to forget it.
    const after = await post(app, VIEWER, { cookie, origin });
    expect(after.status).toBe(200);
    expect(after.body.data.viewer).toBeNull();
    expect(after.headers.get('set-cookie')).toMatch(/^bcn_session=;/);
  });

  it('keeps CSRF prevention: a form-encoded POST is refused even with the cookie', async () => {
    const { cookie } = await signIn();
    const r = await post(app, 'query=mutation%20%7B%20logout%20%7D', { cookie, 'content-type': 'application/x-www-form-urlencoded' });
    expect(r.status).toBe(400);
    expect((await post(app, VIEWER, { cookie, origin })).body.data.viewer.user.email).toBe('jp@npo.demo');
  });
});

describe('security headers', () => {
  it.each(['/', '/assets/app.js', '/graphql', '/healthz', '/proposals/123', '/graphiql'])('are on %s', async (page) => {
    const res = await fetch(app.url + page, { headers: page === '/graphql' ? { 'apollo-require-preflight': 'true' } : {} });
    expect(res.status).toBeLessThan(500);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('keep every GraphQL answer out of shared and browser caches (it holds what this viewer may see)', async () => {
    const token = (await post(app, LOGIN)).body.data.login.token;
    const answers = [
      await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ viewer { user { email } } }' }) }),
      await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ economies { code } }')}`, { headers: { 'apollo-require-preflight': 'true' } }),
      await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) }),
    ];
    expect(answers.map((r) => [r.status, r.headers.get('cache-control')])).toEqual([[200, 'no-store'], [200, 'no-store'], [400, 'no-store']]);
  });
});

describe('CORS', () => {
  const preflight = (from: string) =>
    fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });

  it('answers a preflight from an allowed origin, for bearer tokens and without credentials', async () => {
    const res = await preflight(ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets an allowed origin call with a bearer token', async () => {
    const token = (await post(app, LOGIN, { origin: ALLOWED })).body.data.login.token;
    const r = await post(app, VIEWER, { origin: ALLOWED, authorization: `Bearer ${token}` });
    expect(r.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(r.body.data.viewer.user.email).toBe('jp@npo.demo');
  });

  it('refuses a preflight from any other origin, with no CORS headers', async () => {
    const res = await preflight('https://evil.example');
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const r = await post(app, VIEWER, { origin: 'https://evil.example' });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });
});
