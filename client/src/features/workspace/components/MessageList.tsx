// A thread's messages: the latest 50 (older ones on request, so the keyboard reaches the composer
// quickly), replies under their parent, Markdown rendered from the server's sanitized HTML,
// mentions highlighted, reactions, and a marker on messages the viewer has not read yet.
import { useEffect, useState, type ReactNode } from 'react';
import { formatDateTime } from '../../../ui/format';
import { AttachmentList, type AttachmentView } from '../../attachments/AttachmentList';

export type MessageView = {
  id: string;
  body: string;
  /** The body as HTML, rendered and sanitized by the server (Markdown); the text is used without it. */
  html?: string | null;
  authorName: string;
  authorOrg?: string;
  createdAt: string;
  editedAt?: string | null;
  deleted?: boolean;
  parentId?: string | null;
  /** Display names of mentioned people by email, when known. */
  mentionNames?: Record<string, string>;
  reactions: Array<{ emoji: string; count: number; mine: boolean }>;
  unread: boolean;
  /** The viewer wrote it: they may edit or delete it. */
  mine?: boolean;
  attachments?: AttachmentView[];
};

export const EMOJIS = ['👍', '🎉', '❤️', '👀'];
export const WINDOW = 50;

export type MessageHandlers = {
  onReply?: (m: MessageView) => void;
  onReact?: (m: MessageView, emoji: string, add: boolean) => void;
  /** Resolves true when saved; the editor stays open with the text otherwise. */
  onEdit?: (m: MessageView, body: string) => Promise<boolean>;
  onDelete?: (m: MessageView) => void;
};

