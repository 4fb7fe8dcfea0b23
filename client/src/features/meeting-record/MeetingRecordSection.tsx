// The meeting record on the pairing page, once the meeting is marked held: read view, editor
// (both sides; concurrent edits merge field by field) and each side's confirmation by an NPO
// administrator. A confirmed state is kept as a numbered revision; an edit needs both again.
// Below it, the record's documents (minutes, signed lists), added by either side while it is open.
import type { MeetingRecordFieldsFragment, PairingFieldsFragment } from '../../gql/graphql';
import { ConflictMerge } from '../../ui/ConflictMerge';
import { formatDateTime } from '../../ui/format';
import { ErrorMessage } from '../../ui/State';
import { fieldErrors, onlyFieldErrors } from '../../ui/errors';
import { FilesSection } from '../attachments/FilesSection';
import { useViewer } from '../auth/ViewerContext';
import { MeetingRecordForm } from './components/MeetingRecordForm';
import { RecordFacts, showRecordValue } from './components/RecordFacts';
import { RECORD_LABELS, type Side } from './record-values';
import { useConfirmRecord, useMeetingRecordEditor } from './use-meeting-record';

/** While the record can change and be confirmed (the server's rule too). */
const OPEN = ['MEETING_HELD', 'FOLLOW_UP'];

export function MeetingRecordSection({ pairing: p }: { pairing: PairingFieldsFragment }) {
  const { viewer } = useViewer();
  const record = p.meetingRecord;
  if (!record) return null;
  return (
    <>
      <RecordCard pairing={p} record={record} />
      {/* Added files reach both sides through pairingChanged (the record carries them); no refetch needed.
          They are not part of what both NPOs confirm, so adding one keeps the confirmations. */}
      <FilesSection target={{ meetingRecordId: record.id }} title="Documents" files={record.attachments} canAttach={!!viewer && OPEN.includes(p.status)}
        empty="No document yet. Attach the minutes or signed documents here." picker={{ label: 'Add documents', testId: 'record-file-drop' }} />
    </>
  );
}

function RecordCard({ pairing: p, record }: { pairing: PairingFieldsFragment; record: MeetingRecordFieldsFragment }) {
  const ed = useMeetingRecordEditor(p.id, record);
  const { editing, merging } = ed;
  const open = OPEN.includes(p.status);
  const sides: Side[] = [
    { label: p.sendingOrganization.acronym, organizationId: p.sendingOrganization.id },
    { label: p.hostOrganization.acronym, organizationId: p.hostOrganization.id },
  ];
  return (
    <section className="card" aria-labelledby="record-title">
      <div className="spread">
        <h2 id="record-title">Meeting record</h2>
        {open && !editing ? <button type="button" className="btn secondary" onClick={ed.begin}>Edit record</button> : null}
      </div>
      <Confirmations pairing={p} record={record} open={open} />
      {merging.kept && !editing ? <p className="alert info" role="status">Saved together with the other side’s changes: both were kept.</p> : null}
      {editing && merging.conflict ? (
        <ConflictMerge result={merging.conflict.result} mine={merging.conflict.mine} theirs={merging.conflict.theirs} labels={RECORD_LABELS} textFields={['keyLearnings']}
          show={(k, v) => showRecordValue(k, v, p.followUps)} who="the other side" title="The other side saved the record while you were editing" saving={ed.loading} onMerged={ed.resolve} />
      ) : null}
      {editing && !merging.conflict ? (
        <>
          <ErrorMessage error={onlyFieldErrors(ed.error, Object.keys(RECORD_LABELS)) ? null : ed.error} />
          <MeetingRecordForm key={editing.key} initial={editing.start} sides={sides} followUps={p.followUps} errors={fieldErrors(ed.error)} saving={ed.loading} onSave={ed.submit} />
          <button type="button" className="btn secondary" onClick={ed.close}>Close editor</button>
        </>
      ) : null}
      <RecordFacts record={record} />
    </section>
  );
}

/** Who has confirmed the record as it is now, and the confirm button for an administrator of a side that has not. */
function Confirmations({ pairing: p, record: r, open }: { pairing: PairingFieldsFragment; record: MeetingRecordFieldsFragment; open: boolean }) {
  const { viewer } = useViewer();
  const c = useConfirmRecord(p.id, r);
  const both = r.confirmedBySending && r.confirmedByHost;
  const admin = viewer?.user?.role === 'NPO_ADMIN';
  const mine = viewer?.organization.id === p.sendingOrganization.id ? r.confirmedBySending : viewer?.organization.id === p.hostOrganization.id ? r.confirmedByHost : null;
  const side = (name: string, at: string | null | undefined, by: { name: string } | null | undefined) =>
    (at ? `${name}: confirmed${by ? ` by ${by.name}` : ''} on ${formatDateTime(at)}` : `${name}: not confirmed yet`);
  return (
    <div data-testid="record-confirmations">
      {both ? <p className="alert ok" role="status">Confirmed (revision {r.confirmedRevision})</p> : null}
      {!both && r.confirmedRevision > 0 ? <p className="alert info">Changed since revision {r.confirmedRevision} was confirmed: both NPOs confirm again.</p> : null}
      <ul className="small">
        <li>{side(p.sendingOrganization.acronym, r.sendingConfirmedAt, r.sendingConfirmedBy)}</li>
        <li>{side(p.hostOrganization.acronym, r.hostConfirmedAt, r.hostConfirmedBy)}</li>
      </ul>
      {open && admin && mine === false ? <button type="button" className="btn" disabled={c.loading} onClick={c.confirm}>Confirm record</button> : null}
      <ErrorMessage error={c.error} />
    </div>
  );
}
