// The one organization lookup of the tests: the template holds every NPO and the Secretariat
// (reference data), so a test names them by economy code instead of creating them.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestApp } from '../app.js';

/** A test app, or just the database of a test that runs its own server processes. */
export type WithDb = Pick<TestApp, 'db'>;
import { Organization, OrganizationKind } from '../../../server/src/modules/organization/organization.entity.js';

/** The NPO of an economy code (any case, e.g. 'JP' or 'jp'), or the Secretariat for 'APO'. */
export async function orgOf(app: WithDb, code: string): Promise<Organization> {
  const em = app.db.orm.em.fork() as EntityManager;
  const upper = code.toUpperCase();
  return upper === 'APO'
    ? em.findOneOrFail(Organization, { kind: OrganizationKind.SECRETARIAT }, { populate: ['economy'] })
    : em.findOneOrFail(Organization, { economy: { code: upper } }, { populate: ['economy'] });
}
