// A thread's messages: replies under their parent, mentions highlighted, reactions, and a marker
// on messages the viewer has not read yet.
import { Fragment, useState, type ReactNode } from 'react';
import { formatDateTime } from '../../../ui/format';

export type MessageView = {
  id: string;
  body: string;
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
};

export const EMOJIS = ['👍', '🎉', '❤️', '👀'];

export function MessageList({ messages, timeZone, onReply, onReact, onEdit, onDelete }: {
  messages: MessageView[];
  timeZone: string;
  onReply?: (m: MessageView) => void;
  onReact?: (m: MessageView, emoji: string, add: boolean) => void;
  /** Resolves true when saved; the editor stays open with the text otherwise. */
  onEdit?: (m: MessageView, body: string) => Promise<boolean>;
  onDelete?: (m: MessageView) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const roots = messages.filter((m) => !m.parentId || !messages.some((p) => p.id === m.parentId));
  const repliesOf = (id: string) => messages.filter((m) => m.parentId === id);
  const firstUnread = messages.find((m) => m.unread)?.id;
  const render = (m: MessageView, reply: boolean): ReactNode => (
    <Fragment key={m.id}>
      {m.id === firstUnread ? <li className="small" role="separator" style={{ color: 'var(--warn)', fontWeight: 600 }}>New messages</li> : null}
      <li className={`message${reply ? ' reply' : ''}${m.unread ? ' unread' : ''}`} data-testid="message" aria-label={`${m.authorName}${m.unread ? ', unread' : ''}`}>
        <div className="spread small">
          <strong>{m.authorName}{m.authorOrg ? ` · ${m.authorOrg}` : ''}</strong>
          <span className="muted">
            {formatDateTime(m.createdAt, timeZone)}{m.editedAt ? ' (edited)' : ''}
            {m.unread ? <span className="badge warn" style={{ marginLeft: '0.4rem' }}>new</span> : null}
          </span>
        </div>
        {editing === m.id && onEdit ? (
          <EditBody initial={m.body} onCancel={() => setEditing(null)} onSave={async (body) => { if (await onEdit(m, body)) setEditing(null); }} />
        ) : (
          <div className="body">{m.deleted ? <em className="muted">This message was deleted.</em> : highlightMentions(m.body, m.mentionNames)}</div>
        )}
        {!m.deleted && editing !== m.id ? (
          <div className="reactions">
            {m.reactions.map((r) => (
              <button key={r.emoji} type="button" className={`reaction${r.mine ? ' mine' : ''}`} aria-pressed={r.mine} onClick={() => onReact?.(m, r.emoji, !r.mine)}>
                {r.emoji} {r.count}
              </button>
            ))}
            {EMOJIS.filter((e) => !m.reactions.some((r) => r.emoji === e)).map((e) => (
              <button key={e} type="button" className="reaction" aria-label={`React with ${e}`} onClick={() => onReact?.(m, e, true)}>{e}</button>
            ))}
            {onReply && !reply ? <button type="button" className="btn link small" onClick={() => onReply(m)}>Reply</button> : null}
            {m.mine && onEdit ? <button type="button" className="btn link small" onClick={() => setEditing(m.id)}>Edit</button> : null}
            {m.mine && onDelete ? <button type="button" className="btn link small" onClick={() => { if (confirm('Delete this message?')) onDelete(m); }}>Delete</button> : null}
          </div>
        ) : null}
      </li>
      {repliesOf(m.id).map((r) => render(r, true))}
    </Fragment>
  );
  return <ul className="messages" aria-live="polite">{roots.map((m) => render(m, false))}</ul>;
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
