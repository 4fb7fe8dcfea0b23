// The meeting plan laid out for reading, times in both parties' zones; and one plan field as the
// merge view shows it.
import type { MeetingPlanFieldsFragment } from '../../../gql/graphql';
import { humanize } from '../../../ui/Badge';
import { ZonedTime } from './ZonedTime';
import type { Party, PlanValues } from './plan-values';

export function PlanFacts({ plan, modality, parties }: { plan: MeetingPlanFieldsFragment; modality: string; parties: Party[] }) {
  return (
    <>
      <dl className="facts">
        <dt>Modality</dt><dd>{humanize(modality)}</dd>
        <dt>Starts</dt><dd><ZonedTime iso={plan.startsAt} zones={parties} /></dd>
        <dt>Ends</dt><dd><ZonedTime iso={plan.endsAt} zones={parties} /></dd>
        <dt>Venue</dt><dd>{plan.venue ?? '—'}</dd>
        <dt>Online link</dt><dd>{plan.onlineLink ? <a href={plan.onlineLink} rel="noreferrer noopener" target="_blank">{plan.onlineLink}</a> : '—'}</dd>
        <dt>Delegates</dt><dd>{plan.delegates.length}</dd>
      </dl>
      {plan.agenda.length ? (
        <>
          <h3>Agenda</h3>
          <ol>{plan.agenda.map((a, i) => <li key={i}><strong>{a.topic}</strong> — {a.presenter}<br /><span className="small"><ZonedTime iso={a.startsAt} zones={parties} /></span></li>)}</ol>
        </>
      ) : null}
      {plan.delegates.length ? (
        <>
          <h3>Delegates</h3>
          <ul>{plan.delegates.map((d, i) => <li key={i}>{d.name}, {d.title} ({d.organization.acronym}) — {humanize(d.qualification)}</li>)}</ul>
        </>
      ) : null}
    </>
  );
}

/** One plan field as the merge view shows it: times in both zones, lists as lines. */
export function showPlanValue(k: string, v: unknown, parties: Party[]) {
  if (k === 'startsAt' || k === 'endsAt') return <ZonedTime iso={v as string | null} zones={parties} />;
  if (k === 'agenda') return <ol>{(v as PlanValues['agenda']).map((a, i) => <li key={i}>{a.topic} — {a.presenter}</li>)}</ol>;
  if (k === 'delegates') return <ul>{(v as PlanValues['delegates']).map((d, i) => <li key={i}>{d.name}, {d.title}</li>)}</ul>;
  if (k === 'modality') return humanize(String(v));
  return v ? String(v) : <span className="muted">(empty)</span>;
}
