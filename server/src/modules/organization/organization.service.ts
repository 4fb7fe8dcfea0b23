// Organizations are public: anyone may list and read them.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { notFound } from '../../errors.js';
import { paginate, type PageArgs } from '../../shared/pagination.js';
import { Organization, OrganizationKind } from './organization.entity.js';

export function listOrganizations(
  em: EntityManager,
  filter: { economy?: string | null; kind?: OrganizationKind | null },
  page: PageArgs,
) {
  const where: FilterQuery<Organization> = {};
  if (filter.economy) where.economy = { code: filter.economy.toUpperCase() };
  if (filter.kind) where.kind = filter.kind;
  return paginate(em, Organization, where, page, [['name', 'asc']]);
}

export async function getOrganization(em: EntityManager, id: string): Promise<Organization> {
  const org = isUuid(id) ? await em.findOne(Organization, { id }) : null;
  if (!org) throw notFound('Organization');
  return org;
}

export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * Ids of the Secretariat's organizations, read as plain rows: a partially loaded entity must
 * never enter a request's unit of work (it would later be served as if it were complete).
 */
export async function secretariatOrgIds(em: EntityManager): Promise<string[]> {
  const rows = await em.createQueryBuilder(Organization).select('id').where({ kind: OrganizationKind.SECRETARIAT }).execute<Array<{ id: string }>>('all', false);
  return rows.map((r) => r.id);
}
