// The rule behind every live screen, free of React and sockets so it can be tested alone:
// remember the cursor of the last event per stream; when the connection comes back, subscribe
// again from that cursor; drop events already seen (replays can overlap).

/** Last cursor seen, per stream key (e.g. `messageAdded:<threadId>`), for this page load. */
const lastCursors = new Map<string, string>();

export const lastCursorOf = (key: string): string | undefined => lastCursors.get(key);
export const forgetCursors = (): void => lastCursors.clear();

export type ResumableOptions<T> = {
  key: string;
  /** Where to start when this stream has seen nothing yet. */
  initialAfter?: string | null;
  /** Opens the stream from `after`; returns how to close it. */
  subscribe: (after: string | null, next: (event: T) => void) => () => void;
  /** Registers a callback for "the connection is back after a loss"; returns how to unregister. */
  onReconnect: (callback: () => void) => () => void;
  cursorOf: (event: T) => string | null | undefined;
  onEvent: (event: T) => void;
  /**
   * The connection came back but there is no cursor to resume from (nothing seen, no starting
   * point): events may have been missed, so the screen reloads its data. The only refetch.
   */
  onGap?: () => void;
};

export function resumableStream<T>(opts: ResumableOptions<T>): () => void {
  const seen = new Set<string>();
  let close: (() => void) | null = null;
  const open = () => {
    close?.();
    const after = lastCursors.get(opts.key) ?? opts.initialAfter ?? null;
    close = opts.subscribe(after, (event) => {
      const cursor = opts.cursorOf(event);
      if (cursor) {
        if (seen.has(cursor)) return;
        seen.add(cursor);
        lastCursors.set(opts.key, cursor);
      }
      opts.onEvent(event);
    });
  };
  open();
  const off = opts.onReconnect(() => {
    const gap = lastCursors.get(opts.key) === undefined && !opts.initialAfter;
    open();
    if (gap) opts.onGap?.();
  });
  return () => {
    off();
    close?.();
    close = null;
  };
}
