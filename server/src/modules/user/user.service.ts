// Creating and deactivating users, changing one's own password.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { runInTransaction, type RecordEvent } from '../../events/index.js';
import { credentialsChanged, revokeSessionsOf } from '../auth/auth.service.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { Role, User } from './user.entity.js';
import type { ChangePasswordInput, CreateUserInput } from './user.inputs.js';
import { canGrantRole, canManageUsersOf, canSeeUsersOf } from './user.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

/**
 * The organization a new user (created or invited) joins, once the viewer may add them there with
 * that role: the Secretariat anywhere, an NPO_ADMIN in their own organization.
 */
export async function organizationForNewUser(ctx: Ctx, input: { organizationId?: string | null; role: Role }): Promise<Organization> {
  const viewer = ctx.viewer!;
  const orgId = input.organizationId ?? viewer.organizationId;
  if (!canManageUsersOf(viewer, orgId)) throw forbidden('You may only create users of your own organization.');
  const org = isUuid(orgId) ? await ctx.em.findOne(Organization, { id: orgId }) : null;
  if (!org) throw badInput('organizationId', 'No such organization.');
  if (!canGrantRole(viewer, input.role, org.kind === OrganizationKind.SECRETARIAT)) {
    throw badInput('role', `The role ${input.role} does not fit an organization of kind ${org.kind}.`);
  }
  return org;
}

export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<User> {
  const viewer = ctx.viewer!;
  const org = await organizationForNewUser(ctx, input);
  const passwordHash = await hashPassword(input.password);
  try {
    return await runInTransaction(ctx.em, async (tx, record) => {
      const user = tx.create(User, {
        email: input.email.trim().toLowerCase(),
        name: input.name.trim(),
        role: input.role,
        organization: org.id,
        passwordHash,
      });
      await tx.flush();
      record({
        type: 'USER_CREATED',
        subjectType: 'User',
        subjectId: user.id,
        actorId: viewer.userId,
        audienceOrgIds: [org.id],
        payload: { email: user.email, role: user.role },
      });
      return user;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw conflict('A user with this email already exists.');
    throw e;
  }
}

export async function deactivateUser(ctx: Ctx, id: string): Promise<User> {
  const viewer = ctx.viewer!;
  const user = isUuid(id) ? await ctx.em.findOne(User, { id }) : null;
  // A user of another organization is reported as missing, not as forbidden.
  if (!user || !canSeeUsersOf(viewer, user.organization.id)) throw notFound('User');
  if (!canManageUsersOf(viewer, user.organization.id)) throw forbidden('Only an administrator may deactivate users.');
  if (user.id === viewer.userId) throw badInput('id', 'You cannot deactivate yourself.');
  if (!user.active) throw badInput('id', 'This user is already deactivated.');
  const deactivated = await runInTransaction(ctx.em, async (tx, record) => {
    user.active = false;
    await revokeSessionsOf(tx, ctx.clock, user.id);
    record({
      type: 'USER_DEACTIVATED',
      subjectType: 'User',
      subjectId: user.id,
      actorId: viewer.userId,
      audienceOrgIds: [user.organization.id],
    });
    return user;
  });
  credentialsChanged({ userId: user.id });
  return deactivated;
}

/**
 * A person changes their own password: every other session of theirs ends at once (their open
 * sockets are closed with 4401 when the event goes out) and the change is recorded. An API token
 * acts for an organization, not a person: FORBIDDEN.
 */
export async function changePassword(ctx: Ctx, input: ChangePasswordInput): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  if (!viewer.userId) throw forbidden('An API token acts for an organization, not a person: it has no password to change.');
  const user = await ctx.em.findOneOrFail(User, { id: viewer.userId });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw badInput('currentPassword', 'The current password is not correct.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await runInTransaction(ctx.em, (tx, record) => replacePassword(tx, record, ctx.clock, user, passwordHash, { type: 'PASSWORD_CHANGED', keepSessionId: viewer.sessionId }));
  credentialsChanged({ userId: user.id });
  return true;
}

/**
 * A new password for `user` in `tx`, changed by themselves or reset by a mailed link: every other
 * session of theirs ends (but `keepSessionId`), recorded as `type` with how many ended. The caller
 * calls credentialsChanged after the commit, which closes the ended sessions' sockets.
 */
export async function replacePassword(
  tx: EntityManager,
  record: RecordEvent,
  clock: Clock,
  user: User,
  passwordHash: string,
  change: { type: 'PASSWORD_CHANGED' | 'PASSWORD_RESET'; keepSessionId?: string },
): Promise<void> {
  user.passwordHash = passwordHash;
  const ended = await revokeSessionsOf(tx, clock, user.id, change.keepSessionId);
  record({
    type: change.type,
    subjectType: 'User',
    subjectId: user.id,
    actorId: user.id,
    audienceOrgIds: [user.organization.id],
    payload: { otherSessionsEnded: ended },
  });
}
