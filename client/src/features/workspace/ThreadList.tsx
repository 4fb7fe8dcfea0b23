// The planning threads of a workspace with their unread counts, and starting a new one.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../../ui/State';
import { CreateThreadMutation } from './workspace.documents';
import { PairingQuery } from '../pairings/pairings.documents';

type ThreadSummary = { id: string; title: string; unreadCount: number; lastMessageAt?: string | null };

export function ThreadList({ pairingId, threads, selected, canCreate }: { pairingId: string; threads: ThreadSummary[]; selected: string | null; canCreate: boolean }) {
  const [title, setTitle] = useState('');
  const [create, { loading, error }] = useMutation(CreateThreadMutation, { refetchQueries: [{ query: PairingQuery, variables: { id: pairingId } }] });
  const navigate = useNavigate();

  async function start(e: FormEvent) {
    e.preventDefault();
    try {
      const res = await create({ variables: { pairingId, title: title.trim() } });
      setTitle('');
      if (res.data) navigate(`?thread=${res.data.createThread.id}`);
    } catch {
      // shown below
    }
  }

  return (
    <section className="card" aria-labelledby="threads-title">
      <h2 id="threads-title">Planning threads</h2>
      {threads.length === 0 ? <p className="muted">No thread yet.</p> : null}
      <ul style={{ paddingLeft: '1.2rem' }}>
        {threads.map((t) => (
          <li key={t.id}>
            <Link to={`?thread=${t.id}`} aria-current={t.id === selected ? 'page' : undefined} style={t.id === selected ? { fontWeight: 700 } : undefined}>
              {t.title}
            </Link>{' '}
            {t.unreadCount > 0 && t.id !== selected ? <span className="badge count" aria-label={`${t.unreadCount} unread`}>{t.unreadCount}</span> : null}
          </li>
        ))}
      </ul>
      {canCreate ? (
        <form className="row" onSubmit={start}>
          <input className="input" style={{ flex: '1 1 12rem', width: 'auto' }} aria-label="New thread title" placeholder="New thread title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <button type="submit" className="btn secondary" disabled={loading || !title.trim()}>Start thread</button>
        </form>
      ) : null}
      <ErrorMessage error={error} />
    </section>
  );
}
