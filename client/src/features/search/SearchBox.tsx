// The search box of the header: sends the words to /search?q=… (the results page reads them there).
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';

export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname === '/search' ? new URLSearchParams(location.search).get('q') ?? '' : '';
  const [text, setText] = useState(current);
  // Follows the address: back and forward between searches show the words of each.
  useEffect(() => setText(current), [current]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (q) navigate(`/search?${new URLSearchParams({ q }).toString()}`);
  };
  return (
    <form role="search" aria-label="Search BCN Hub" onSubmit={submit} style={{ display: 'flex', gap: '0.35rem', alignItems: 'center' }}>
      <input
        type="search"
        aria-label="Search calls, proposals, pairings, messages, follow-ups and organizations"
        value={text}
        maxLength={200}
        placeholder="Search…"
        onChange={(e) => setText(e.target.value)}
        style={{ width: '12rem', padding: '0.25rem 0.5rem' }}
      />
      <button type="submit" className="btn secondary" style={{ padding: '0.2rem 0.6rem' }}>Search</button>
    </form>
  );
}
