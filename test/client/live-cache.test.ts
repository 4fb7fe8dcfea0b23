// @vitest-environment jsdom
// The one way live events reach the screen: the event's object is written into the Apollo cache;
// a new one joins the connection that lists it (once, however often the event is replayed), and
// queries reading the cache see it without a refetch.
import { describe, expect, it } from 'vitest';
import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { addToConnection, writeEntity } from '../../client/src/apollo/live-cache';
import { MessageFieldsFragment, ThreadQuery } from '../../client/src/features/workspace/workspace.documents';

const author = { __typename: 'User' as const, id: 'u1', name: 'Aiko', email: 'jp@npo.demo', organization: { __typename: 'Organization' as const, id: 'o1', acronym: 'JPC' } };
const message = (id: string, body: string) => ({
  __typename: 'Message' as const, id, body, bodyHtml: `<p>${body}</p>`, createdAt: '2027-01-01T00:00:00.000Z', editedAt: null, deletedAt: null,
  version: 1, mentionedUserIds: [], parent: null, author, reactions: [], attachments: [],
});

function cacheWithThread() {
  const cache = new InMemoryCache({ typePolicies: { Thread: { fields: { messages: relayStylePagination() } } } });
  cache.writeQuery({
    query: ThreadQuery,
    variables: { id: 't1' },
    // The generated types leave __typename out; the cache needs it to normalize.
    data: { thread: { __typename: 'Thread', id: 't1', title: 'Dates', unreadCount: 0, followUp: null, messages: {
      __typename: 'MessageConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      edges: [{ __typename: 'MessageEdge', cursor: 'c1', node: message('m1', 'first') }],
    } } } as never,
  });
  return cache;
}

const add = (cache: InMemoryCache, m: ReturnType<typeof message>) => {
  const node = writeEntity(cache, MessageFieldsFragment, m, 'MessageFields')!;
  addToConnection(cache, { owner: cache.identify({ __typename: 'Thread', id: 't1' })!, field: 'messages', node, edgeTypename: 'MessageEdge', cursor: `c-${m.id}`, at: 'end' });
};
const read = (cache: InMemoryCache) => cache.readQuery({ query: ThreadQuery, variables: { id: 't1' } })!.thread.messages;

describe('live events into the cache', () => {
  it('adds a new message to its thread once, however often the event arrives', () => {
    const cache = cacheWithThread();
    add(cache, message('m2', 'second'));
    add(cache, message('m2', 'second')); // replayed after a reconnect
    const conn = read(cache);
    expect(conn.edges.map((e) => e.node.body)).toEqual(['first', 'second']);
    expect(conn.totalCount).toBe(2);
  });

  it('an edit of a message already shown changes it in place', () => {
    const cache = cacheWithThread();
    add(cache, { ...message('m1', 'first, edited'), version: 2 });
    const conn = read(cache);
    expect(conn.edges.map((e) => e.node.body)).toEqual(['first, edited']);
    expect(conn.totalCount).toBe(1);
  });
});
