// One thread's data, live: the messages (all pages), which of them the viewer has not read, and
// what they may do to them. Pushed messages are written into the cache, new ones added to the
// thread's list.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import type { MessageFieldsFragment as MessageData, ThreadQuery as ThreadData } from '../../gql/graphql';
import { addToConnection, useLiveCache, writeEntity } from '../../apollo/live-cache';
import { useEventCursor } from '../../apollo/event-cursor';
import { AddReactionMutation, DeleteMessageMutation, EditMessageMutation, MarkThreadReadMutation, MessageAddedSubscription, MessageFieldsFragment, PostMessageMutation, RemoveReactionMutation, ThreadQuery } from './workspace.documents';

export function useThread(threadId: string, me: string | undefined) {
  // The event cursor first, then the messages: one posted in between is replayed, not missed.
  const start = useEventCursor(`messageAdded:${threadId}`);
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadQuery, { variables: { id: threadId }, fetchPolicy: 'network-only', skip: !start.ready });
  const thread = data?.thread;
  const messages = useMemo(() => thread?.messages.edges.map((e) => e.node) ?? [], [thread]);

  // Messages come oldest first, 100 a page: load the rest so the newest are on screen.
  const next = thread?.messages.pageInfo.hasNextPage ? thread.messages.pageInfo.endCursor : null;
  useEffect(() => {
    if (next) void fetchMore({ variables: { after: next } }).catch(() => {});
  }, [next, fetchMore]);
  const { unread, arrived } = useUnread(threadId, thread, messages, me);

  useLiveCache(MessageAddedSubscription, {
    key: `messageAdded:${threadId}`,
    variables: { threadId },
    initialAfter: start.after,
    cursorOf: (d) => d.messageAdded.cursor,
    write: (cache, d) => addMessage(cache, threadId, d.messageAdded.message, d.messageAdded.cursor),
    onGap: () => void refetch(),
    onEvent: (d) => {
      const m = d.messageAdded.message;
      if (d.messageAdded.event.type === 'MESSAGE_POSTED' && m.author.id !== me) arrived(m.id);
    },
    skip: !thread,
  });
  return { thread, messages, unread, loading: loading || !start.ready, error, retry: () => void refetch() };
}

/** Unread = others' messages newer than my read marker when I opened it, plus those arriving now. */
function useUnread(threadId: string, thread: ThreadData['thread'] | undefined, messages: MessageData[], me: string | undefined) {
  const [markRead] = useMutation(MarkThreadReadMutation);
  const [unread, setUnread] = useState<Set<string> | null>(null);
  const markTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!thread || unread || thread.messages.pageInfo.hasNextPage) return;
    const others = messages.filter((m) => m.author.id !== me);
    setUnread(new Set(others.slice(Math.max(0, others.length - thread.unreadCount)).map((m) => m.id)));
    if (thread.unreadCount > 0) void markRead({ variables: { threadId } }).catch(() => {});
  }, [thread, messages, me, unread, markRead, threadId]);
  useEffect(() => () => { if (markTimer.current) clearTimeout(markTimer.current); }, []);
  const arrived = (id: string) => {
    setUnread((u) => new Set(u ?? []).add(id));
    if (markTimer.current) clearTimeout(markTimer.current);
    markTimer.current = setTimeout(() => void markRead({ variables: { threadId } }).catch(() => {}), 1500);
  };
  return { unread, arrived };
}

/** Posting, reacting, editing and deleting; edits and deletes carry the version last seen. */
export function useMessageActions(threadId: string, messages: MessageData[]) {
  const client = useApolloClient();
  const [post, postState] = useMutation(PostMessageMutation);
  const [addReaction] = useMutation(AddReactionMutation);
  const [removeReaction] = useMutation(RemoveReactionMutation);
  const [editMessage, editState] = useMutation(EditMessageMutation);
  const [deleteMessage, deleteState] = useMutation(DeleteMessageMutation);
  const versionOf = (id: string) => messages.find((m) => m.id === id)?.version ?? 0;
  return {
    posting: postState.loading,
    error: postState.error ?? editState.error ?? deleteState.error,
    /** Resolves with the new message's id once posted (only then may the composer drop its draft), null otherwise. */
    post: async (body: string, parentId: string | null): Promise<string | null> => {
      try {
        const res = await post({ variables: { threadId, body, parentId } });
        if (res.data) addMessage(client.cache, threadId, res.data.postMessage);
        return res.data?.postMessage.id ?? null;
      } catch {
        return null;
      }
    },
    react: (id: string, emoji: string, add: boolean) => void (add ? addReaction : removeReaction)({ variables: { messageId: id, emoji } }).catch(() => {}),
    edit: (id: string, body: string) => editMessage({ variables: { id, version: versionOf(id), body } }).then(() => true, () => false),
    remove: (id: string) => void deleteMessage({ variables: { id, version: versionOf(id) } }).catch(() => {}),
  };
}

/** A message (new, edited or deleted) into the cache; a new one joins its thread's list. */
function addMessage(cache: ApolloCache, threadId: string, m: MessageData, cursor?: string): void {
  const node = writeEntity(cache, MessageFieldsFragment, m, 'MessageFields');
  const owner = cache.identify({ __typename: 'Thread', id: threadId });
  if (node && owner) addToConnection(cache, { owner, field: 'messages', node, edgeTypename: 'MessageEdge', cursor, at: 'end' });
}
