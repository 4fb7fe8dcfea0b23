// The unread count next to "Inbox". Its stream (inboxChanged) is the app's one inbox stream: each
// event's item and unread count are written into the cache, so this badge and the inbox page,
// both reading the cache, move together. A new alert goes first in the views that put the newest
// first and whose text filter it matches; a view sorted otherwise shows it when it is next loaded.
import { useQuery } from '@apollo/client/react';
import { addToConnection, useLiveCache, writeEntity } from '../../apollo/live-cache';
import { useEventCursor } from '../../apollo/event-cursor';
import { placesNewAlertFirst } from './inbox-views';
import { InboxChangedSubscription, InboxItemFieldsFragment, UnreadCountQuery } from './inbox.documents';

export function InboxBadge() {
  // The event cursor first, then the count: an alert in between is replayed, not missed.
  const start = useEventCursor('inboxChanged');
  const { data, refetch } = useQuery(UnreadCountQuery, { fetchPolicy: 'cache-and-network', skip: !start.ready });
  useLiveCache(InboxChangedSubscription, {
    key: 'inboxChanged',
    variables: {},
    initialAfter: start.after,
    cursorOf: (d) => d.inboxChanged.cursor,
    write: (cache, d) => {
      const node = writeEntity(cache, InboxItemFieldsFragment, d.inboxChanged.item, 'InboxItemFields');
      const into = (args: Record<string, unknown>) => placesNewAlertFirst(args, d.inboxChanged.item.summary);
      if (node) addToConnection(cache, { owner: 'ROOT_QUERY', field: 'inbox', node, edgeTypename: 'InboxItemEdge', at: 'start', patch: { unreadCount: d.inboxChanged.unreadCount }, into });
    },
    onGap: () => void refetch(),
    skip: !data,
  });
  const count = data?.inbox.unreadCount ?? 0;
  if (count === 0) return null;
  return <span className="badge count" data-testid="inbox-badge" aria-label={`${count} unread`}>{count}</span>;
}
