// One thread, live: pushed messages are written into the cache (new ones added to the thread's
// messages), unread ones are marked, and the composer's draft is never touched by what arrives.
import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { addAttachmentsToCache } from '../attachments/attachment-cache';
import { FileDrop } from '../attachments/FileDrop';
import { useUploads } from '../attachments/use-uploads';
import { QueryState, ErrorMessage } from '../../ui/State';
import type { Zone } from '../../ui/format';
import { useViewer } from '../auth/ViewerContext';
import { MessageList, type MessageView } from './components/MessageList';
import { Composer, type Person } from './components/Composer';
import { useMessageActions, useThread } from './use-thread';
import { mentionablePeople, messageViews } from './thread-views';

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
  const { thread, messages, unread, loading, error, retry } = useThread(threadId, me);
  const act = useMessageActions(threadId, messages);
  const [replyTo, setReplyTo] = useState<MessageView | null>(null);
  const views = messageViews(messages, members, unread, me);
  const uploads = useUploads();
  const { cache } = useApolloClient();
  const send = async (body: string) => {
    const posted = await act.post(body, replyTo?.id ?? null);
    if (!posted) return false;
    setReplyTo(null);
    // Files go with the message once it exists; a refused one stays in the picker with its reason.
    if (uploads.hasReady) addAttachmentsToCache(cache, { __typename: 'Message', id: posted }, await uploads.attachTo({ messageId: posted }));
    return true;
  };
  const picker = <FileDrop onFiles={(files) => void uploads.add(files)} pending={uploads.pending} onRemove={uploads.remove} />;

  return (
    <section className="card" aria-labelledby="thread-title">
      <QueryState loading={loading} error={error} hasData={!!thread} onRetry={retry}>
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
              onReact={(m, emoji, add) => act.react(m.id, emoji, add)}
              onEdit={(m, body) => act.edit(m.id, body)}
              onDelete={(m) => act.remove(m.id)}
            />
            <ErrorMessage error={act.error} />
            <Composer people={mentionablePeople(members, messages, me)} onPost={send} replyTo={replyTo ? `${replyTo.authorName}` : null} onCancelReply={() => setReplyTo(null)} busy={act.posting || uploads.busy} attachments={picker} />
          </>
        )}
      </QueryState>
    </section>
  );
}
