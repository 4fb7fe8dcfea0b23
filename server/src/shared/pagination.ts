// Keyset pagination behind every Relay connection: a stable order that ends with `id`, an
// opaque cursor holding the sort values of the last row (shared/cursor.ts), `first` at most 100.
import type { EntityManager, FilterQuery, EntityName, FindOptions } from '@mikro-orm/postgresql';
import { badInput } from '../errors.js';
import { decodeCursor, encodeCursor, type CursorKind, type CursorValue } from './cursor.js';

export type PageArgs = { first?: number | null; after?: string | null };
export type Page<T> = { nodes: T[]; cursors: string[]; hasNextPage: boolean; totalCount: number };
export type SortKey<T> = [keyof T & string, 'asc' | 'desc'];

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  order: SortKey<T>[],
  options: Pick<FindOptions<T, never>, 'populate'> & { count?: boolean } = {},
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  const keys: SortKey<T>[] = [...order, ['id' as keyof T & string, 'asc']];
  const afterWhere = args.after ? keysetAfter(keys, decodeCursor(args.after, cursorKinds(em, entity, keys))) : {};
  const { count = true, ...findOptions } = options;
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: [where, afterWhere] } as FilterQuery<T>, {
      ...(findOptions as object),
      orderBy: keys.map(([k, d]) => ({ [k]: d })) as never,
      limit: limit + 1,
    }),
    // Counting is a second statement over the whole match: only when `totalCount` is selected.
    // NaN otherwise, which GraphQL refuses to serialize, so a wrong wiring fails loudly.
    count ? em.count(entity, where) : NaN,
  ]);
  const nodes = rows.slice(0, limit);
  const cursors = nodes.map((n) => encodeCursor(keys.map(([k]) => (n as Record<string, unknown>)[k])));
  return { nodes, cursors, hasNextPage: rows.length > limit, totalCount };
}

/** The type of each sort key, from the entity's mapping: the cursor is decoded into exactly these. */
function cursorKinds<T extends object>(em: EntityManager, entity: EntityName<T>, keys: SortKey<T>[]): CursorKind[] {
  const meta = em.getMetadata().get(entity as never);
  return keys.map(([key]) => {
    const prop = meta.properties[key as never] as { type?: string; runtimeType?: string } | undefined;
    const type = String(prop?.type ?? '').toLowerCase();
    if (type === 'uuid') return 'uuid';
    if (prop?.runtimeType === 'Date') return 'date';
    if (prop?.runtimeType === 'number') return 'int';
    if (prop?.runtimeType === 'string') return 'text';
    throw new Error(`pagination: no cursor type for ${String(key)}`);
  });
}

/** (k1, k2, …) after (v1, v2, …) in the given directions, as an OR of prefixes. */
function keysetAfter<T>(keys: SortKey<T>[], values: CursorValue[]): FilterQuery<T> {
  const branches = keys.map(([key, dir], i) => {
    const branch: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) branch[keys[j][0]] = values[j];
    branch[key] = { [dir === 'asc' ? '$gt' : '$lt']: values[i] };
    return branch;
  });
  return { $or: branches } as FilterQuery<T>;
}
