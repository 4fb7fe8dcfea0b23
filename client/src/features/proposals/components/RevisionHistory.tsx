// Revisions snapshotted at each submission; any two can be compared side by side.
import { useState } from 'react';
import { formatDateTime } from '../../../ui/format';
import { DiffView, type Snapshot } from '../../../ui/DiffView';
import { PROPOSAL_LABELS } from './ProposalForm';

export type Revision = { number: number; fields: unknown; createdAt: string; author: { name: string } | null };

export function RevisionHistory({ revisions, timeZone }: { revisions: Revision[]; timeZone: string }) {
  const sorted = [...revisions].sort((a, b) => a.number - b.number);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  if (sorted.length === 0) return <section className="card"><h2>Revision history</h2><p className="muted">A revision is recorded at each submission.</p></section>;
  const a = sorted.find((r) => r.number === (from ?? sorted[Math.max(0, sorted.length - 2)]!.number))!;
  const b = sorted.find((r) => r.number === (to ?? sorted[sorted.length - 1]!.number))!;
  return (
    <section className="card" aria-labelledby="revisions">
      <h2 id="revisions">Revision history</h2>
      <ul>
        {sorted.map((r) => <li key={r.number}>Revision {r.number} — submitted by {r.author?.name ?? 'NPO staff'}, {formatDateTime(r.createdAt, timeZone)}</li>)}
      </ul>
      {sorted.length > 1 ? (
        <>
          <div className="row">
            <label className="row small">Compare <select className="input" style={{ width: 'auto' }} value={a.number} onChange={(e) => setFrom(Number(e.target.value))}>{sorted.map((r) => <option key={r.number} value={r.number}>revision {r.number}</option>)}</select></label>
            <label className="row small">with <select className="input" style={{ width: 'auto' }} value={b.number} onChange={(e) => setTo(Number(e.target.value))}>{sorted.map((r) => <option key={r.number} value={r.number}>revision {r.number}</option>)}</select></label>
          </div>
          <DiffView before={asSnapshot(a.fields)} after={asSnapshot(b.fields)} beforeLabel={`Revision ${a.number}`} afterLabel={`Revision ${b.number}`} labels={PROPOSAL_LABELS} />
        </>
      ) : null}
    </section>
  );
}

const asSnapshot = (fields: unknown): Snapshot => (fields && typeof fields === 'object' ? (fields as Snapshot) : {});
