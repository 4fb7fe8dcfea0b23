// The meeting plan editor: times typed in the viewer's own zone by default (or the other party's)
// and always shown in both, venue or link, an ordered agenda, and delegates.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Field } from '../../../ui/Field';
import { humanize } from '../../../ui/Badge';
import { utcToZonedLocal, zonedLocalToUtc } from '../../../ui/format';
import { ZonedTime, type Zone } from './ZonedTime';
import { QUALIFICATIONS } from '../../proposals/components/ParticipantsEditor';

export type AgendaItem = { startsAt: string; endsAt: string; topic: string; presenter: string };
export type Delegate = { name: string; title: string; organizationId: string; qualification: string };
export type PlanValues = {
  modality: string;
  startsAt: string | null;
  endsAt: string | null;
  venue: string;
  onlineLink: string;
  agenda: AgendaItem[];
  delegates: Delegate[];
};
export type Party = Zone & { organizationId: string };

export function MeetingPlanForm({ initial, parties, ownZone, limits, errors, saving, onSave }: {
  initial: PlanValues;
  parties: Party[];
  /** The viewer's own organization's zone: where they think in, so times are typed in it by default. */
  ownZone?: Zone | null;
  /** The call's delegate limits, as the server publishes them. */
  limits?: ReactNode;
  errors: Record<string, string>;
  saving: boolean;
  onSave: (v: PlanValues) => void;
}) {
  const [v, setV] = useState(initial);
  const zones: Zone[] = ownZone && !parties.some((p) => p.timeZone === ownZone.timeZone) ? [...parties, ownZone] : parties;
  const [zone, setZone] = useState(ownZone?.timeZone ?? parties[0]?.timeZone ?? 'UTC');
  const set = <K extends keyof PlanValues>(k: K, value: PlanValues[K]) => setV((x) => ({ ...x, [k]: value }));
  const local = (iso: string | null) => (iso ? utcToZonedLocal(iso, zone) : '');
  const utc = (value: string) => (value ? zonedLocalToUtc(value, zone) : null);
  const submit = (e: FormEvent) => { e.preventDefault(); onSave(v); };

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-label="Meeting plan">
      <div className="grid">
        <Field label="Modality" error={errors.modality}>
          <select value={v.modality} onChange={(e) => set('modality', e.target.value)}>
            {['VIRTUAL', 'FACE_TO_FACE', 'HYBRID'].map((m) => <option key={m} value={m}>{humanize(m)}</option>)}
          </select>
        </Field>
        <Field label="Enter times in" hint="Times are stored in UTC and shown in both parties' zones.">
          <select value={zone} onChange={(e) => setZone(e.target.value)}>
            {zones.map((p) => <option key={p.label} value={p.timeZone}>{p.label} ({p.timeZone})</option>)}
          </select>
        </Field>
      </div>
      <div className="grid">
        <div>
          <Field label="Starts" error={errors.startsAt}>
            <input type="datetime-local" value={local(v.startsAt)} onChange={(e) => set('startsAt', utc(e.target.value))} />
          </Field>
          <p className="small" data-testid="starts-both-zones"><ZonedTime iso={v.startsAt} zones={parties} /></p>
        </div>
        <div>
          <Field label="Ends" error={errors.endsAt}>
            <input type="datetime-local" value={local(v.endsAt)} onChange={(e) => set('endsAt', utc(e.target.value))} />
          </Field>
          <p className="small"><ZonedTime iso={v.endsAt} zones={parties} /></p>
        </div>
      </div>
      <div className="grid">
        <Field label="Venue" error={errors.venue}><input value={v.venue} onChange={(e) => set('venue', e.target.value)} /></Field>
        <Field label="Online link" error={errors.onlineLink}><input type="url" value={v.onlineLink} onChange={(e) => set('onlineLink', e.target.value)} /></Field>
      </div>

      <fieldset>
        <legend>Agenda</legend>
        {errors.agenda ? <p className="field-error" role="alert">{errors.agenda}</p> : null}
        {v.agenda.map((a, i) => {
          const patch = (p: Partial<AgendaItem>) => set('agenda', v.agenda.map((x, j) => (j === i ? { ...x, ...p } : x)));
          return (
            <div key={i} className="row" role="group" aria-label={`Agenda item ${i + 1}`} style={{ alignItems: 'flex-end', marginBottom: '0.5rem' }}>
              <label className="field" style={{ margin: 0 }}><span className="label">From</span><input type="datetime-local" value={local(a.startsAt)} onChange={(e) => patch({ startsAt: utc(e.target.value) ?? '' })} /></label>
              <label className="field" style={{ margin: 0 }}><span className="label">To</span><input type="datetime-local" value={local(a.endsAt)} onChange={(e) => patch({ endsAt: utc(e.target.value) ?? '' })} /></label>
              <label className="field" style={{ margin: 0, flex: '2 1 10rem' }}><span className="label">Topic</span><input value={a.topic} onChange={(e) => patch({ topic: e.target.value })} /></label>
              <label className="field" style={{ margin: 0, flex: '1 1 8rem' }}><span className="label">Presenter</span><input value={a.presenter} onChange={(e) => patch({ presenter: e.target.value })} /></label>
              <span className="small" style={{ flex: '1 1 100%' }}><ZonedTime iso={a.startsAt || null} zones={parties} /></span>
              <button type="button" className="btn secondary" disabled={i === 0} aria-label={`Move agenda item ${i + 1} up`} onClick={() => set('agenda', swap(v.agenda, i, i - 1))}>↑</button>
              <button type="button" className="btn secondary" aria-label={`Remove agenda item ${i + 1}`} onClick={() => set('agenda', v.agenda.filter((_, j) => j !== i))}>Remove</button>
            </div>
          );
        })}
        <button type="button" className="btn secondary" onClick={() => set('agenda', [...v.agenda, nextSlot(v)])}>Add agenda item</button>
      </fieldset>

      <fieldset>
        <legend>Delegates</legend>
        <p className="hint" data-testid="delegate-count">
          {v.delegates.length} delegate{v.delegates.length === 1 ? '' : 's'}. {limits}
        </p>
        {errors.delegates ? <p className="field-error" role="alert">{errors.delegates}</p> : null}
        {v.delegates.map((d, i) => {
          const patch = (p: Partial<Delegate>) => set('delegates', v.delegates.map((x, j) => (j === i ? { ...x, ...p } : x)));
          return (
            <div key={i} className="row" role="group" aria-label={`Delegate ${i + 1}`} style={{ alignItems: 'flex-end', marginBottom: '0.5rem' }}>
              <label className="field" style={{ margin: 0, flex: '2 1 9rem' }}><span className="label">Name</span><input value={d.name} onChange={(e) => patch({ name: e.target.value })} /></label>
              <label className="field" style={{ margin: 0, flex: '2 1 9rem' }}><span className="label">Title</span><input value={d.title} onChange={(e) => patch({ title: e.target.value })} /></label>
              <label className="field" style={{ margin: 0 }}><span className="label">Organization</span>
                <select value={d.organizationId} onChange={(e) => patch({ organizationId: e.target.value })}>
                  {parties.map((p) => <option key={p.organizationId} value={p.organizationId}>{p.label}</option>)}
                </select>
              </label>
              <label className="field" style={{ margin: 0 }}><span className="label">Qualification</span>
                <select value={d.qualification} onChange={(e) => patch({ qualification: e.target.value })}>
                  {QUALIFICATIONS.map((q) => <option key={q} value={q}>{humanize(q)}</option>)}
                </select>
              </label>
              <button type="button" className="btn secondary" aria-label={`Remove delegate ${i + 1}`} onClick={() => set('delegates', v.delegates.filter((_, j) => j !== i))}>Remove</button>
            </div>
          );
        })}
        <button type="button" className="btn secondary" onClick={() => set('delegates', [...v.delegates, { name: '', title: '', organizationId: parties[0]?.organizationId ?? '', qualification: 'NPO_OFFICIAL' }])}>Add delegate</button>
      </fieldset>
      <button type="submit" className="btn" disabled={saving}>{saving ? 'Saving…' : 'Save meeting plan'}</button>
    </form>
  );
}

/** A new agenda slot: one hour after the previous slot (or the meeting start). */
function nextSlot(v: PlanValues): AgendaItem {
  const from = v.agenda[v.agenda.length - 1]?.endsAt || v.startsAt;
  if (!from) return { startsAt: '', endsAt: '', topic: '', presenter: '' };
  return { startsAt: from, endsAt: new Date(new Date(from).getTime() + 3_600_000).toISOString(), topic: '', presenter: '' };
}

function swap<T>(list: T[], i: number, j: number): T[] {
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}
