// A list page: a paged query (the cached list at once, then fresh; "Show more" while the server
// has further pages), sorted and filtered by the server as the URL says, and a table of the rows,
// with a message when there are none (or none match). Each cell carries its column's label
// (data-label) so that narrow screens can show the heading beside the value.
import type { ReactNode } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Empty, QueryState } from './State';
import { ListControls, type useListView } from './list-view';
import { useTitle } from './useTitle';

export type Column<T> = { label: string; cell: (row: T) => ReactNode };
type Connection<T> = { edges: Array<{ node: T }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
type PagedList<T> = ReturnType<typeof usePagedList<unknown, object, T>>;
type PageVars = { first?: number | null; after?: string | null };

/** The first 50 of a list query's connection for these variables (order, filter), and a way to load the next 50. */
export function usePagedList<TData, TVars extends object, T>(query: TypedDocumentNode<TData, TVars & PageVars>, variables: TVars, pick: (data: TData) => Connection<T>) {
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(query, { variables: { first: 50, ...variables } as never, fetchPolicy: 'cache-and-network' });
  // While a new order or filter loads, the rows of the last one stay (no flash of "Loading").
  const shown = data ?? previousData;
  const conn = shown ? pick(shown) : undefined;
  return {
    nodes: conn?.edges.map((e) => e.node),
    loading,
    error,
    retry: () => void refetch(),
    more: data && conn?.pageInfo.hasNextPage ? () => void fetchMore({ variables: { after: conn.pageInfo.endCursor } as never }) : undefined,
  };
}

export function ListPage<T extends { id: string }>({ title, heading, label, list, view, ...table }: {
  title: string;
  /** What stands above the controls: the page's heading and its own actions. */
  heading: ReactNode;
  /** What the list holds, e.g. "pairings" (the controls' labels say it). */
  label: string;
  list: PagedList<T>;
  /** The sort and filter in the URL (useListView), which the list's query was given. */
  view: ReturnType<typeof useListView>;
  empty: ReactNode;
  noMatch: string;
  testId: string;
  columns: Column<T>[];
}) {
  useTitle(title);
  return (
    <>
      {heading}
      <ListControls view={view} label={label} />
      <QueryState loading={list.loading} error={list.error} hasData={!!list.nodes} onRetry={list.retry}>
        {() => <ListTable rows={list.nodes!} q={view.text ?? ''} onMore={list.more} {...table} />}
      </QueryState>
    </>
  );
}

function ListTable<T extends { id: string }>({ rows, q, empty, noMatch, testId, columns, onMore }: {
  rows: T[];
  /** The text filter the rows answer, quoted when nothing matches it. */
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
      {rows.length === 0 ? (q ? <Empty>{noMatch} matches “{q}”.</Empty> : <Empty>{empty}</Empty>) : null}
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
