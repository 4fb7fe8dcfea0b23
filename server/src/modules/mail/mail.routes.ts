// One-click unsubscribe (RFC 8058): POST /mail/unsubscribe?token=… turns the kind the signed
// token names off for its person, without signing in (mail clients POST
// `List-Unsubscribe=One-Click`). GET only shows a page with a button that POSTs: link scanners
// fetch every URL of a mail, and must not unsubscribe anyone. A bad or forged token is 400.
import express, { Router, type Request, type Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../context.js';
import { NotificationDelivery } from './mail.kinds.js';
import { setDelivery } from './mail.preferences.js';
import { readUnsubscribeToken, signingKey } from './mail.signing.js';
import { PREFERENCES_PATH } from './mail.render.js';

const BAD_TOKEN = 'This unsubscribe link is not valid (it is incomplete or was altered). Open the link from the email again, or change your email preferences after signing in.';

export function mailRoutes(deps: AppDeps): Router {
  const router = Router();
  const tokenOf = async (req: Request) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    return readUnsubscribeToken(await signingKey(fork(deps), deps.config.mail), token);
  };
  router.get('/mail/unsubscribe', async (req, res, next) => {
    try {
      const named = await tokenOf(req);
      if (!named) return void page(res.status(400), 'Unsubscribe', `<p>${BAD_TOKEN}</p>`);
      page(res, 'Unsubscribe', `<form method="post"><p>Stop emails about <b>${named.kind.toLowerCase().replace(/_/g, ' ')}</b>?</p><button type="submit">Unsubscribe</button></form>`);
    } catch (e) {
      next(e);
    }
  });
  router.post('/mail/unsubscribe', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res, next) => {
    try {
      const named = await tokenOf(req);
      if (!named) return void page(res.status(400), 'Unsubscribe', `<p>${BAD_TOKEN}</p>`);
      await setDelivery(fork(deps), named.userId, named.kind, NotificationDelivery.OFF);
      page(res, 'Unsubscribed', `<p>You will get no more emails about ${named.kind.toLowerCase().replace(/_/g, ' ')}.</p><p><a href="${deps.config.mail.publicUrl}${PREFERENCES_PATH}">Email preferences</a></p>`);
    } catch (e) {
      next(e);
    }
  });
  return router;
}

const fork = (deps: AppDeps) => deps.orm.em.fork() as EntityManager;

function page(res: Response, title: string, body: string): void {
  res.type('html').set('Cache-Control', 'no-store').send(`<!doctype html><html><head><meta charset="utf-8"><title>${title} · BCN Hub</title></head><body>${body}</body></html>`);
}
