// The meeting plan, read view and editor. Times show in both parties' zones. A stale save reports
// the conflict and keeps the editor open with the user's values so nothing typed is lost.
import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { PairingFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { humanize } from '../../ui/Badge';
import { errorCode, fieldErrors, onlyFieldErrors } from '../../ui/errors';
import { PairingQuery, UpdatePlanMutation } from './pairings.documents';
import { MeetingPlanForm, type Party, type PlanValues } from './components/MeetingPlanForm';
import { ZonedTime } from './components/ZonedTime';
import { participantLimitFor } from '../proposals/components/ParticipantsEditor';

const PLAN_KEYS = ['modality', 'startsAt', 'endsAt', 'venue', 'onlineLink', 'agenda', 'delegates'];

export function MeetingPlanSection({ pairing: p }: { pairing: PairingFieldsFragment }) {
  const [editing, setEditing] = useState(false);
  // The plan version the user is editing from; live updates must not move it silently, or a save
  // would overwrite the other side's changes instead of reporting a conflict.
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [update, { loading, error }] = useMutation(UpdatePlanMutation);
  const client = useApolloClient();
  const plan = p.meetingPlan;
  const parties: Party[] = [
    { label: p.sendingOrganization.acronym, timeZone: p.sendingOrganization.timeZone, organizationId: p.sendingOrganization.id },
    { label: p.hostOrganization.acronym, timeZone: p.hostOrganization.timeZone, organizationId: p.hostOrganization.id },
  ];
  const modality = plan?.modality ?? p.proposal.modality;
  const limit = participantLimitFor(p.proposal.notification?.participantLimits ?? [], modality);

  if (!plan) return <section className="card"><h2>Meeting plan</h2><p className="muted">The plan opens once the host accepts.</p></section>;

  const initial: PlanValues = {
    modality,
    startsAt: plan.startsAt ?? null,
    endsAt: plan.endsAt ?? null,
    venue: plan.venue ?? '',
    onlineLink: plan.onlineLink ?? '',
    agenda: plan.agenda.map((a) => ({ ...a })),
    delegates: plan.delegates.map((d) => ({ name: d.name, title: d.title, organizationId: d.organization.id, qualification: d.qualification })),
  };

  async function save(v: PlanValues) {
    try {
      await update({
        variables: {
          pairingId: p.id,
          version: baseVersion ?? plan!.version,
          input: {
            modality: v.modality as PlanValues['modality'] as never,
            startsAt: v.startsAt, endsAt: v.endsAt,
            venue: v.venue || null, onlineLink: v.onlineLink || null,
            agenda: v.agenda, delegates: v.delegates.map((d) => ({ ...d, qualification: d.qualification as never })),
          },
        },
      });
      setEditing(false);
      setBaseVersion(null);
    } catch (e) {
      // Shown below; the form keeps the values. After a conflict the user has seen the other
      // version (the read view below), so the next save may build on it.
      if (errorCode(e) === 'CONFLICT') {
        const fresh = await client.query({ query: PairingQuery, variables: { id: p.id }, fetchPolicy: 'network-only' }).catch(() => null);
        setBaseVersion(fresh?.data?.pairing.meetingPlan?.version ?? plan!.version);
      }
    }
  }

  return (
    <section className="card" aria-labelledby="plan-title">
      <div className="spread">
        <h2 id="plan-title">Meeting plan</h2>
        {p.status === 'PLANNING' && !editing ? <button type="button" className="btn secondary" onClick={() => { setBaseVersion(plan.version); setEditing(true); }}>Edit plan</button> : null}
      </div>
      {editing ? (
        <>
          {errorCode(error) !== 'CONFLICT' && baseVersion !== null && plan.version !== baseVersion ? (
            <div className="alert info" role="status">The other side has just saved the plan (shown below the editor). Saving now will ask you to check their changes first.</div>
          ) : null}
          {errorCode(error) === 'CONFLICT' ? (
            <div className="alert error" role="alert">The other side saved the plan meanwhile. Your edits are still below; the page now shows their version underneath — save again to apply yours on top.</div>
          ) : <ErrorMessage error={onlyFieldErrors(error, PLAN_KEYS) ? null : error} />}
          <MeetingPlanForm initial={initial} parties={parties} delegateLimit={limit} errors={fieldErrors(error)} saving={loading} onSave={(v) => void save(v)} />
          <button type="button" className="btn secondary" onClick={() => { setEditing(false); setBaseVersion(null); }}>Close editor</button>
        </>
      ) : null}
      <dl className="facts">
        <dt>Modality</dt><dd>{humanize(modality)}</dd>
        <dt>Starts</dt><dd><ZonedTime iso={plan.startsAt} zones={parties} /></dd>
        <dt>Ends</dt><dd><ZonedTime iso={plan.endsAt} zones={parties} /></dd>
        <dt>Venue</dt><dd>{plan.venue ?? '—'}</dd>
        <dt>Online link</dt><dd>{plan.onlineLink ? <a href={plan.onlineLink} rel="noreferrer noopener" target="_blank">{plan.onlineLink}</a> : '—'}</dd>
        <dt>Delegates</dt><dd>{plan.delegates.length}{limit !== null ? ` of at most ${limit}` : ''}</dd>
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
    </section>
  );
}
