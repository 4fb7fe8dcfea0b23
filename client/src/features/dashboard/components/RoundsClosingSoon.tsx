// Rounds that close soon, each with its countdown and how many proposals it has so far.
import { Link } from 'react-router';
import type { DashboardFieldsFragment } from '../../../gql/graphql';
import { Countdown } from '../../../ui/Countdown';
import { formatDate } from '../../../ui/format';

export function RoundsClosingSoon({ rounds }: { rounds: DashboardFieldsFragment['roundsClosingSoon'] }) {
  return (
    <section className="card">
      <h2>Rounds closing soon</h2>
      {rounds.length === 0 ? <p className="muted">No round closes in the next six weeks.</p> : null}
      <ul>
        {rounds.map((r) => (
          <li key={r.round.id}>
            <Link to={`/calls/${r.notificationId}`}>{r.notificationTitle}</Link>, round {r.round.ordinal} ({formatDate(r.round.closesOn)}):{' '}
            <Countdown until={r.round.closesAt} /> · {r.submittedProposals} submitted
          </li>
        ))}
      </ul>
    </section>
  );
}
