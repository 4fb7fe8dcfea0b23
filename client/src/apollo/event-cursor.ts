// Where a live screen's subscription starts when it has no remembered cursor. The cursor is read
// BEFORE the page's data query is sent (the page skips its query until `ready`), so an event that
// commits between the query and the subscription is replayed instead of missed. A replayed event
// the page already shows is harmless (screens refetch or merge by id); a gap would not be.
import { useQuery } from '@apollo/client/react';
import { EventCursorQuery } from '../features/activity/activity.documents';
import { lastCursorOf } from './resumable';

export type EventStart = {
  /** The page may load its data now. */
  ready: boolean;
  /** Pass as `initialAfter`; null = live only (the cursor could not be read). */
  after: string | null;
};

export function useEventCursor(key: string): EventStart {
  // A remembered cursor wins in resumableStream anyway: no need to ask the server again.
  const remembered = lastCursorOf(key) !== undefined;
  // Never from the cache: an old cursor only means more replay, but a fresh one is the point.
  const { data, error } = useQuery(EventCursorQuery, { fetchPolicy: 'no-cache', skip: remembered });
  // On an error the page still loads (and shows its own error); the stream then starts live.
  return { ready: remembered || data !== undefined || error !== undefined, after: data?.eventCursor ?? null };
}
