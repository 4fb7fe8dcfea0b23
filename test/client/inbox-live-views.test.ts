// @vitest-environment jsdom
// A live alert joins the inbox views it belongs at the top of (newest first, text filter matching)
// and no other: a view sorted by summary or filtered on other words keeps its rows, while the
// unread count moves in every view. The views are the cache's own (the client's key arguments).
import { describe, expect, it } from 'vitest';
import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { addToConnection, writeEntity } from '../../client/src/apollo/live-cache';
import { placesNewAlertFirst } from '../../client/src/features/inbox/inbox-views';
import { InboxItemFieldsFragment, InboxQuery } from '../../client/src/features/inbox/inbox.documents';

const item = (id: string, summary: string) => ({
  __typename: 'InboxItem' as const, id, kind: 'MENTION', summary, createdAt: '2027-01-01T00:00:00.000Z', readAt: null,
  eventType: 'MESSAGE_POSTED', subjectType: 'Message', subjectId: `s-${id}`, pairingId: null, messageId: null, thread: null,
});

type Vars = { unreadOnly: boolean; orderBy: { field: 'CREATED_AT' | 'TITLE'; direction: 'ASC' | 'DESC' } | null; filter: { text: string } | null };
const VIEWS: Record<string, Vars> = {
  plain: { unreadOnly: false, orderBy: null, filter: null },
  newestAlpha: { unreadOnly: false, orderBy: { field: 'CREATED_AT', direction: 'DESC' }, filter: { text: 'ALPHA' } },
  bravo: { unreadOnly: false, orderBy: null, filter: { text: 'bravo' } },
  bySummary: { unreadOnly: false, orderBy: { field: 'TITLE', direction: 'ASC' }, filter: null },
  oldestFirst: { unreadOnly: false, orderBy: { field: 'CREATED_AT', direction: 'ASC' }, filter: null },
};

function cacheWithViews() {
  const cache = new InMemoryCache({ typePolicies: { Query: { fields: { inbox: relayStylePagination(['unreadOnly', 'filter', 'orderBy']) } } } });
  for (const variables of Object.values(VIEWS)) {
    cache.writeQuery({
      query: InboxQuery,
      variables: { first: 50, ...variables },
      data: { inbox: { __typename: 'InboxItemConnection', totalCount: 1, unreadCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
        edges: [{ __typename: 'InboxItemEdge', cursor: 'c1', node: item('i1', 'Old alpha alert') }] } } as never,
    });
  }
  return cache;
}

const read = (cache: InMemoryCache, view: string) => cache.readQuery({ query: InboxQuery, variables: { first: 50, ...VIEWS[view] } })!.inbox;

describe('a live alert in the inbox views', () => {
  it('goes first where the view is newest first and its filter matches; elsewhere only the count moves', () => {
    const cache = cacheWithViews();
    const fresh = item('i2', 'Someone mentioned you: alpha plan');
    const node = writeEntity(cache, InboxItemFieldsFragment, fresh, 'InboxItemFields')!;
    const into = (args: Record<string, unknown>) => placesNewAlertFirst(args, fresh.summary);
    addToConnection(cache, { owner: 'ROOT_QUERY', field: 'inbox', node, edgeTypename: 'InboxItemEdge', at: 'start', patch: { unreadCount: 2 }, into });
    const ids = (view: string) => read(cache, view).edges.map((e) => e.node.id);
    expect(ids('plain')).toEqual(['i2', 'i1']);
    expect(ids('newestAlpha')).toEqual(['i2', 'i1']);
    expect(ids('bravo')).toEqual(['i1']);
    expect(ids('bySummary')).toEqual(['i1']);
    expect(ids('oldestFirst')).toEqual(['i1']);
    for (const view of Object.keys(VIEWS)) expect(read(cache, view).unreadCount, view).toBe(2);
    expect(read(cache, 'plain').totalCount).toBe(2);
    expect(read(cache, 'bravo').totalCount).toBe(1);
  });
});
