// The @ mention picker of the composer: who matches the word being typed, the highlighted choice,
// the keys that move and pick, and the caret placed right after a picked mention.
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { activeMention, matchPeople, type Person } from './mentions';

export function useMentionPicker({ body, caret, people, box, setBody, setCaret }: {
  body: string;
  caret: number;
  people: Person[];
  box: RefObject<HTMLTextAreaElement | null>;
  setBody: (body: string) => void;
  setCaret: (caret: number) => void;
}) {
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(false);
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
  const query = closed ? null : activeMention(body, caret);
  const matches = query === null ? [] : matchPeople(people, query.text);

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
  /** True when the key was the picker's (it is then not the composer's). */
  function onKey(e: KeyboardEvent): boolean {
    if (!matches.length) return false;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') insert(matches[active] ?? matches[0]!);
    else if (e.key === 'Escape') setClosed(true);
    else return false;
    e.preventDefault();
    return true;
  }
  /** The text changed by typing: the picker opens again on the first match. */
  const typed = () => { setClosed(false); setActive(0); };
  return { matches, active, insert, onKey, typed };
}
