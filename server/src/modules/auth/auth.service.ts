// Sign-in (throttled: sign-in-throttle.ts), sign-out and turning a bearer token into a Viewer (sessions and API tokens alike).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Context } from '../../context.js';
import { AppError, ErrorCode, unauthenticated } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import { ApiScope, ApiToken } from '../api-token/api-token.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { forget, lookUpOnce, recall, type CachedCredential } from './credential-cache.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { signInThrottleFor } from './sign-in-throttle.js';
import { API_TOKEN_PREFIX, SESSION_PREFIX, hashToken, newToken } from './token.js';
import type { Viewer } from './viewer.js';

const WRONG_CREDENTIALS = 'The email or password is not correct.';
/** Writing last-used on every request would turn reads into writes; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

type LoginCtx = Pick<Context, 'em' | 'clock' | 'config' | 'ip'>;

export async function login(ctx: LoginCtx, email: string, password: string): Promise<{ token: string; user: User; expiresAt: Date }> {
  const account = email.trim().toLowerCase();
  const throttle = signInThrottleFor(ctx.config, ctx.clock);
  const retryAt = throttle.retryAt(account, ctx.ip);
  if (retryAt) throw rateLimited(ctx.clock, retryAt);
  const user = await ctx.em.findOne(User, { email: account });
  // Same work and the same error whether the email is unknown or the password wrong.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active) {
    const { alert, failures } = throttle.failed(account, ctx.ip);
    if (alert && user?.active) await alertOwner(ctx, user, failures);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  throttle.succeeded(account, ctx.ip);
  const session = openSession(ctx.em, ctx, user);
  await ctx.em.flush();
  return session;
}

/** A new session of `user` in `em` (flushed by the caller): what `login` answers. Joining and resetting a password sign in through it too. */
export function openSession(em: EntityManager, ctx: Pick<Context, 'clock' | 'config'>, user: User): { token: string; user: User; expiresAt: Date } {
  const { token, hash } = newToken(SESSION_PREFIX);
  const expiresAt = new Date(ctx.clock.now().getTime() + ctx.config.sessionTtlMs);
  em.create(Session, { user, tokenHash: hash, expiresAt, createdAt: ctx.clock.now() });
  return { token, user, expiresAt };
}

