// A list page: a paged query (the cached list at once, then fresh; "Show more" while the server
// has further pages), sort and text filter in the URL, and a table of the rows left after the
// filter, with a message when there are none (or none match). Each cell carries its column's
// label (data-label) so that narrow screens can show the heading beside the value.
import type { ReactNode } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Empty, QueryState } from './State';
import { ListControls, useListView, type SortOption } from './list-view';
import { useTitle } from './useTitle';

export type Column<T> = { label: string; cell: (row: T) => ReactNode };
type Connection<T> = { edges: Array<{ node: T }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
type PagedList<T> = ReturnType<typeof usePagedList<unknown, T>>;

/** The first 50 of a list query's connection, and a way to load the next 50. */
export function usePagedList<TData, T>(query: TypedDocumentNode<TData, { first?: number | null; after?: string | null }>, pick: (data: TData) => Connection<T>) {
  const { data, loading, error, refetch, fetchMore } = useQuery(query, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const conn = data ? pick(data) : undefined;
  return {
    nodes: conn?.edges.map((e) => e.node),
    loading,
    error,
    retry: () => void refetch(),
    more: conn?.pageInfo.hasNextPage ? () => void fetchMore({ variables: { after: conn.pageInfo.endCursor } }) : undefined,
  };
}

export function ListPage<T extends { id: string }>({ title, heading, label, list, sorts, textOf, ...table }: {
  title: string;
  /** What stands above the controls: the page's heading and its own actions. */
  heading: ReactNode;
  /** What the list holds, e.g. "pairings" (the controls' labels say it). */
  label: string;
  list: PagedList<T>;
  sorts: SortOption<T>[];
  /** The text the filter searches in a row. */
  textOf: (row: T) => string;
  empty: ReactNode;
  noMatch: string;
  testId: string;
  columns: Column<T>[];
}) {
  useTitle(title);
  const view = useListView(sorts, textOf);
  return (
    <>
      {heading}
      <ListControls view={view} label={label} />
      <QueryState loading={list.loading} error={list.error} hasData={!!list.nodes} onRetry={list.retry}>
        {() => <ListTable total={list.nodes!.length} rows={view.apply(list.nodes!)} q={view.q} onMore={list.more} {...table} />}
      </QueryState>
    </>
  );
}

function ListTable<T extends { id: string }>({ total, rows, q, empty, noMatch, testId, columns, onMore }: {
  /** How many rows are loaded, before the text filter. */
  total: number;
  rows: T[];
  /** The text filter, quoted when nothing matches it. */
  q: string;
  empty: ReactNode;
  /** What no row matches, e.g. "No pairing". */
  noMatch: string;
  testId: string;
  columns: Column<T>[];
  /** Loads the next page; absent when there is none. */
  onMore?: () => void;
}) {
  return (
    <>
      {total === 0 ? <Empty>{empty}</Empty> : null}
      {total && rows.length === 0 ? <Empty>{noMatch} matches “{q}”.</Empty> : null}
      {rows.length ? (
        <table className="list" data-testid={testId}>
          <thead><tr>{columns.map((c) => <th key={c.label}>{c.label}</th>)}</tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                {columns.map((c) => <td key={c.label} data-label={c.label}>{c.cell(row)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {onMore ? <button type="button" className="btn secondary" onClick={onMore}>Show more</button> : null}
    </>
  );
}
