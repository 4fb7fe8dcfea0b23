// Password reset by email. Asking always answers the same, whether or not the address belongs to
// anyone; only an active account that has joined (not a pending invitee: their invitation is
// their link) gets a mail, and at most one per RESET_THROTTLE_MS, so that nobody can flood a
// mailbox. The link works once, for an hour; using it sets the password, ends every session of
// the account (open sockets close when the credential check sees it) and signs the person in afresh.
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { runInTransaction } from '../../events/index.js';
import { credentialsChanged, openSession } from '../auth/auth.service.js';
import type { AuthPayload } from '../auth/auth.types.js';
import { hashPassword } from '../auth/password.js';
import { User } from '../user/user.entity.js';
import { replacePassword } from '../user/user.service.js';
import { askedSince, invalidLink, issueLink, useLink } from './account-token.js';
import { AccountTokenPurpose } from './account-token.entity.js';

/** One reset mail per address per this span; asking again meanwhile changes nothing. */
export const RESET_THROTTLE_MS = 5 * 60_000;

type Ctx = Pick<Context, 'em' | 'clock' | 'config'>;

export async function requestPasswordReset(ctx: Ctx, email: string): Promise<boolean> {
  const address = email.trim().toLowerCase().slice(0, 254);
  await runInTransaction(ctx.em, async (tx) => {
    // Locked, so that two requests at once (on two instances) cannot both pass the throttle.
    const user = await tx.findOne(User, { email: address, active: true, invitationPending: false }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) return;
    const since = new Date(ctx.clock.now().getTime() - RESET_THROTTLE_MS);
    if (await askedSince(tx, user.id, AccountTokenPurpose.PASSWORD_RESET, since)) return;
    await issueLink(tx, ctx.clock, user.id, AccountTokenPurpose.PASSWORD_RESET);
  });
  return true;
}

export async function resetPassword(ctx: Ctx, token: string, password: string): Promise<AuthPayload> {
  const passwordHash = await hashPassword(password);
  let userId = '';
  const signedIn = await runInTransaction(ctx.em, async (tx, record) => {
    userId = await useLink(tx, ctx.clock, AccountTokenPurpose.PASSWORD_RESET, token);
    const user = await tx.findOneOrFail(User, { id: userId }, { populate: ['organization'] });
    if (!user.active) throw invalidLink();
    await replacePassword(tx, record, ctx.clock, user, passwordHash, { type: 'PASSWORD_RESET' });
    return openSession(tx, ctx, user);
  });
  credentialsChanged({ userId });
  return signedIn;
}
