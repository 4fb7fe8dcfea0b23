// A nested connection (`Pairing.threads`, `Thread.messages`) read for all parents of a request
// at once. Only first pages are batched; a page after a cursor is one parent's own query.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pageSize, type Page, type PageArgs } from '../shared/pagination.js';
import { batchOf } from './batch.js';
import { firstPages, type ChildList } from './first-pages.js';

export type NestedPage<T extends object> = {
  /** Names the batch within the request; one per field. */
  name: string;
  list: ChildList<T>;
  /** Selected below the connection (selection.ts): decides the count and the join. */
  paths: Set<string>;
  /** A to-one relation of each item, joined when `edges.node.<join>` is selected. */
  join?: keyof T & string;
  /** One parent's page, for a page after a cursor. */
  alone: () => Promise<Page<T>>;
};

export function nestedPage<T extends object>(ctx: { em: EntityManager }, parentId: string, page: PageArgs, spec: NestedPage<T>): Promise<Page<T>> {
  if (page.after) return spec.alone();
  const first = pageSize(page.first);
  const count = spec.paths.has('totalCount');
  const join = spec.join && spec.paths.has(`edges.node.${spec.join}`) ? spec.join : undefined;
  const batch = batchOf<string, Page<T>>(
    ctx,
    `${spec.name}:${first}:${count}:${join ?? ''}`,
    (ids) => firstPages(ctx.em, spec.list, ids, { first, count, join }),
    () => ({ nodes: [], cursors: [], hasNextPage: false, totalCount: 0 }),
  );
  return batch.get(parentId);
}
