// Keyset pagination behind every Relay connection: a stable order that ends with `id`, an
// opaque cursor holding the sort values of the last row, `first` at most 100.
import { DriverException, type EntityManager, type FilterQuery, type EntityName, type FindOptions } from '@mikro-orm/postgresql';
import { badInput } from '../errors.js';

/** PostgreSQL's "this text is not a value of that type" family (a tampered cursor). */
const BAD_VALUE_CODES = new Set(['22P02', '22007', '22008', '22003']);

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

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'after is not a cursor returned by this list.');
}

export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  order: SortKey<T>[],
  options: Pick<FindOptions<T, never>, 'populate'> = {},
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  const keys: SortKey<T>[] = [...order, ['id' as keyof T & string, 'asc']];
  const afterWhere = args.after ? keysetAfter(keys, decodeCursor(args.after, keys.length)) : {};
  const [rows, totalCount] = await Promise.all([
    em
      .find(entity, { $and: [where, afterWhere] } as FilterQuery<T>, {
        ...(options as object),
        orderBy: keys.map(([k, d]) => ({ [k]: d })) as never,
        limit: limit + 1,
      })
      .catch((e: unknown) => {
        // A cursor of the right shape with values of the wrong type: still the client's input.
        if (args.after && e instanceof DriverException && BAD_VALUE_CODES.has(String(e.code))) {
          throw badInput('after', 'after is not a cursor returned by this list.');
        }
        throw e;
      }),
    em.count(entity, where),
  ]);
  const nodes = rows.slice(0, limit);
  const cursors = nodes.map((n) => encodeCursor(keys.map(([k]) => toCursorValue((n as Record<string, unknown>)[k]))));
  return { nodes, cursors, hasNextPage: rows.length > limit, totalCount };
}

function toCursorValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value;
}

/** (k1, k2, …) after (v1, v2, …) in the given directions, as an OR of prefixes. */
function keysetAfter<T>(keys: SortKey<T>[], values: unknown[]): FilterQuery<T> {
  const branches = keys.map(([key, dir], i) => {
    const branch: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) branch[keys[j][0]] = values[j];
    branch[key] = { [dir === 'asc' ? '$gt' : '$lt']: values[i] };
    return branch;
  });
  return { $or: branches } as FilterQuery<T>;
}
