// Reading economies: the reference list that every form, filter and integration reads first.
// Read as plain rows, not entities: nothing is written through them, and making the ~20 entities
// (their change tracking and identity map) was a third of the request's CPU (bench:query, Q3).
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawSql } from '../../db/raw-sql.js';
import type { Economy } from './economy.entity.js';

/** An economy as the API shows it: every field of the GraphQL type, none of the entity's machinery. */
export type EconomyRow = Pick<Economy, 'id' | 'code' | 'name' | 'joinedYear' | 'active'>;

/** All economies, by name. */
export function listEconomies(em: EntityManager): Promise<EconomyRow[]> {
  return rawSql<EconomyRow[]>(em, 'select id, code, name, joined_year as "joinedYear", active from economy order by name, id');
}
