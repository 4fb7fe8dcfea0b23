// The browser's session: an HttpOnly, SameSite=Lax cookie (Secure behind TLS) that script cannot
// read, sent by the browser on HTTP requests and on the WebSocket handshake alike. Bearer tokens
// stay for API tokens and tools. The cookie counts only on same-origin requests: a page of
// another origin (even one allowed by CORS_ORIGINS) gets bearer tokens only, and a WebSocket
// opened from another site cannot ride on the cookie (cross-site WebSocket hijacking).
import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import type { Context } from '../context.js';

export const SESSION_COOKIE = 'bcn_session';

export type HttpSession = NonNullable<Context['http']>;

export function cookieOf(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim()) || null;
  }
  return null;
}

/** No Origin (a navigation or a tool), or an Origin naming this very host, and not a cross-site fetch. */
export function isSameOrigin(req: IncomingMessage): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export type Credential = { token: string | null; fromCookie: boolean };

/** The bearer value when one is sent, else the session cookie of a same-origin request. */
export function credentialOf(req: IncomingMessage, bearer: unknown): Credential {
  if (typeof bearer === 'string' && bearer.trim() !== '') return { token: bearer, fromCookie: false };
  const cookie = isSameOrigin(req) ? cookieOf(req, SESSION_COOKIE) : null;
  return { token: cookie, fromCookie: cookie !== null };
}

export function httpSession(req: Request, res: Response): HttpSession {
  // Set only for the app's own pages: a login from another origin gets its token in the answer.
  const mayUseCookie = isSameOrigin(req);
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
  return {
    origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
    setSession(token, expiresAt) {
      if (mayUseCookie) res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt });
    },
    clearSession() {
      if (cookieOf(req, SESSION_COOKIE) !== null) res.clearCookie(SESSION_COOKIE, options);
    },
  };
}
