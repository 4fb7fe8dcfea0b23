// Writing a message: the draft lives here, apart from the live message list, so messages that
// arrive while someone types never touch their text. Typing @ suggests the people of the
// workspace (both NPOs and the Secretariat); focus stays in the text box after sending.
import { useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Person } from './mentions';
import { useMentionPicker } from './use-mention-picker';

export type { Person } from './mentions';

export function Composer({ people, onPost, label = 'Message', replyTo, onCancelReply, busy, attachments }: {
  people: Person[];
  /** Files to send with the message (the attachments feature's picker), shown above Send. */
  attachments?: ReactNode;
  onPost: (body: string, mentionedUserIds: string[]) => Promise<boolean>;
  label?: string;
  replyTo?: string | null;
  onCancelReply?: () => void;
  busy?: boolean;
}) {
  const [body, setBody] = useState('');
  const [caret, setCaret] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const picker = useMentionPicker({ body, caret, people, box, setBody, setCaret });
  const { matches, active } = picker;
  const id = `composer-${label}`;

  async function send(e?: FormEvent) {
    e?.preventDefault();
    if (!body.trim()) return;
    const ids = people.filter((p) => body.includes(`@${p.email}`)).map((p) => p.id);
    // Only a successful post clears the draft: a failure keeps every word.
    if (await onPost(body, ids)) setBody('');
    box.current?.focus();
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (picker.onKey(e)) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send();
  };

  return (
    <form onSubmit={send} className="stack" aria-label={`New ${label.toLowerCase()}`}>
      {replyTo ? (
        <p className="small">Replying to {replyTo} <button type="button" className="btn link" onClick={onCancelReply}>cancel reply</button></p>
      ) : null}
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea id={id} ref={box} value={body} onKeyDown={onKeyDown} placeholder="Markdown: **bold**, - lists; @ mentions someone; Ctrl+Enter sends"
          onChange={(e) => { setBody(e.target.value); setCaret(e.target.selectionStart); picker.typed(); }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          role="combobox" aria-autocomplete="list" aria-expanded={matches.length > 0} aria-controls={`${id}-people`}
          aria-activedescendant={matches.length ? `${id}-person-${matches[active]?.id}` : undefined} />
        {matches.length ? <MentionList id={id} matches={matches} active={active} onPick={picker.insert} /> : null}
      </div>
      {attachments}
      <div className="row">
        <button type="submit" className="btn" disabled={busy || !body.trim()}>{busy ? 'Sending…' : 'Send'}</button>
        {people.length ? <span className="small muted">Type @ to mention any of {people.length} people of this workspace.</span> : null}
      </div>
    </form>
  );
}

function MentionList({ id, matches, active, onPick }: { id: string; matches: Person[]; active: number; onPick: (p: Person) => void }) {
  return (
    <ul className="mention-list" id={`${id}-people`} role="listbox" aria-label="People to mention">
      {matches.map((p, i) => (
        <li key={p.id} id={`${id}-person-${p.id}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); onPick(p); }}>
          {p.name} <span className="muted small">{p.org ? `${p.org} · ` : ''}{p.email}</span>
        </li>
      ))}
    </ul>
  );
}
