// Keyset pagination behind every Relay connection: a stable order that ends with `id`, an
// opaque cursor holding the sort values of the last row (shared/cursor.ts), `first` at most 100.
// A sort key may name a to-one relation's column (`proposal.topic`); the rows must then be read
// with that relation (populate). A list sorted on request tags its cursors with the order, so a
// cursor of one order is refused by another instead of silently skipping rows.
import type { EntityManager, FilterQuery, EntityName, FindOptions } from '@mikro-orm/postgresql';
import { badInput } from '../errors.js';
import type { ListOrder } from './list-order.js';
import { decodeCursor, encodeCursor, type CursorKind, type CursorValue } from './cursor.js';

export type PageArgs = { first?: number | null; after?: string | null };
/** A page of a sortable list: the order the client asked for, if any (list-order.ts). */
export type OrderedPageArgs = PageArgs & { orderBy?: ListOrder | null };
export type Page<T> = { nodes: T[]; cursors: string[]; hasNextPage: boolean; totalCount: number };
export type SortPath<T> = (keyof T & string) | `${keyof T & string}.${string}`;
export type SortKey<T> = [SortPath<T>, 'asc' | 'desc'];
export type PageOptions<T> = Pick<FindOptions<T, never>, 'populate'> & {
  count?: boolean;
  /** Names the order in every cursor (see sortKeys in list-order.ts); absent for a list's default order. */
  tag?: string;
};

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
  options: PageOptions<T> = {},
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  const keys: SortKey<T>[] = [...order, ['id' as keyof T & string, 'asc']];
  const { count = true, tag, ...findOptions } = options;
  const afterWhere = args.after ? keysetAfter(keys, decodeAfter(em, entity, keys, args.after, tag)) : {};
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: [where, afterWhere] } as FilterQuery<T>, {
      ...(findOptions as object),
      orderBy: keys.map(([k, d]) => nested(k, d)) as never,
      limit: limit + 1,
    }),
    // Counting is a second statement over the whole match: only when `totalCount` is selected.
    // NaN otherwise, which GraphQL refuses to serialize, so a wrong wiring fails loudly.
    count ? em.count(entity, where) : NaN,
  ]);
  const nodes = rows.slice(0, limit);
  const cursors = nodes.map((n) => encodeCursor([...(tag ? [tag] : []), ...keys.map(([k]) => valueAt(n, k))]));
  return { nodes, cursors, hasNextPage: rows.length > limit, totalCount };
}

function decodeAfter<T extends object>(em: EntityManager, entity: EntityName<T>, keys: SortKey<T>[], after: string, tag?: string): CursorValue[] {
  const kinds = cursorKinds(em, entity, keys);
  if (!tag) return decodeCursor(after, kinds);
  const [own, ...values] = decodeCursor(after, ['text', ...kinds]);
  if (own !== tag) throw badInput('after', 'after is a cursor of this list in another order; start again without it.');
  return values;
}

/** `a.b` with a value → `{ a: { b: value } }`, the shape MikroORM takes for a relation's column. */
function nested(path: string, value: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<Record<string, unknown>>((inner, part) => ({ [part]: inner }), value as never) as Record<string, unknown>;
}

/** The row's value at a sort path, through loaded references. */
function valueAt(row: object, path: string): unknown {
  let value: unknown = row;
  for (const part of path.split('.')) {
    const obj = value as Record<string, unknown> & { unwrap?: () => unknown };
    value = (typeof obj.unwrap === 'function' ? (obj.unwrap() as Record<string, unknown>) : obj)[part];
  }
  return value;
}

/** The type of each sort key, from the entity's mapping: the cursor is decoded into exactly these. */
function cursorKinds<T extends object>(em: EntityManager, entity: EntityName<T>, keys: SortKey<T>[]): CursorKind[] {
  const root = em.getMetadata().get(entity as never);
  return keys.map(([key]) => {
    type Prop = { type?: string; runtimeType?: string; targetMeta?: typeof root };
    const parts = key.split('.');
    let meta = root;
    for (const part of parts.slice(0, -1)) meta = (meta.properties[part as never] as Prop).targetMeta!;
    const prop = meta.properties[parts.at(-1) as never] as Prop | undefined;
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
    for (let j = 0; j < i; j++) merge(branch, nested(keys[j][0], values[j]));
    merge(branch, nested(key, { [dir === 'asc' ? '$gt' : '$lt']: values[i] }));
    return branch;
  });
  return { $or: branches } as FilterQuery<T>;
}

/** Deep-merges plain conditions (two keys under one relation share its object). */
function merge(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(from)) {
    const there = into[k];
    const plain = (x: unknown) => !!x && typeof x === 'object' && !(x instanceof Date) && !Object.keys(x).some((key) => key.startsWith('$'));
    if (plain(there) && plain(v)) merge(there as Record<string, unknown>, v as Record<string, unknown>);
    else into[k] = v;
  }
}
