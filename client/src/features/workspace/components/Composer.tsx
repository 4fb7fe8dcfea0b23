// Writing a message: the draft lives here, apart from the live message list, so messages that
// arrive while someone types never touch their text. Mentions are picked from the workspace's people.
import { useState, type FormEvent, type KeyboardEvent } from 'react';

/** Mentions are written `@email`: the server resolves them to the people of the two parties. */
export type Person = { id: string; name: string; email: string; org?: string };

export function Composer({ people, onPost, label = 'Message', replyTo, onCancelReply, busy }: {
  people: Person[];
  onPost: (body: string, mentionedUserIds: string[]) => Promise<boolean>;
  label?: string;
  replyTo?: string | null;
  onCancelReply?: () => void;
  busy?: boolean;
}) {
  const [body, setBody] = useState('');
  const [mentioned, setMentioned] = useState<string[]>([]);
  const [pick, setPick] = useState('');

  async function send(e?: FormEvent) {
    e?.preventDefault();
    if (!body.trim()) return;
    const ids = mentioned.filter((id) => body.includes(`@${people.find((p) => p.id === id)?.email}`));
    // Only a successful post clears the draft: a failure keeps every word.
    if (await onPost(body, ids)) {
      setBody('');
      setMentioned([]);
    }
  }
  function mention(id: string) {
    const person = people.find((p) => p.id === id);
    if (!person) return;
    setBody((b) => `${b}${b && !b.endsWith(' ') ? ' ' : ''}@${person.email} `);
    setMentioned((m) => (m.includes(id) ? m : [...m, id]));
    setPick('');
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send();
  };

  return (
    <form onSubmit={send} className="stack" aria-label={`New ${label.toLowerCase()}`}>
      {replyTo ? (
        <p className="small">Replying to {replyTo} <button type="button" className="btn link" onClick={onCancelReply}>cancel reply</button></p>
      ) : null}
      <div className="field">
        <label htmlFor={`composer-${label}`}>{label}</label>
        <textarea id={`composer-${label}`} value={body} onChange={(e) => setBody(e.target.value)} onKeyDown={onKeyDown} placeholder="Write in Markdown; Ctrl+Enter sends" />
      </div>
      <div className="row">
        <button type="submit" className="btn" disabled={busy || !body.trim()}>{busy ? 'Sending…' : 'Send'}</button>
        {people.length ? (
          <label className="row small">
            <span>Mention</span>
            <select className="input" style={{ width: 'auto' }} value={pick} onChange={(e) => mention(e.target.value)} aria-label="Mention someone">
              <option value="">someone…</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}{p.org ? ` (${p.org})` : ''}</option>)}
            </select>
          </label>
        ) : null}
      </div>
    </form>
  );
}
