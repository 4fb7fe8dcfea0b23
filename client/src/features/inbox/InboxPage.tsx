// The viewer's alerts: mentions, invitations, changes to their things; new ones arrive live.
// Sort, text filter and "unread only" live in the URL; the server applies them.
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { InboxItemFieldsFragment } from '../../gql/graphql';
import { QueryState, Empty, ErrorMessage } from '../../ui/State';
import { formatDateTime } from '../../ui/format';
import { useViewer } from '../auth/ViewerContext';
import { InboxQuery, MarkInboxReadMutation, UnreadCountQuery } from './inbox.documents';
import { useTitle } from '../../ui/useTitle';
import { ListControls, sortOptions, useListView } from '../../ui/list-view';

const SORTS = sortOptions([{ field: 'TITLE', key: 'summary', asc: 'Summary (A–Z)', desc: 'Summary (Z–A)' }]);

export function linkOfItem(i: Pick<InboxItemFieldsFragment, 'pairingId' | 'subjectType' | 'subjectId' | 'thread' | 'messageId'>): string | null {
  // A mention (or any message alert) opens the message in its thread.
  if (i.pairingId && i.thread) return `/pairings/${i.pairingId}?thread=${i.thread.id}${i.messageId ? `&message=${i.messageId}` : ''}`;
  if (i.pairingId) return `/pairings/${i.pairingId}`;
  if (i.subjectType === 'Proposal') return `/proposals/${i.subjectId}`;
  if (i.subjectType === 'ProjectNotification') return `/calls/${i.subjectId}`;
  return null;
}

export function InboxPage() {
  useTitle('Inbox');
  const { viewer } = useViewer();
  const view = useListView(SORTS);
  const unreadOnly = view.params.get('unread') === '1';
  // New alerts arrive through the inbox stream of the badge (always on screen), written into the
  // cache this list reads (into the views whose order and filter place them first: InboxBadge).
  const variables = { first: 50, unreadOnly, orderBy: view.orderBy, filter: view.text ? { text: view.text } : null };
  const { data: fresh, previousData, loading, error, refetch, fetchMore } = useQuery(InboxQuery, { variables, fetchPolicy: 'cache-and-network' });
  const data = fresh ?? previousData;
  const [markRead, m] = useMutation(MarkInboxReadMutation, { refetchQueries: [UnreadCountQuery, InboxQuery] });
  const conn = data?.inbox;
  const unreadIds = conn?.edges.filter((e) => !e.node.readAt).map((e) => e.node.id) ?? [];

  return (
    <>
      <div className="spread">
        <h1>Inbox</h1>
        <div className="row">
          <label className="row small"><input type="checkbox" checked={unreadOnly} onChange={(e) => view.set({ unread: e.target.checked ? '1' : '' })} /> Unread only</label>
          <button type="button" className="btn secondary" disabled={unreadIds.length === 0 || m.loading} onClick={() => void markRead({ variables: { ids: unreadIds } }).catch(() => {})}>Mark all read</button>
        </div>
      </div>
      <ListControls view={view} label="the inbox" placeholder="Words in the alert…" />
      <ErrorMessage error={m.error} />
      <QueryState loading={loading} error={error} hasData={!!conn} onRetry={() => void refetch()}>
        {() => (
          <>
            <p className="muted small">{conn!.unreadCount} unread of {conn!.totalCount}</p>
            {conn!.edges.length === 0 ? <Empty>{view.text ? `No alert matches “${view.text}”.` : 'Nothing here yet.'}</Empty> : null}
            <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
              {conn!.edges.map(({ node: i }) => {
                const to = linkOfItem(i);
                return (
                  <li key={i.id} className={`card message${i.readAt ? '' : ' unread'}`} data-testid="inbox-item">
                    <div className="spread">
                      <span>{!i.readAt ? <span className="badge warn">new</span> : null} {to ? <Link to={to} onClick={() => !i.readAt && void markRead({ variables: { ids: [i.id] } }).catch(() => {})}>{i.summary}</Link> : i.summary}</span>
                      <span className="small muted">{formatDateTime(i.createdAt, viewer?.organization.timeZone)}</span>
                    </div>
                    {!i.readAt ? <button type="button" className="btn link small" onClick={() => void markRead({ variables: { ids: [i.id] } }).catch(() => {})}>Mark read</button> : null}
                  </li>
                );
              })}
            </ul>
            {fresh && conn!.pageInfo.hasNextPage ? <button type="button" className="btn secondary" onClick={() => void fetchMore({ variables: { after: conn!.pageInfo.endCursor } })}>Show more</button> : null}
          </>
        )}
      </QueryState>
    </>
  );
}
