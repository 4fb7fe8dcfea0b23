// Unsubscribe tokens: "<user id>.<kind>.<HMAC-SHA256>" in base64url, so that one click turns one
// kind off for one person without signing in, and nobody can make a token for anyone else. The
// key is MAIL_UNSUBSCRIBE_SECRET, or else one generated once and kept in the database (every
// instance then agrees on it; a file under DATA_DIR would differ between hosts).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailSettings } from '../../config.js';
import { rawSql } from '../../db/raw-sql.js';
import { isUuid } from '../organization/organization.service.js';
import { ALL_KINDS, type NotificationKind } from './mail.kinds.js';

/** Per database (tests run several in one process). */
const stored = new Map<string, Promise<string>>();

/** The signing key; generated at first use (one row, whichever instance wins) when not configured. */
export function signingKey(em: EntityManager, settings: Pick<MailSettings, 'unsubscribeSecret'>): Promise<string> {
  if (settings.unsubscribeSecret) return Promise.resolve(settings.unsubscribeSecret);
  const db = String(em.config.get('clientUrl'));
  let key = stored.get(db);
  if (!key) {
    key = (async () => {
      await rawSql(em, 'insert into mail_signing_key (id, secret) values (1, ?) on conflict (id) do nothing', [randomBytes(32).toString('base64url')]);
      const [row] = await rawSql<Array<{ secret: string }>>(em, 'select secret from mail_signing_key where id = 1');
      return row.secret;
    })();
    key.catch(() => stored.delete(db)); // try again next time (the database was away)
    stored.set(db, key);
  }
  return key;
}

const mac = (key: string, body: string) => createHmac('sha256', key).update(`unsubscribe:${body}`).digest('base64url');

export function unsubscribeToken(key: string, userId: string, kind: NotificationKind): string {
  const body = `${userId}.${kind}`;
  return `${body}.${mac(key, body)}`;
}

/** The (user, kind) a token names, or null when it is malformed or not signed with the key. */
export function readUnsubscribeToken(key: string, token: string): { userId: string; kind: NotificationKind } | null {
  const [userId, kind, sig, ...rest] = token.split('.');
  if (rest.length || !userId || !kind || !sig || !isUuid(userId) || !ALL_KINDS.includes(kind as NotificationKind)) return null;
  const want = Buffer.from(mac(key, `${userId}.${kind}`));
  const got = Buffer.from(sig);
  return got.length === want.length && timingSafeEqual(got, want) ? { userId, kind: kind as NotificationKind } : null;
}
