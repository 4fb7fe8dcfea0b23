// Creating, listing and revoking API tokens. The secret is returned once and stored as a hash;
// revocation takes effect on the next request (every request looks the hash up).
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import { paginate, type Page } from '../../shared/pagination.js';
import { credentialsChanged } from '../auth/auth.service.js';
import { API_TOKEN_PREFIX, newToken } from '../auth/token.js';
import { isSecretariat } from '../auth/viewer.js';
import { Organization } from '../organization/organization.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { ApiScope, ApiToken } from './api-token.entity.js';
import type { ApiTokensArgs, CreateApiTokenInput } from './api-token.inputs.js';
import { canManageTokensOf } from './api-token.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

/** WRITE implies READ; duplicates collapse; a fixed order keeps the stored array stable. */
function normalizeScopes(scopes: ApiScope[] | null | undefined): ApiScope[] {
  const set = new Set(scopes ?? [ApiScope.READ]);
  if (set.has(ApiScope.WRITE)) set.add(ApiScope.READ);
  return [ApiScope.READ, ApiScope.WRITE].filter((s) => set.has(s));
}

export async function createApiToken(ctx: Ctx, input: CreateApiTokenInput): Promise<{ token: string; apiToken: ApiToken }> {
  const viewer = ctx.viewer!;
  const orgId = input.organizationId ?? viewer.organizationId;
  if (!canManageTokensOf(viewer, orgId)) {
    throw forbidden(viewer.kind === 'session' ? 'You may only create tokens for your own organization.' : 'API tokens cannot create API tokens; sign in as an administrator.');
  }
  const org = isUuid(orgId) ? await ctx.em.findOne(Organization, { id: orgId }) : null;
  if (!org) throw badInput('organizationId', 'No such organization.');
  if (input.expiresAt && input.expiresAt.getTime() <= ctx.clock.now().getTime()) {
    throw badInput('expiresAt', 'expiresAt must be in the future.');
  }
  const { token, hash } = newToken(API_TOKEN_PREFIX);
  const apiToken = await runInTransaction(ctx.em, async (tx, record) => {
    const row = tx.create(ApiToken, {
      name: input.name.trim(),
      scopes: normalizeScopes(input.scopes),
      organization: org.id,
      createdBy: viewer.userId!,
      tokenHash: hash,
      expiresAt: input.expiresAt ?? undefined,
      createdAt: ctx.clock.now(),
    });
    await tx.flush();
    record({
      type: 'API_TOKEN_CREATED',
      subjectType: 'ApiToken',
      subjectId: row.id,
      actorId: viewer.userId,
      audienceOrgIds: [org.id],
      payload: { apiTokenId: row.id, organizationId: org.id, name: row.name, scopes: row.scopes },
    });
    return row;
  });
  return { token, apiToken };
}

export async function listApiTokens(ctx: Ctx, args: ApiTokensArgs): Promise<Page<ApiToken>> {
  const viewer = ctx.viewer!;
  // The Secretariat lists every organization's tokens unless it names one.
  const orgId = args.organizationId ?? (isSecretariat(viewer) ? null : viewer.organizationId);
  if (!canManageTokensOf(viewer, orgId ?? viewer.organizationId)) {
    throw forbidden('Only administrators may list API tokens, and only those of their own organization.');
  }
  if (orgId !== null && !isUuid(orgId)) return { nodes: [], cursors: [], hasNextPage: false, totalCount: 0 };
  const where: FilterQuery<ApiToken> = {};
  if (orgId !== null) where.organization = orgId;
  if (!args.includeRevoked) where.revokedAt = null;
  return paginate(ctx.em, ApiToken, where, args, [['createdAt', 'desc']]);
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<ApiToken> {
  const viewer = ctx.viewer!;
  const row = isUuid(id) ? await ctx.em.findOne(ApiToken, { id }) : null;
  // Another organization's token is reported as missing, not as forbidden.
  if (!row || !canManageTokensOf(viewer, row.organization.id)) throw notFound('API token');
  if (row.revokedAt) throw badInput('id', 'This token is already revoked.');
  const revoked = await runInTransaction(ctx.em, async (_tx, record) => {
    row.revokedAt = ctx.clock.now();
    record({
      type: 'API_TOKEN_REVOKED',
      subjectType: 'ApiToken',
      subjectId: row.id,
      actorId: viewer.userId,
      audienceOrgIds: [row.organization.id],
      payload: { apiTokenId: row.id, organizationId: row.organization.id, name: row.name },
    });
    return row;
  });
  credentialsChanged({ apiTokenId: row.id });
  return revoked;
}
