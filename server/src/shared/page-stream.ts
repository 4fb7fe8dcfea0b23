// Walks a keyset-paginated list page by page (shared/pagination.ts), for streams that must not
// hold the whole list: exports and calendar feeds. Each page is turned into plain values before
// the next is read, and `afterPage` lets the caller drop the page's entities (em.clear()).
import type { Page, PageArgs } from './pagination.js';
import { MAX_PAGE_SIZE } from './pagination.js';

export async function* streamPages<T, R>(
  fetchPage: (page: PageArgs) => Promise<Page<T>>,
  toValues: (nodes: T[]) => Promise<R[]> | R[],
  afterPage: () => void = () => {},
): AsyncGenerator<R> {
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage({ first: MAX_PAGE_SIZE, after });
    const values = await toValues(page.nodes);
    afterPage();
    yield* values;
    if (!page.hasNextPage || page.cursors.length === 0) return;
    after = page.cursors[page.cursors.length - 1];
  }
}
