// API tokens and table snapshots for the API and security suites: tokens go straight into the
// test database; snapshots count every table's rows to prove that a refused request wrote nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestApp } from '../app.js';
import { ApiScope, ApiToken } from '../../../server/src/modules/api-token/api-token.entity.js';
import { API_TOKEN_PREFIX, newToken } from '../../../server/src/modules/auth/token.js';
import { orgOf, type WithDb } from './organizations.js';
import { demoAdminEmail, demoUser } from './users.js';

/** Scopes default to READ; the creator is the organization's demo administrator. */
export type TokenOverrides = { code?: string; scopes?: ApiScope[]; expiresAt?: Date; revokedAt?: Date; name?: string };

export async function buildApiToken(app: WithDb, over: TokenOverrides = {}): Promise<{ token: string; id: string; organizationId: string }> {
  const code = over.code ?? 'JP';
  const org = await orgOf(app, code);
  const creator = await demoUser(app, demoAdminEmail(code));
  const em = app.db.orm.em.fork() as EntityManager;
  const { token, hash } = newToken(API_TOKEN_PREFIX);
  const row = em.create(ApiToken, {
    name: over.name ?? 'test tool',
    scopes: over.scopes ?? [ApiScope.READ],
    organization: org.id,
    createdBy: creator.id,
    tokenHash: hash,
    expiresAt: over.expiresAt,
    revokedAt: over.revokedAt,
  });
  await em.flush();
  return { token, id: row.id, organizationId: org.id };
}

/**
 * Row count and content hash of every table except sessions (sign-ins write them by design) and
 * the job machinery that catches up with earlier events in the background at its own pace (the
 * dispatchers' cursors, the mail outbox and its signing key: a mail an attack caused would come
 * with an event and an inbox item, which are compared); a token's last-used time is left out
 * (using a token updates it by design).
 */
export async function tableSnapshot(app: TestApp): Promise<Record<string, string>> {
  const conn = app.db.orm.em.fork().getConnection();
  const tables = await conn.execute<Array<{ t: string }>>(
    `select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('session', 'mikro_orm_migrations', 'webhook_dispatch_cursor', 'mail_dispatch_cursor', 'mail_outbox', 'mail_signing_key') order by 1`,
  );
  const row = `(to_jsonb(x) - 'last_used_at')::text`;
  const union = tables
    .map(({ t }) => `select '${t}' as t, count(*) || ':' || md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as v from "${t}" x`)
    .join(' union all ');
  const rows = await conn.execute<Array<{ t: string; v: string }>>(union);
  return Object.fromEntries(rows.map((r) => [r.t, r.v]));
}
