// Issuing and using the single-use links of account mail (account-token.entity.ts).
//
// Where the plaintext token lives: nowhere at rest. Asking for a link stores a row without a
// token and queues its mail job in the same transaction; the job (mail/mail.account.ts) mints 256
// random bits, commits their SHA-256, then sends the mail. After an SMTP failure the retry mints a
// new token (replacing the hash of the unsent one); a link already sent is never sent again. A
// link counts its validity from the request (the injected clock), not from the sending.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { badInput } from '../../errors.js';
import { rawSql } from '../../db/raw-sql.js';
import { addJob, TaskName } from '../../jobs/queue.js';
import { hashToken } from '../auth/token.js';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity.js';

/** How long a link works, counted from the request. */
export const LINK_VALIDITY_MS: Record<AccountTokenPurpose, number> = {
  INVITATION: 7 * 24 * 60 * 60_000,
  PASSWORD_RESET: 60 * 60_000,
};

/** Unknown, garbled, used, replaced and expired links all get this one answer. */
export const invalidLink = () => badInput('token', 'This link is invalid or has expired.');

/** A new link for `userId`, replacing any unused one of the same purpose; its mail is queued in `tx`. */
export async function issueLink(tx: EntityManager, clock: Clock, userId: string, purpose: AccountTokenPurpose): Promise<void> {
  const now = clock.now();
  await tx.nativeUpdate(AccountToken, { user: userId, purpose, usedAt: null }, { usedAt: now });
  const row = tx.create(AccountToken, { user: userId, purpose, createdAt: now, expiresAt: new Date(now.getTime() + LINK_VALIDITY_MS[purpose]) });
  await tx.flush();
  await addJob(tx, TaskName.accountMail, { tokenId: row.id }, { jobKey: `account-mail:${row.id}` });
}

/**
 * Uses a link once: marks it used and returns its user's id, or throws `invalidLink`. One
 * conditional UPDATE, so that two requests racing with the same token cannot both succeed.
 */
export async function useLink(tx: EntityManager, clock: Clock, purpose: AccountTokenPurpose, token: string): Promise<string> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) throw invalidLink();
  const now = clock.now();
  const rows = await rawSql<Array<{ user_id: string }>>(
    tx,
    `update account_token set used_at = ? where token_hash = ? and purpose = ? and used_at is null and expires_at > ? returning user_id::text as user_id`,
    [now, hashToken(token), purpose, now],
  );
  if (!rows[0]) throw invalidLink();
  // Any other unused link of the same purpose goes too: the person has acted on one of them.
  await tx.nativeUpdate(AccountToken, { user: rows[0].user_id, purpose, usedAt: null }, { usedAt: now });
  return rows[0].user_id;
}

/** Whether a link of this purpose was asked for after `since` (the reset throttle). */
export async function askedSince(tx: EntityManager, userId: string, purpose: AccountTokenPurpose, since: Date): Promise<boolean> {
  return (await tx.count(AccountToken, { user: userId, purpose, createdAt: { $gt: since } })) > 0;
}
