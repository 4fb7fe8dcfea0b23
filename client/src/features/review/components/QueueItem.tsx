// One proposal in the review queue, with the decisions and pairing the Secretariat may take on it.
import { Link } from 'react-router';
import { StatusBadge, humanize } from '../../../ui/Badge';
import { formatDateTime } from '../../../ui/format';
import { orgLong } from '../../../ui/org';
import { ReviewActions } from '../ReviewActions';
import { CreatePairing, PairingLinks, canPair } from '../CreatePairing';
import type { QueueRow } from '../use-review-queue';

export function QueueItem({ proposal: p }: { proposal: QueueRow }) {
  return (
    <article className="card" data-testid="queue-item" aria-label={p.topic}>
      <div className="spread">
        <h2 style={{ margin: 0 }}><Link to={`/proposals/${p.id}`}>{p.topic}</Link></h2>
        <StatusBadge status={p.status} />
      </div>
      <p className="small muted">
        {orgLong(p.sendingOrganization)} · {p.notification?.projectCode ?? '—'}
        {p.round ? ` · round ${p.round.ordinal}` : ''} · {humanize(p.modality)}
        {p.submittedAt ? ` · submitted ${formatDateTime(p.submittedAt, 'Asia/Tokyo')}` : ''}
      </p>
      <ReviewActions proposal={{ id: p.id, status: p.status, version: p.version, topic: p.topic }} />
      <PairingLinks pairings={p.pairings} />
      {canPair(p.status, p.pairings) ? <CreatePairing proposalId={p.id} /> : null}
    </article>
  );
}