export function MessageList({ messages: all, timeZone, focusId, ...handlers }: MessageHandlers & {
  messages: MessageView[];
  timeZone: string;
  /** A message to show and point at (e.g. opened from a mention in the inbox). */
  focusId?: string | null;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [picking, setPicking] = useState<string | null>(null);
  const [shown, setShown] = useState(WINDOW);
  // The window always reaches back to the message to point at.
  const focusAt = focusId ? all.findIndex((m) => m.id === focusId) : -1;
  const count = Math.max(shown, focusAt >= 0 ? all.length - focusAt : 0);
  const messages = all.slice(Math.max(0, all.length - count));
  const older = all.length - messages.length;
  useEffect(() => {
    if (focusAt < 0) return;
    const el = document.getElementById(`message-${focusId}`);
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus();
  }, [focusId, focusAt]);
  const roots = messages.filter((m) => !m.parentId || !messages.some((p) => p.id === m.parentId));
  const list: ListState = {
    ...handlers, timeZone, focusId, editing, setEditing, picking, setPicking,
    firstUnread: messages.find((m) => m.unread)?.id,
    repliesOf: (id: string) => messages.filter((m) => m.parentId === id),
  };
  return (
    <>
      {older > 0 ? <button type="button" className="btn secondary" onClick={() => setShown((n) => n + WINDOW)}>Show older messages ({older})</button> : null}
      <ul className="messages" aria-live="polite">{roots.map((m) => <MessageItem key={m.id} m={m} reply={false} list={list} />)}</ul>
    </>
  );
}

/** What every message of the list needs to know: one message is edited, one picks a reaction, at a time. */
type ListState = MessageHandlers & {
  timeZone: string;
  focusId?: string | null;
  firstUnread?: string;
  editing: string | null;
  setEditing: (id: string | null) => void;
  picking: string | null;
  setPicking: (id: string | null) => void;
  repliesOf: (id: string) => MessageView[];
};

function MessageItem({ m, reply, list }: { m: MessageView; reply: boolean; list: ListState }) {
  const { onEdit, editing, setEditing, focusId } = list;
  return (
    <>
      {m.id === list.firstUnread ? <li className="small" role="separator" style={{ color: 'var(--warn)', fontWeight: 600 }}>New messages</li> : null}
      <li id={`message-${m.id}`} tabIndex={m.id === focusId ? -1 : undefined} className={`message${reply ? ' reply' : ''}${m.unread ? ' unread' : ''}${m.id === focusId ? ' focused' : ''}`} data-testid="message" aria-label={`${m.authorName}${m.unread ? ', unread' : ''}`}>
        <div className="spread small">
          <strong>{m.authorName}{m.authorOrg ? ` · ${m.authorOrg}` : ''}</strong>
          <span className="muted">
            {formatDateTime(m.createdAt, list.timeZone)}{m.editedAt ? ' (edited)' : ''}
            {m.unread ? <span className="badge warn" style={{ marginLeft: '0.4rem' }}>new</span> : null}
          </span>
        </div>
        {editing === m.id && onEdit ? (
          <EditBody initial={m.body} onCancel={() => setEditing(null)} onSave={async (body) => { if (await onEdit(m, body)) setEditing(null); }} />
        ) : <MessageBody m={m} />}
        {!m.deleted && m.attachments?.length ? <AttachmentList files={m.attachments} label={`Files of ${m.authorName}'s message`} /> : null}
        {!m.deleted && editing !== m.id ? <MessageTools m={m} reply={reply} list={list} /> : null}
      </li>
      {list.repliesOf(m.id).map((r) => <MessageItem key={r.id} m={r} reply list={list} />)}
    </>
  );
}

function MessageBody({ m }: { m: MessageView }) {
  if (m.deleted) return <div className="body"><em className="muted">This message was deleted.</em></div>;
  if (m.html) return <div className="body rendered" dangerouslySetInnerHTML={{ __html: decorateMentions(m.html, m.mentionNames) }} />;
  return <div className="body">{highlightMentions(m.body, m.mentionNames)}</div>;
}

/** Reactions, and what the viewer may do with the message. */
function MessageTools({ m, reply, list }: { m: MessageView; reply: boolean; list: ListState }) {
  const { onReact, onReply, onEdit, onDelete, picking, setPicking } = list;
  return (
    <div className="reactions">
      {m.reactions.map((r) => (
        <button key={r.emoji} type="button" className={`reaction${r.mine ? ' mine' : ''}`} aria-pressed={r.mine} onClick={() => onReact?.(m, r.emoji, !r.mine)}>
          {r.emoji} {r.count}
        </button>
      ))}
      {/* One tab stop per message for new reactions: the choices open on request. */}
      {picking === m.id ? EMOJIS.filter((e) => !m.reactions.some((r) => r.emoji === e)).map((e) => (
        <button key={e} type="button" className="reaction" aria-label={`React with ${e}`} onClick={() => { setPicking(null); onReact?.(m, e, true); }}>{e}</button>
      )) : <button type="button" className="reaction" aria-label="Add a reaction" onClick={() => setPicking(m.id)}>☺+</button>}
      {onReply && !reply ? <button type="button" className="btn link small" onClick={() => onReply(m)}>Reply</button> : null}
      {m.mine && onEdit ? <button type="button" className="btn link small" onClick={() => list.setEditing(m.id)}>Edit</button> : null}
      {m.mine && onDelete ? <button type="button" className="btn link small" onClick={() => { if (confirm('Delete this message?')) onDelete(m); }}>Delete</button> : null}
    </div>
  );
}

/** `@email` mentions become highlighted spans (with the person's name when known); the rest stays text. */
export function highlightMentions(body: string, names: Record<string, string> = {}): ReactNode {
  const parts = body.split(/(@[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g);
  if (parts.length === 1) return body;
  return parts.map((part, i) => {
    if (i % 2 === 0) return part;
    const email = part.slice(1).toLowerCase();
    return <span key={i} className="mention" title={names[email] ?? email}>{names[email] ? `@${names[email]}` : part}</span>;
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Mentions in the server's HTML become highlighted names. The server links e-mail addresses
 * (`@<a href="mailto:x">x</a>`) or leaves them as text; both forms are matched.
 */
export function decorateMentions(html: string, names: Record<string, string> = {}): string {
  return html.replace(/@(?:<a href="mailto:([^"]+)"[^>]*>[^<]*<\/a>|([\w.+-]+@[\w-]+(?:\.[\w-]+)+))/g, (_all, linked: string | undefined, plain: string | undefined) => {
    const email = (linked ?? plain ?? '').toLowerCase();
    const name = names[email];
    return `<span class="mention" title="${escapeHtml(email)}">@${escapeHtml(name ?? email)}</span>`;
  });
}

function EditBody({ initial, onSave, onCancel }: { initial: string; onSave: (body: string) => Promise<void>; onCancel: () => void }) {
  const [body, setBody] = useState(initial);
  return (
    <form className="stack" onSubmit={(e) => { e.preventDefault(); void onSave(body); }}>
      <textarea className="input" aria-label="Edit message" value={body} onChange={(e) => setBody(e.target.value)} />
      <div className="row">
        <button type="submit" className="btn" disabled={!body.trim()}>Save</button>
        <button type="button" className="btn secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
