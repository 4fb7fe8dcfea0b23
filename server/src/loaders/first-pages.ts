// The first page of a nested list for many parents at once (threads of pairings, messages of
// threads): one statement numbers each parent's rows in the list's order and keeps `first + 1`
// of them, so a page of parents costs the same whatever its size. One to-one relation the items
// will need (a message's author) can come in the same statement; the counts for `totalCount`
// are a second one, only when selected. Cursors are those of shared/pagination.ts.
import { ReferenceKind, type EntityMetadata, type EntityName, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { encodeCursor } from '../shared/cursor.js';
import type { Page, SortKey } from '../shared/pagination.js';

export type ChildList<T extends object> = {
  entity: EntityName<T>;
  /** The to-one property pointing at the parent. */
  parent: keyof T & string;
  /** Further equality conditions on columns of the list (null: IS NULL). */
  where?: Record<string, string | null>;
  /** The list's order; `id` ascending is appended as the tie-breaker. */
  order: SortKey<T>[];
};

type Query = { rows: Array<Record<string, unknown>>; counts: Array<{ parent: string; n: string | number }> };

const JOINED = 'j__';

export async function firstPages<T extends object>(
  em: EntityManager,
  list: ChildList<T>,
  parentIds: string[],
  opts: { first: number; count: boolean; join?: keyof T & string },
): Promise<Map<string, Page<T>>> {
  const meta = em.getMetadata().get<T>(list.entity as never);
  const keys: SortKey<T>[] = [...list.order, ['id' as keyof T & string, 'asc']];
  const { rows, counts } = await query(em, meta, list, parentIds, opts, keys);
  const joinProp = opts.join ? prop(meta, opts.join) : undefined;
  const joined = new Set<unknown>();
  const pages = new Map<string, Page<T>>(parentIds.map((id) => [id, { nodes: [], cursors: [], hasNextPage: false, totalCount: 0 }]));
  for (const row of rows) {
    const page = pages.get(String(row[column(meta, list.parent)]))!;
    if (page.nodes.length === opts.first) {
      page.hasNextPage = true;
      continue;
    }
    if (joinProp) mapJoined(em, joinProp, row, joined);
    const node = materialize(em, meta, own(row)) as T;
    page.nodes.push(node);
    page.cursors.push(encodeCursor(keys.map(([k]) => (node as Record<string, unknown>)[k])));
  }
  for (const c of counts) pages.get(String(c.parent))!.totalCount = Number(c.n);
  if (!opts.count) for (const page of pages.values()) page.totalCount = page.nodes.length;
  return pages;
}

async function query<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  list: ChildList<T>,
  parentIds: string[],
  opts: { first: number; count: boolean; join?: keyof T & string },
  keys: SortKey<T>[],
): Promise<Query> {
  const knex = em.getKnex();
  const parentCol = column(meta, list.parent);
  const filtered = (q: Knex.QueryBuilder) => {
    q.whereIn(`${meta.tableName}.${parentCol}`, parentIds);
    for (const [prop, value] of Object.entries(list.where ?? {})) {
      const col = `${meta.tableName}.${column(meta, prop)}`;
      if (value === null) q.whereNull(col);
      else q.where(col, value);
    }
    return q;
  };
  const order = keys.map(([, dir]) => `?? ${dir === 'asc' ? 'asc' : 'desc'}`).join(', ');
  const numbered = filtered(knex(meta.tableName))
    .select(ownColumns(meta).map((c) => `${meta.tableName}.${c}`))
    .select(knex.raw(`row_number() over (partition by ?? order by ${order}) as __rn`, [parentCol, ...keys.map(([k]) => column(meta, k))]));
  const rowsQuery = knex.from(numbered.as('x')).select('x.*').where('x.__rn', '<=', opts.first + 1).orderBy([`x.${parentCol}`, 'x.__rn']);
  if (opts.join) joinTo(knex, rowsQuery, prop(meta, opts.join));
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  const [rows, counts] = await Promise.all([
    connection.execute<Array<Record<string, unknown>>>(rowsQuery, [], 'all', ctx),
    opts.count
      ? connection.execute<Query['counts']>(filtered(knex(meta.tableName)).select(`${meta.tableName}.${parentCol} as parent`).count('* as n').groupBy(`${meta.tableName}.${parentCol}`), [], 'all', ctx)
      : Promise.resolve([]),
  ]);
  return { rows, counts };
}

function prop<T>(meta: EntityMetadata<T>, name: string): EntityProperty<T> {
  const p = (meta.properties as Record<string, EntityProperty<T> | undefined>)[name];
  if (!p?.fieldNames?.length) throw new Error(`first-pages: ${meta.className}.${name} is not a column`);
  return p;
}

const column = <T>(meta: EntityMetadata<T>, name: string): string => prop(meta, name).fieldNames[0];

/** The columns an entity stores in its own table and loads (not the lazy ones: search vectors). */
function ownColumns(meta: EntityMetadata): string[] {
  return meta.props
    .filter((p) => p.persist !== false && !p.formula && !p.lazy && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)))
    .flatMap((p) => p.fieldNames);
}

function joinTo(knex: Knex, q: Knex.QueryBuilder, prop: EntityProperty): void {
  const target = prop.targetMeta!;
  q.leftJoin(`${target.tableName} as j`, `j.${column(target, target.primaryKeys[0])}`, `x.${prop.fieldNames[0]}`);
  q.select(ownColumns(target).map((c) => knex.ref(`j.${c}`).as(JOINED + c)));
}

/**
 * An entity from a row, as em.find makes one (mapped, created, put in the identity map). Not
 * em.map: that one also validates and cascades a merge, which cost more than the row itself.
 */
function materialize(em: EntityManager, meta: EntityMetadata, row: Record<string, unknown>): object {
  return em.getEntityFactory().create(meta.className, em.getDriver().mapResult(row, meta) as never, { merge: true, convertCustomTypes: true });
}

/** Puts the joined entity into the identity map once per page load, so that the item's reference is loaded. */
function mapJoined(em: EntityManager, prop: EntityProperty, row: Record<string, unknown>, done: Set<unknown>): void {
  const target = prop.targetMeta!;
  const id = row[JOINED + column(target, target.primaryKeys[0])];
  if (id == null || done.has(id)) return;
  done.add(id);
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k.startsWith(JOINED)) data[k.slice(JOINED.length)] = v;
  materialize(em, target, data);
}

function own(row: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k !== '__rn' && !k.startsWith(JOINED)) data[k] = v;
  return data;
}
