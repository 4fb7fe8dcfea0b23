// React hook (used through live-cache.ts) for live subscriptions that survive a lost WebSocket without gaps (see resumable.ts):
// each subscription resumes with `after: <last cursor seen>` when graphql-ws reconnects.
import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { wsClient } from './client';
import { resumableStream } from './resumable';

export type LiveOptions<TData, TVars> = {
  /** Identifies this stream; one cursor is kept per key. */
  key: string;
  variables: Omit<TVars, 'after'>;
  /** Where to start when nothing was seen yet (e.g. a cursor the page's query returned). */
  initialAfter?: string | null;
  /** The cursor carried by one event. */
  cursorOf: (data: TData) => string | null | undefined;
  onEvent: (data: TData) => void;
  onGap?: () => void;
  skip?: boolean;
};

export function useLiveSubscription<TData, TVars extends { after?: string | null }>(
  document: TypedDocumentNode<TData, TVars>,
  opts: LiveOptions<TData, TVars>,
): { error: unknown } {
  const client = useApolloClient();
  const latest = useRef(opts);
  latest.current = opts;
  const [error, setError] = useState<unknown>(null);
  const varsKey = JSON.stringify(opts.variables);

  useEffect(() => {
    if (opts.skip) return;
    return resumableStream<TData>({
      key: opts.key,
      initialAfter: latest.current.initialAfter,
      subscribe: (after, next) => {
        const sub = client
          .subscribe({ query: document, variables: { ...latest.current.variables, after } as unknown as TVars })
          .subscribe({
            next: (result) => {
              if (result.error) return setError(result.error);
              setError(null);
              if (result.data) next(result.data as TData);
            },
            error: (e: unknown) => setError(e),
          });
        return () => sub.unsubscribe();
      },
      onReconnect: (callback) => wsClient.on('connected', (_socket, _payload, wasRetry) => {
        if (wasRetry) callback();
      }),
      cursorOf: (d) => latest.current.cursorOf(d),
      onEvent: (d) => latest.current.onEvent(d),
      onGap: () => latest.current.onGap?.(),
    });
  }, [client, document, opts.key, opts.skip, varsKey]);

  return { error };
}
