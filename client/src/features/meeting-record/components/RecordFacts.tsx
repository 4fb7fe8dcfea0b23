// The meeting record laid out for reading, and one record field as the merge view shows it.
import type { MeetingRecordFieldsFragment } from '../../../gql/graphql';
import { humanize } from '../../../ui/Badge';
import { formatDate } from '../../../ui/format';
import type { RecordValues } from '../record-values';

export function RecordFacts({ record: r }: { record: MeetingRecordFieldsFragment }) {
  return (
    <>
      <dl className="facts">
        <dt>Days</dt><dd data-testid="record-days">{r.heldFrom ? `${formatDate(r.heldFrom)} – ${formatDate(r.heldTo ?? r.heldFrom)}` : '—'}</dd>
        <dt>Modality</dt><dd>{r.modality ? humanize(r.modality) : '—'}</dd>
        <dt>Participants</dt><dd>{r.participants.length}</dd>
      </dl>
      {r.participants.length ? (
        <><h3>Participants</h3><ul>{r.participants.map((d, i) => <li key={i}>{d.name}, {d.title} ({d.organization.acronym}) — {humanize(d.qualification)}</li>)}</ul></>
      ) : null}
      {r.sessions.length ? (
        <><h3>Sessions</h3><ol>{r.sessions.map((s, i) => <li key={i}><strong>{s.title}</strong>{s.summary ? ` — ${s.summary}` : ''}</li>)}</ol></>
      ) : null}
      <h3>Key learnings</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{r.keyLearnings ?? <span className="muted">Not written yet.</span>}</p>
      <h3>Follow-ups agreed</h3>
      {r.followUps.length ? <ul>{r.followUps.map((f) => <li key={f.id}>{f.title}</li>)}</ul> : <p className="muted">None recorded.</p>}
    </>
  );
}

/** One record field as the merge view shows it: lists as lines, follow-ups by title. */
export function showRecordValue(k: string, v: unknown, followUps: ReadonlyArray<{ id: string; title: string }>) {
  if (k === 'participants') return <ul>{(v as RecordValues['participants']).map((d, i) => <li key={i}>{d.name}, {d.title}</li>)}</ul>;
  if (k === 'sessions') return <ol>{(v as RecordValues['sessions']).map((s, i) => <li key={i}>{s.title}</li>)}</ol>;
  if (k === 'followUpIds') return <ul>{(v as string[]).map((id) => <li key={id}>{followUps.find((f) => f.id === id)?.title ?? id}</li>)}</ul>;
  if (k === 'modality') return v ? humanize(String(v)) : '—';
  return String(v || '—');
}
