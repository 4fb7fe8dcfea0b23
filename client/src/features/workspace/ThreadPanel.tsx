// One thread, live: pushed messages are written into the cache (new ones added to the thread's
// messages), unread ones are marked, and the composer's draft is never touched by what arrives.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import type { MessageFieldsFragment as MessageData } from '../../gql/graphql';
import { QueryState, ErrorMessage } from '../../ui/State';
import { addToConnection, useLiveCache, writeEntity } from '../../apollo/live-cache';
import { useEventCursor } from '../../apollo/event-cursor';
import { useViewer } from '../auth/ViewerContext';
import type { Zone } from '../pairings/components/ZonedTime';
import { AddReactionMutation, DeleteMessageMutation, EditMessageMutation, MarkThreadReadMutation, MessageAddedSubscription, MessageFieldsFragment, PostMessageMutation, RemoveReactionMutation, ThreadQuery } from './workspace.documents';
import { MessageList, type MessageView } from './components/MessageList';
import { Composer, type Person } from './components/Composer';

export function ThreadPanel({ threadId, zones, members = [], focusId }: {
  threadId: string;
  zones: Zone[];
  /** Everyone who may be mentioned: both NPOs' members and the Secretariat. */
  members?: Person[];
  /** A message to point at (opened from the inbox). */
  focusId?: string | null;
}) {
  const { viewer } = useViewer();
  const me = viewer?.user?.id;
  // The event cursor first, then the messages: one posted in between is replayed, not missed.
  const start = useEventCursor(`messageAdded:${threadId}`);
  const client = useApolloClient();
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadQuery, { variables: { id: threadId }, fetchPolicy: 'network-only', skip: !start.ready });
  const [post, postState] = useMutation(PostMessageMutation);
  const [addReaction] = useMutation(AddReactionMutation);
  const [removeReaction] = useMutation(RemoveReactionMutation);
  const [markRead] = useMutation(MarkThreadReadMutation);
  const [editMessage, editState] = useMutation(EditMessageMutation);
  const [deleteMessage, deleteState] = useMutation(DeleteMessageMutation);
  const [replyTo, setReplyTo] = useState<MessageView | null>(null);
  // Unread = others' messages newer than my read marker when I opened it, plus those arriving now.
  const [unread, setUnread] = useState<Set<string> | null>(null);
  const markTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const thread = data?.thread;
  const messages = useMemo(() => thread?.messages.edges.map((e) => e.node) ?? [], [thread]);

  // Messages come oldest first, 100 a page: load the rest so the newest are on screen.
  const next = thread?.messages.pageInfo.hasNextPage ? thread.messages.pageInfo.endCursor : null;
  useEffect(() => {
    if (next) void fetchMore({ variables: { after: next } }).catch(() => {});
  }, [next, fetchMore]);

  useEffect(() => {
    if (!thread || unread || thread.messages.pageInfo.hasNextPage) return;
    const others = messages.filter((m) => m.author.id !== me);
    setUnread(new Set(others.slice(Math.max(0, others.length - thread.unreadCount)).map((m) => m.id)));
    if (thread.unreadCount > 0) void markRead({ variables: { threadId } }).catch(() => {});
  }, [thread, messages, me, unread, markRead, threadId]);

  useLiveCache(MessageAddedSubscription, {
    key: `messageAdded:${threadId}`,
    variables: { threadId },
    initialAfter: start.after,
    cursorOf: (d) => d.messageAdded.cursor,
    write: (cache, d) => addMessage(cache, threadId, d.messageAdded.message, d.messageAdded.cursor),
    onGap: () => void refetch(),
    onEvent: (d) => {
      const m = d.messageAdded.message;
      if (d.messageAdded.event.type === 'MESSAGE_POSTED' && m.author.id !== me) {
        setUnread((u) => new Set(u ?? []).add(m.id));
        if (markTimer.current) clearTimeout(markTimer.current);
        markTimer.current = setTimeout(() => void markRead({ variables: { threadId } }).catch(() => {}), 1500);
      }
    },
    skip: !thread,
  });
  useEffect(() => () => { if (markTimer.current) clearTimeout(markTimer.current); }, []);

  // The workspace's members; authors of older messages who have left are still offered.
  const people: Person[] = members.filter((p) => p.id !== me);
  for (const m of messages) {
    if (m.author.id !== me && !people.some((p) => p.id === m.author.id)) people.push({ id: m.author.id, name: m.author.name, email: m.author.email, org: m.author.organization.acronym });
  }
  const names = Object.fromEntries([...members, ...messages.map((m) => m.author)].map((p) => [p.email.toLowerCase(), p.name]));
  const views: MessageView[] = messages.map((m) => ({
    id: m.id,
    body: m.body ?? '',
    html: m.bodyHtml,
    authorName: m.author.name,
    authorOrg: m.author.organization.acronym,
    createdAt: m.createdAt,
    editedAt: m.editedAt,
    deleted: !!m.deletedAt,
    parentId: m.parent?.id ?? null,
    mentionNames: names,
    reactions: m.reactions.map((r) => ({ emoji: r.emoji, count: r.count, mine: r.reactedByMe })),
    unread: unread?.has(m.id) ?? false,
    mine: m.author.id === me,
  }));
  const versionOf = (id: string) => messages.find((m) => m.id === id)?.version ?? 0;

  async function send(body: string): Promise<boolean> {
    try {
      const res = await post({ variables: { threadId, body, parentId: replyTo?.id ?? null } });
      if (res.data) addMessage(client.cache, threadId, res.data.postMessage);
      setReplyTo(null);
      return true;
    } catch {
      return false;
    }
  }

  return (
    <section className="card" aria-labelledby="thread-title">
      <QueryState loading={loading || !start.ready} error={error} hasData={!!thread} onRetry={() => void refetch()}>
        {() => (
          <>
            <h2 id="thread-title">{thread!.title}</h2>
            {/* Keyboard users reach the message box in one step, however long the thread. */}
            <a href={`#composer-Message`} className="small" onClick={(e) => { e.preventDefault(); document.getElementById('composer-Message')?.focus(); }}>Write a message</a>
            {thread!.followUp ? <p className="small muted">Discussion of the follow-up “{thread!.followUp.title}”.</p> : null}
            {views.length === 0 ? <p className="muted">No message yet. Say hello.</p> : null}
            <MessageList
              messages={views}
              focusId={focusId}
              timeZone={viewer?.organization.timeZone ?? zones[0]?.timeZone ?? 'UTC'}
              onReply={(m) => setReplyTo(m)}
              onReact={(m, emoji, add) => void (add ? addReaction : removeReaction)({ variables: { messageId: m.id, emoji } }).catch(() => {})}
              onEdit={(m, body) => editMessage({ variables: { id: m.id, version: versionOf(m.id), body } }).then(() => true, () => false)}
              onDelete={(m) => void deleteMessage({ variables: { id: m.id, version: versionOf(m.id) } }).catch(() => {})}
            />
            <ErrorMessage error={postState.error ?? editState.error ?? deleteState.error} />
            <Composer people={people} onPost={send} replyTo={replyTo ? `${replyTo.authorName}` : null} onCancelReply={() => setReplyTo(null)} busy={postState.loading} />
          </>
        )}
      </QueryState>
    </section>
  );
}

/** A message (new, edited or deleted) into the cache; a new one joins its thread's list. */
function addMessage(cache: ApolloCache, threadId: string, m: MessageData, cursor?: string): void {
  const node = writeEntity(cache, MessageFieldsFragment, m, 'MessageFields');
  const owner = cache.identify({ __typename: 'Thread', id: threadId });
  if (node && owner) addToConnection(cache, { owner, field: 'messages', node, edgeTypename: 'MessageEdge', cursor, at: 'end' });
}
