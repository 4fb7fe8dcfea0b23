// Sign-in, sign-out and turning a bearer token into a Viewer (sessions and API tokens alike).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { unauthenticated } from '../../errors.js';
import { ApiScope, ApiToken } from '../api-token/api-token.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { API_TOKEN_PREFIX, SESSION_PREFIX, hashToken, newToken } from './token.js';
import type { Viewer } from './viewer.js';

const WRONG_CREDENTIALS = 'The email or password is not correct.';
/** Writing last-used on every request would turn reads into writes; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function login(
  em: EntityManager,
  clock: Clock,
  ttlMs: number,
  email: string,
  password: string,
): Promise<{ token: string; user: User; expiresAt: Date }> {
  const user = await em.findOne(User, { email: email.trim().toLowerCase() });
  // Same work and the same error whether the email is unknown or the password wrong.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active) throw unauthenticated(WRONG_CREDENTIALS);
  const { token, hash } = newToken(SESSION_PREFIX);
  const expiresAt = new Date(clock.now().getTime() + ttlMs);
  em.create(Session, { user, tokenHash: hash, expiresAt, createdAt: clock.now() });
  await em.flush();
  return { token, user, expiresAt };
}

export async function logout(em: EntityManager, clock: Clock, viewer: Viewer): Promise<void> {
  if (!viewer.sessionId) return;
  await em.nativeUpdate(Session, { id: viewer.sessionId, revokedAt: null }, { revokedAt: clock.now() });
}

/** Ends every session of a user at once (deactivation, password change). */
export async function revokeSessionsOf(em: EntityManager, clock: Clock, userId: string): Promise<void> {
  await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: clock.now() });
}

/**
 * Resolves a bearer token. No token: anonymous (null). A token that is unknown, expired,
 * revoked or belongs to a deactivated user is an UNAUTHENTICATED error, so a client learns
 * that it must sign in again instead of silently seeing less.
 */
export async function authenticate(em: EntityManager, clock: Clock, token: string | null): Promise<Viewer | null> {
  if (!token) return null;
  const viewer = token.startsWith(API_TOKEN_PREFIX)
    ? await viewerFromApiToken(em, clock, token)
    : token.startsWith(SESSION_PREFIX)
      ? await viewerFromSession(em, clock, token)
      : null;
  if (!viewer) throw unauthenticated('The token is invalid, expired or revoked. Sign in again.');
  return viewer;
}

async function viewerFromSession(em: EntityManager, clock: Clock, token: string): Promise<Viewer | null> {
  const session = await em.findOne(
    Session,
    { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: clock.now() } },
    { populate: ['user', 'user.organization'] },
  );
  const user = session?.user.getEntity();
  if (!session || !user?.active) return null;
  const org = user.organization.getEntity();
  return {
    kind: 'session',
    userId: user.id,
    role: user.role,
    organizationId: org.id,
    organizationKind: org.kind,
    scopes: [ApiScope.READ, ApiScope.WRITE],
    sessionId: session.id,
    expiresAt: session.expiresAt,
  };
}

async function viewerFromApiToken(em: EntityManager, clock: Clock, token: string): Promise<Viewer | null> {
  const now = clock.now();
  const row = await em.findOne(
    ApiToken,
    { tokenHash: hashToken(token), revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] },
    { populate: ['organization'] },
  );
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await em.nativeUpdate(ApiToken, { id: row.id }, { lastUsedAt: now });
  }
  const org: Organization = row.organization.getEntity();
  return {
    kind: 'apiToken',
    userId: null,
    role: null,
    organizationId: org.id,
    organizationKind: org.kind,
    scopes: row.scopes,
    apiTokenId: row.id,
    expiresAt: row.expiresAt ?? null,
  };
}
