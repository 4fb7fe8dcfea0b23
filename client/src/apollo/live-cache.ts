// The one way screens apply live events: what the event carries is written into the Apollo cache
// (entities normalized by id, new items added to the connection that lists them), and every
// query reading those objects re-renders. Nothing is refetched, except after a resume gap (see
// resumable.ts `onGap`). Subscriptions select the same fragment as the page's query, so an
// event's object is complete where the page shows it.
import type { ApolloCache, Reference, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useLiveSubscription, type LiveOptions } from './live';

export type LiveCacheOptions<TData, TVars> = Omit<LiveOptions<TData, TVars>, 'onEvent'> & {
  /** Writes the event's object into the cache (use writeEntity / addToConnection). */
  write: (cache: ApolloCache, data: TData) => void;
  /** What the screen does beyond the cache (e.g. marking a message unread). */
  onEvent?: (data: TData) => void;
  /** Reload after a gap: the connection came back with no cursor to resume from. */
  onGap?: () => void;
};

export function useLiveCache<TData, TVars extends { after?: string | null }>(
  document: TypedDocumentNode<TData, TVars>,
  opts: LiveCacheOptions<TData, TVars>,
): { error: unknown } {
  const client = useApolloClient();
  return useLiveSubscription(document, {
    ...opts,
    onEvent: (data) => {
      opts.write(client.cache, data);
      opts.onEvent?.(data);
    },
  });
}

/** Writes one object (with an `id`) into the cache with the fields of `fragment`; returns its reference. */
export function writeEntity<T>(
  cache: ApolloCache,
  fragment: TypedDocumentNode<T, unknown>,
  data: T,
  fragmentName?: string,
): Reference | undefined {
  return cache.writeFragment({ fragment, fragmentName, data });
}

export type ConnectionTarget = {
  /** The cache id of the object holding the connection (`cache.identify(...)`), or ROOT_QUERY. */
  owner: string;
  field: string;
  /** The new node, already written (writeEntity's reference). */
  node: Reference;
  edgeTypename: string;
  cursor?: string;
  at: 'start' | 'end';
  /** Other fields of the connection the event updates (e.g. unreadCount). */
  patch?: Record<string, unknown>;
  /**
   * Which stored variants take the node, by their key arguments (a sorted or filtered list may not
   * place it at `at`); the others get only `patch`. Default: every variant.
   */
  into?: (keyArgs: Record<string, unknown>) => boolean;
};

/**
 * Adds a node to every stored variant of a connection field unless it is already there (a
 * replayed event), counting it in totalCount; `patch` is applied either way.
 */
export function addToConnection(cache: ApolloCache, t: ConnectionTarget): void {
  cache.modify({
    id: t.owner,
    fields: {
      [t.field]: (existing: unknown, { readField, storeFieldName }) => {
        const conn = existing as { edges?: Array<{ node: Reference }>; totalCount?: number } | undefined;
        if (!conn || typeof conn !== 'object') return existing;
        const edges = conn.edges ?? [];
        const id = readField<string>('id', t.node);
        if (t.into && !t.into(keyArgsOf(storeFieldName, t.field))) return { ...conn, ...t.patch };
        if (edges.some((e) => readField<string>('id', e.node) === id)) return { ...conn, ...t.patch };
        const edge = { __typename: t.edgeTypename, cursor: t.cursor ?? '', node: t.node };
        return {
          ...conn,
          ...t.patch,
          ...(typeof conn.totalCount === 'number' ? { totalCount: conn.totalCount + 1 } : {}),
          edges: t.at === 'start' ? [edge, ...edges] : [...edges, edge],
        };
      },
    },
  });
}

/** The key arguments of a stored field variant (`inbox:{"unreadOnly":false,…}`), or none. */
function keyArgsOf(storeFieldName: string, field: string): Record<string, unknown> {
  const json = storeFieldName.slice(field.length + 1);
  try {
    return json ? (JSON.parse(json) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
