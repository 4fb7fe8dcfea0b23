// Joining by invitation. An NPO admin invites colleagues of their own organization, the
// Secretariat anyone (the rules of createUser: user.service.ts organizationForNewUser). The
// invitee exists at once, marked pending, with a password nobody knows; the mailed link (valid 7
// days) lets them set their own and signs them in. Inviting a pending invitee again sends a fresh
// link and voids the old one; any other existing address is a CONFLICT.
import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { conflict } from '../../errors.js';
import { runInTransaction, type RecordEvent } from '../../events/index.js';
import { openSession } from '../auth/auth.service.js';
import type { AuthPayload } from '../auth/auth.types.js';
import { hashPassword } from '../auth/password.js';
import type { Organization } from '../organization/organization.entity.js';
import { User, type Role } from '../user/user.entity.js';
import { organizationForNewUser } from '../user/user.service.js';
import { issueLink, invalidLink, useLink } from './account-token.js';
import { AccountTokenPurpose } from './account-token.entity.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock' | 'config'>;

const TAKEN = 'A user with this email already exists.';

/** user.inputs.ts InviteUserInput, validated by the resolver. */
export type Invitee = { email: string; name: string; role: Role; organizationId?: string | null };

export async function inviteUser(ctx: Ctx, input: Invitee): Promise<User> {
  const org = await organizationForNewUser(ctx, input);
  const email = input.email.trim().toLowerCase();
  // A password nobody knows: signing in fails exactly as with a wrong password, in the same time.
  const unusable = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    return await runInTransaction(ctx.em, async (tx, record) => {
      const existing = await tx.findOne(User, { email });
      if (existing && !(existing.invitationPending && existing.active && existing.organization.id === org.id)) throw conflict(TAKEN);
      const user = existing ?? tx.create(User, { email, name: '', role: input.role, organization: org.id, passwordHash: unusable, invitationPending: true });
      user.name = input.name.trim();
      user.role = input.role;
      await tx.flush();
      await issueLink(tx, ctx.clock, user.id, AccountTokenPurpose.INVITATION);
      recordInvited(record, user, org, ctx.viewer!.userId, !!existing);
      return user;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw conflict(TAKEN);
    throw e;
  }
}

function recordInvited(record: RecordEvent, user: User, org: Organization, actorId: string | null, again: boolean): void {
  record({
    type: 'USER_INVITED',
    subjectType: 'User',
    subjectId: user.id,
    actorId,
    audienceOrgIds: [org.id],
    payload: { email: user.email, role: user.role, invitedAgain: again },
  });
}

/** Sets the invitee's first password from the link, once, and signs them in. */
export async function acceptInvitation(ctx: Pick<Context, 'em' | 'clock' | 'config'>, token: string, password: string): Promise<AuthPayload> {
  const passwordHash = await hashPassword(password);
  return runInTransaction(ctx.em, async (tx, record) => {
    const userId = await useLink(tx, ctx.clock, AccountTokenPurpose.INVITATION, token);
    const user = await tx.findOneOrFail(User, { id: userId }, { populate: ['organization'] });
    if (!user.active || !user.invitationPending) throw invalidLink();
    user.passwordHash = passwordHash;
    user.invitationPending = false;
    record({
      type: 'INVITATION_ACCEPTED',
      subjectType: 'User',
      subjectId: user.id,
      actorId: user.id,
      audienceOrgIds: [user.organization.id],
    });
    return openSession(tx, ctx, user);
  });
}
