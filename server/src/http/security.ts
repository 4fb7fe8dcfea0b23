// Browser-facing hardening of every response: strict security headers (helmet) and CORS for
// the origins an operator allows. The app's own pages load only their own scripts (no inline
// script), cannot be framed, and send no Referer to other sites. Another origin may call
// /graphql from a browser only when CORS_ORIGINS lists it, and then only with a bearer token:
// no credentials mode, and the session cookie never counts for it (session-cookie.ts).
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { isSameOrigin } from './session-cookie.js';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // React and GraphiQL set style attributes; styles cannot carry script.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        // 'self' covers the same-origin WebSocket (ws:/wss:) in current browsers.
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // The API is meant to be read by allowed origins too (CORS decides); pages stay same-origin.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}

const ALLOWED_HEADERS = 'authorization, content-type, apollo-require-preflight';

/** CORS for /graphql: allowed origins get bearer-only access; a preflight from any other is refused. */
export function cors(allowed: string[]): RequestHandler {
  const origins = new Set(allowed);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (!origin || isSameOrigin(req)) return next();
    res.vary('Origin');
    if (!origins.has(origin)) {
      if (req.method === 'OPTIONS') return void res.status(403).json({ errors: [{ message: 'This origin may not call the API from a browser.', extensions: { code: 'FORBIDDEN' } }] });
      return next();
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (req.method !== 'OPTIONS') return next();
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
