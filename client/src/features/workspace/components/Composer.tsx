// Writing a message: the draft lives here, apart from the live message list, so messages that
// arrive while someone types never touch their text. Typing @ suggests the people of the
// workspace (both NPOs and the Secretariat); focus stays in the text box after sending.
import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { activeMention, matchPeople, type Person } from './mentions';

export type { Person } from './mentions';

export function Composer({ people, onPost, label = 'Message', replyTo, onCancelReply, busy }: {
  people: Person[];
  onPost: (body: string, mentionedUserIds: string[]) => Promise<boolean>;
  label?: string;
  replyTo?: string | null;
  onCancelReply?: () => void;
  busy?: boolean;
}) {
  const [body, setBody] = useState('');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes after a picked mention, applied as soon as React has written the new
  // text (a layout effect, before the next key is handled): a deferred frame raced with a fast
  // typist, whose next letters then landed before the caret moved.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const pos = pendingCaret.current;
    if (pos === null || !box.current) return;
    pendingCaret.current = null;
    box.current.focus();
    box.current.setSelectionRange(pos, pos);
  });
  const id = `composer-${label}`;
  const query = closed ? null : activeMention(body, caret);
  const matches = query === null ? [] : matchPeople(people, query.text);

  async function send(e?: FormEvent) {
    e?.preventDefault();
    if (!body.trim()) return;
    const ids = people.filter((p) => body.includes(`@${p.email}`)).map((p) => p.id);
    // Only a successful post clears the draft: a failure keeps every word.
    if (await onPost(body, ids)) setBody('');
    box.current?.focus();
  }
  function insert(person: Person) {
    const at = query ? query.start : body.length;
    const end = query ? caret : body.length;
    const before = body.slice(0, at);
    const next = `${before}${before && !/\s$/.test(before) ? ' ' : ''}@${person.email} ${body.slice(end)}`;
    setBody(next);
    const pos = next.length - body.slice(end).length;
    setCaret(pos);
    setActive(0);
    pendingCaret.current = pos;
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (matches.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); insert(matches[active] ?? matches[0]!); return; }
      if (e.key === 'Escape') { e.preventDefault(); setClosed(true); return; }
    }
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
          onChange={(e) => { setBody(e.target.value); setCaret(e.target.selectionStart); setClosed(false); setActive(0); }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          role="combobox" aria-autocomplete="list" aria-expanded={matches.length > 0} aria-controls={`${id}-people`}
          aria-activedescendant={matches.length ? `${id}-person-${matches[active]?.id}` : undefined} />
        {matches.length ? (
          <ul className="mention-list" id={`${id}-people`} role="listbox" aria-label="People to mention">
            {matches.map((p, i) => (
              <li key={p.id} id={`${id}-person-${p.id}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); insert(p); }}>
                {p.name} <span className="muted small">{p.org ? `${p.org} · ` : ''}{p.email}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="row">
        <button type="submit" className="btn" disabled={busy || !body.trim()}>{busy ? 'Sending…' : 'Send'}</button>
        {people.length ? <span className="small muted">Type @ to mention any of {people.length} people of this workspace.</span> : null}
      </div>
    </form>
  );
}