function rateLimited(clock: Clock, retryAt: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - clock.now().getTime()) / 1000));
  return new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins. Try again after ${retryAt.toISOString()}.`, { retryAt: retryAt.toISOString(), retryAfterSeconds });
}

/** Repeated failures on an account: its owner finds an alert in the inbox (no addresses, no passwords). */
async function alertOwner(ctx: LoginCtx, user: User, failures: number): Promise<void> {
  await runInTransaction(ctx.em.fork() as EntityManager, async (_tx, record) => {
    record({
      type: 'SIGN_IN_FAILURES',
      subjectType: 'User',
      subjectId: user.id,
      audienceOrgIds: [user.organization.id],
      payload: { failures },
      inbox: [{ userId: user.id, kind: 'SIGN_IN_FAILURES', summary: `${failures} failed sign-ins to your account. If it was not you, change your password.` }],
    });
  });
}

/** Ends the viewer's session; the event tells every other instance to stop accepting it at once. */
export async function logout(em: EntityManager, clock: Clock, viewer: Viewer): Promise<void> {
  const sessionId = viewer.sessionId;
  if (!sessionId || !viewer.userId) return;
  const userId = viewer.userId;
  await runInTransaction(em, async (tx, record) => {
    const ended = await tx.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: clock.now() });
    if (ended === 0) return;
    record({ type: 'SIGNED_OUT', subjectType: 'User', subjectId: userId, actorId: userId, audienceOrgIds: [viewer.organizationId], payload: {} });
  });
  forget({ sessionId });
}

/**
 * Ends every session of a user at once (deactivation), or all but one (a password change).
 * Inside the caller's transaction: once it has committed, the caller calls `credentialsChanged`.
 */
export async function revokeSessionsOf(em: EntityManager, clock: Clock, userId: string, exceptSessionId?: string): Promise<number> {
  const where = exceptSessionId ? { user: userId, revokedAt: null, id: { $ne: exceptSessionId } } : { user: userId, revokedAt: null };
  return em.nativeUpdate(Session, where, { revokedAt: clock.now() });
}

/** After a committed change to a user's sessions or state, or to an API token: not served from the cache again. */
export const credentialsChanged = forget;

/**
 * Resolves a bearer token. No token: anonymous (null). A token that is unknown, expired,
 * revoked or belongs to a deactivated user is an UNAUTHENTICATED error, so a client learns
 * that it must sign in again instead of silently seeing less. A token resolved a moment ago
 * is not looked up again (credential-cache.ts says how long and what makes it forget), unless
 * `fresh` asks for the database's answer.
 */
export async function authenticate(em: EntityManager, clock: Clock, token: string | null, opts: { fresh?: boolean } = {}): Promise<Viewer | null> {
  if (!token) return null;
  const now = clock.now();
  const cached = opts.fresh ? null : recall(token, now);
  if (cached) {
    if (cached.viewer.kind === 'apiToken') await touchApiToken(em, now, cached);
    return { ...cached.viewer };
  }
  const found = await lookUpOnce(token, () => lookUp(em, now, token));
  if (!found) throw unauthenticated('The token is invalid, expired or revoked. Sign in again.');
  return { ...found.viewer };
}

function lookUp(em: EntityManager, now: Date, token: string): Promise<CachedCredential | null> {
  const hash = hashToken(token);
  if (token.startsWith(API_TOKEN_PREFIX)) return viewerFromApiToken(em, now, hash);
  if (token.startsWith(SESSION_PREFIX)) return viewerFromSession(em, now, hash);
  return Promise.resolve(null);
}

async function viewerFromSession(em: EntityManager, now: Date, hash: string): Promise<CachedCredential | null> {
  const session = await em.findOne(Session, { tokenHash: hash, revokedAt: null, expiresAt: { $gt: now } }, { populate: ['user', 'user.organization'] });
  const user = session?.user.getEntity();
  if (!session || !user?.active) return null;
  return { viewer: personViewer(user, { sessionId: session.id, expiresAt: session.expiresAt }) };
}

/** A signed-in person as every command sees them (their organization must be loaded); the demo seed acts through it too. */
export function personViewer(user: User, session: { sessionId?: string; expiresAt: Date | null }): Viewer {
  const org = user.organization.getEntity();
  return {
    kind: 'session',
    userId: user.id,
    role: user.role,
    organizationId: org.id,
    organizationKind: org.kind,
    scopes: [ApiScope.READ, ApiScope.WRITE],
    ...(session.sessionId ? { sessionId: session.sessionId } : {}),
    expiresAt: session.expiresAt,
  };
}

async function viewerFromApiToken(em: EntityManager, now: Date, hash: string): Promise<CachedCredential | null> {
  const row = await em.findOne(
    ApiToken,
    { tokenHash: hash, revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] },
    { populate: ['organization'] },
  );
  if (!row) return null;
  const org: Organization = row.organization.getEntity();
  const credential: CachedCredential = {
    viewer: {
      kind: 'apiToken',
      userId: null,
      role: null,
      organizationId: org.id,
      organizationKind: org.kind,
      scopes: row.scopes,
      apiTokenId: row.id,
      expiresAt: row.expiresAt ?? null,
    },
    lastUsedAt: row.lastUsedAt ?? null,
  };
  await touchApiToken(em, now, credential);
  return credential;
}

/** Last-used, written at most once a minute (and updated in the cached copy). */
async function touchApiToken(em: EntityManager, now: Date, credential: CachedCredential): Promise<void> {
  const last = credential.lastUsedAt;
  if (last && now.getTime() - last.getTime() <= LAST_USED_RESOLUTION_MS) return;
  credential.lastUsedAt = now;
  await em.nativeUpdate(ApiToken, { id: credential.viewer.apiTokenId! }, { lastUsedAt: now });
}
