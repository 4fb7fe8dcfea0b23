// The meeting plan, read view and editor. Times show in both parties' zones. Two people editing
// at once merge field by field (use-merging-save): different fields are both kept, a field both
// changed is shown side by side to choose. Nothing typed is lost.
import type { PairingFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { ConflictMerge } from '../../ui/ConflictMerge';
import { DownloadLink } from '../../ui/Download';
import { fieldErrors, onlyFieldErrors } from '../../ui/errors';
import { LimitsNote } from '../../ui/program-fields';
import { FilesSection } from '../attachments/FilesSection';
import { useViewer } from '../auth/ViewerContext';
import { MeetingPlanForm } from './components/MeetingPlanForm';
import { PlanFacts, showPlanValue } from './components/PlanFacts';
import type { Party } from './components/plan-values';
import { useMeetingPlanEditor } from './use-meeting-plan';

/** Where files can no longer be added (the server refuses them: attachment.policy). */
const WORKSPACE_CLOSED = ['CANCELLED', 'HOST_DECLINED'];

const PLAN_LABELS: Record<string, string> = { modality: 'Modality', startsAt: 'Start', endsAt: 'End', venue: 'Venue', onlineLink: 'Online link', agenda: 'Agenda', delegates: 'Delegates' };

export function MeetingPlanSection({ pairing: p }: { pairing: PairingFieldsFragment }) {
  const { viewer } = useViewer();
  const ed = useMeetingPlanEditor(p);
  const { editing, merging } = ed;
  const plan = p.meetingPlan;
  const parties: Party[] = [
    { label: p.sendingOrganization.acronym, timeZone: p.sendingOrganization.timeZone, organizationId: p.sendingOrganization.id },
    { label: p.hostOrganization.acronym, timeZone: p.hostOrganization.timeZone, organizationId: p.hostOrganization.id },
  ];
  const own = viewer ? { label: viewer.organization.acronym, timeZone: viewer.organization.timeZone } : null;

  if (!plan) return <section className="card"><h2>Meeting plan</h2><p className="muted">The plan opens once the host accepts.</p></section>;

  return (
    <>
      <section className="card" aria-labelledby="plan-title">
        <div className="spread">
          <h2 id="plan-title">Meeting plan</h2>
          {p.status === 'PLANNING' && !editing ? <button type="button" className="btn secondary" onClick={ed.begin}>Edit plan</button> : null}
          {/* The .ics follows later changes too: its SEQUENCE rises on a reschedule, so calendars update the event. */}
          {p.status === 'MEETING_SCHEDULED' ? <DownloadLink href={`/calendar/pairings/${p.id}.ics`} testId="add-to-calendar">Add to calendar</DownloadLink> : null}
        </div>
        {merging.kept && !editing ? <p className="alert info" role="status" data-testid="plan-merged">Saved together with the other side’s changes{merging.kept.theirs.length ? ` (${merging.kept.theirs.map((k) => PLAN_LABELS[k]).join(', ')})` : ''}: both were kept.</p> : null}
        {editing && merging.conflict ? (
          <ConflictMerge result={merging.conflict.result} mine={merging.conflict.mine} theirs={merging.conflict.theirs} labels={PLAN_LABELS} textFields={['venue']} show={(k, v) => showPlanValue(k, v, parties)}
            who="the other side" title="The other side saved the plan while you were editing" saving={ed.loading} onMerged={ed.resolve} />
        ) : null}
        {editing && !merging.conflict ? (
          <>
            <ErrorMessage error={onlyFieldErrors(ed.error, Object.keys(PLAN_LABELS)) ? null : ed.error} />
            <MeetingPlanForm key={editing.key} initial={editing.start} parties={parties} ownZone={own} limits={<LimitsNote limits={p.proposal.notification?.participantLimits ?? []} what="delegates" />}
              errors={fieldErrors(ed.error)} saving={ed.loading} onSave={ed.submit} />
            <button type="button" className="btn secondary" onClick={ed.close}>Close editor</button>
          </>
        ) : null}
        <PlanFacts plan={plan} modality={ed.modality} parties={parties} />
      </section>
      {/* Added files reach both sides through pairingChanged (its plan carries them); no refetch needed. */}
      <FilesSection target={{ pairingId: p.id }} files={plan.attachments} canAttach={!!viewer && !WORKSPACE_CLOSED.includes(p.status)} empty="No file yet. Attach the agenda or presentations here."
        picker={{ label: 'Add files to the plan', testId: 'plan-file-drop' }} />
    </>
  );
}
