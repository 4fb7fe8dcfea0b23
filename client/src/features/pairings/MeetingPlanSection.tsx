// The meeting plan, read view and editor. Times show in both parties' zones. Two people editing
// at once merge field by field (use-merging-save): different fields are both kept, a field both
// changed is shown side by side to choose. Nothing typed is lost.
import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { MeetingPlanFieldsFragment, PairingFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { humanize } from '../../ui/Badge';
import { ConflictMerge } from '../../ui/ConflictMerge';
import { fieldErrors, onlyFieldErrors } from '../../ui/errors';
import { useMergingSave } from '../../ui/use-merging-save';
import { useViewer } from '../auth/ViewerContext';
import { PairingQuery, UpdatePlanMutation } from './pairings.documents';
import { MeetingPlanForm, type Party, type PlanValues } from './components/MeetingPlanForm';
import { ZonedTime } from './components/ZonedTime';
import { LimitsNote } from '../proposals/components/ParticipantsEditor';

const PLAN_LABELS: Record<string, string> = { modality: 'Modality', startsAt: 'Start', endsAt: 'End', venue: 'Venue', onlineLink: 'Online link', agenda: 'Agenda', delegates: 'Delegates' };

function planValues(plan: MeetingPlanFieldsFragment, fallbackModality: string): PlanValues {
  return {
    modality: plan.modality ?? fallbackModality,
    startsAt: plan.startsAt ?? null,
    endsAt: plan.endsAt ?? null,
    venue: plan.venue ?? '',
    onlineLink: plan.onlineLink ?? '',
    agenda: plan.agenda.map((a) => ({ startsAt: a.startsAt, endsAt: a.endsAt, topic: a.topic, presenter: a.presenter })),
    delegates: plan.delegates.map((d) => ({ name: d.name, title: d.title, organizationId: d.organization.id, qualification: d.qualification })),
  };
}

const toInput = (v: PlanValues) => ({
  modality: v.modality as never,
  startsAt: v.startsAt, endsAt: v.endsAt,
  venue: v.venue || null, onlineLink: v.onlineLink || null,
  agenda: v.agenda, delegates: v.delegates.map((d) => ({ ...d, qualification: d.qualification as never })),
});

export function MeetingPlanSection({ pairing: p }: { pairing: PairingFieldsFragment }) {
  const { viewer } = useViewer();
  const client = useApolloClient();
  const [editing, setEditing] = useState<{ start: PlanValues; key: number } | null>(null);
  const [update, { loading, error, reset }] = useMutation(UpdatePlanMutation);
  const plan = p.meetingPlan;
  const modality = plan?.modality ?? p.proposal.modality;
  const merging = useMergingSave<PlanValues>({
    save: (v, version) => update({ variables: { pairingId: p.id, version, input: toInput(v) } }),
    loadSaved: async () => {
      const fresh = await client.query({ query: PairingQuery, variables: { id: p.id }, fetchPolicy: 'network-only' }).catch(() => null);
      const saved = fresh?.data?.pairing.meetingPlan;
      return saved ? { values: planValues(saved, modality), version: saved.version } : null;
    },
  });
  const parties: Party[] = [
    { label: p.sendingOrganization.acronym, timeZone: p.sendingOrganization.timeZone, organizationId: p.sendingOrganization.id },
    { label: p.hostOrganization.acronym, timeZone: p.hostOrganization.timeZone, organizationId: p.hostOrganization.id },
  ];
  const own = viewer ? { label: viewer.organization.acronym, timeZone: viewer.organization.timeZone } : null;

  if (!plan) return <section className="card"><h2>Meeting plan</h2><p className="muted">The plan opens once the host accepts.</p></section>;

  const begin = () => {
    const start = planValues(plan, modality);
    merging.begin({ values: start, version: plan.version });
    reset();
    setEditing({ start, key: Date.now() });
  };
  const submit = (v: PlanValues) => void merging.submit(v).then((saved) => { if (saved) setEditing(null); }, () => {});
  const resolve = (v: PlanValues) => {
    setEditing({ start: v, key: Date.now() }); // the form shows the merge if the save is refused
    void merging.resolve(v).then((saved) => { if (saved) setEditing(null); }, () => {});
  };
  const show = (k: string, v: unknown) => showPlanValue(k, v, parties);

  return (
    <section className="card" aria-labelledby="plan-title">
      <div className="spread">
        <h2 id="plan-title">Meeting plan</h2>
        {p.status === 'PLANNING' && !editing ? <button type="button" className="btn secondary" onClick={begin}>Edit plan</button> : null}
      </div>
      {merging.kept && !editing ? <p className="alert info" role="status" data-testid="plan-merged">Saved together with the other side’s changes{merging.kept.theirs.length ? ` (${merging.kept.theirs.map((k) => PLAN_LABELS[k]).join(', ')})` : ''}: both were kept.</p> : null}
      {editing && merging.conflict ? (
        <ConflictMerge result={merging.conflict.result} mine={merging.conflict.mine} theirs={merging.conflict.theirs} labels={PLAN_LABELS} textFields={['venue']} show={show}
          who="the other side" title="The other side saved the plan while you were editing" saving={loading} onMerged={resolve} />
      ) : null}
      {editing && !merging.conflict ? (
        <>
          <ErrorMessage error={onlyFieldErrors(error, Object.keys(PLAN_LABELS)) ? null : error} />
          <MeetingPlanForm key={editing.key} initial={editing.start} parties={parties} ownZone={own} limits={<LimitsNote limits={p.proposal.notification?.participantLimits ?? []} what="delegates" />}
            errors={fieldErrors(error)} saving={loading} onSave={submit} />
          <button type="button" className="btn secondary" onClick={() => setEditing(null)}>Close editor</button>
        </>
      ) : null}
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
    </section>
  );
}

/** One plan field as the merge view shows it: times in both zones, lists as lines. */
function showPlanValue(k: string, v: unknown, parties: Party[]) {
  if (k === 'startsAt' || k === 'endsAt') return <ZonedTime iso={v as string | null} zones={parties} />;
  if (k === 'agenda') return <ol>{(v as PlanValues['agenda']).map((a, i) => <li key={i}>{a.topic} — {a.presenter}</li>)}</ol>;
  if (k === 'delegates') return <ul>{(v as PlanValues['delegates']).map((d, i) => <li key={i}>{d.name}, {d.title}</li>)}</ul>;
  if (k === 'modality') return humanize(String(v));
  return v ? String(v) : <span className="muted">(empty)</span>;
}
