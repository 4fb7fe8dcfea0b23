// The unread count next to "Inbox", kept live by inboxChanged (which carries the new count).
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLiveSubscription } from '../../apollo/live';
import { useEventCursor } from '../../apollo/event-cursor';
import { InboxChangedSubscription, UnreadCountQuery } from './inbox.documents';

export function InboxBadge() {
  // The event cursor first, then the count: an alert in between is replayed, not missed.
  const start = useEventCursor('inboxChanged:badge');
  const { data } = useQuery(UnreadCountQuery, { fetchPolicy: 'cache-and-network', skip: !start.ready });
  const [pushed, setPushed] = useState<{ count: number; basis: unknown } | null>(null);
  useLiveSubscription(InboxChangedSubscription, {
    key: 'inboxChanged:badge',
    variables: {},
    initialAfter: start.after,
    cursorOf: (d) => d.inboxChanged.cursor,
    onEvent: (d) => setPushed({ count: d.inboxChanged.unreadCount, basis: data }),
    skip: !data,
  });
  // A newer query result (e.g. after marking items read) wins over an older pushed count.
  const count = pushed && pushed.basis === data ? pushed.count : (data?.inbox.unreadCount ?? 0);
  if (count === 0) return null;
  return <span className="badge count" data-testid="inbox-badge" aria-label={`${count} unread`}>{count}</span>;
}
