// A page that shows one object live (a proposal, a pairing workspace): the event cursor is read
// first, then the object, so a change in between is replayed, not missed; each event carries the
// object as the page shows it and is written into the cache; after a resume gap it is reloaded.
import type { ApolloCache, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEventCursor } from './event-cursor';
import { useLiveCache } from './live-cache';

export function useLiveEntity<TData, TEvent>(
  query: TypedDocumentNode<TData, { id: string }>,
  subscription: TypedDocumentNode<TEvent, { id: string; after?: string | null }>,
  opts: {
    /** The stream's key, e.g. `pairingChanged:<id>`. */
    key: string;
    id: string;
    cursorOf: (event: TEvent) => string | null | undefined;
    write: (cache: ApolloCache, event: TEvent) => void;
  },
) {
  const start = useEventCursor(opts.key);
  const { data, loading, error, refetch } = useQuery(query, { variables: { id: opts.id }, fetchPolicy: 'cache-and-network', skip: !start.ready });
  useLiveCache(subscription, {
    key: opts.key,
    variables: { id: opts.id },
    initialAfter: start.after,
    cursorOf: opts.cursorOf,
    write: opts.write,
    onGap: () => void refetch(),
    skip: !data,
  });
  return { data, loading: loading || !start.ready, error, retry: () => void refetch() };
}
