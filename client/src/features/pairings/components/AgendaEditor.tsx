// The ordered agenda of a meeting plan: each slot typed in the chosen zone, shown in both parties'.
import { localIn, utcFrom, type AgendaItem, type Party } from './plan-values';
import { ZonedTime } from './ZonedTime';

export function AgendaEditor({ value, startsAt, zone, parties, error, onChange }: {
  value: AgendaItem[];
  /** The meeting's start: where the first new slot begins. */
  startsAt: string | null;
  zone: string;
  parties: Party[];
  error?: string;
  onChange: (agenda: AgendaItem[]) => void;
}) {
  return (
    <fieldset>
      <legend>Agenda</legend>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {value.map((a, i) => (
        <AgendaRow key={i} item={a} index={i} zone={zone} parties={parties}
          onPatch={(p) => onChange(value.map((x, j) => (j === i ? { ...x, ...p } : x)))}
          onUp={() => onChange(swap(value, i, i - 1))}
          onRemove={() => onChange(value.filter((_, j) => j !== i))} />
      ))}
      <button type="button" className="btn secondary" onClick={() => onChange([...value, nextSlot(value, startsAt)])}>Add agenda item</button>
    </fieldset>
  );
}

function AgendaRow({ item: a, index: i, zone, parties, onPatch, onUp, onRemove }: {
  item: AgendaItem;
  index: number;
  zone: string;
  parties: Party[];
  onPatch: (p: Partial<AgendaItem>) => void;
  onUp: () => void;
  onRemove: () => void;
}) {
  return (
    <div className="row" role="group" aria-label={`Agenda item ${i + 1}`} style={{ alignItems: 'flex-end', marginBottom: '0.5rem' }}>
      <label className="field" style={{ margin: 0 }}><span className="label">From</span><input type="datetime-local" value={localIn(a.startsAt, zone)} onChange={(e) => onPatch({ startsAt: utcFrom(e.target.value, zone) ?? '' })} /></label>
      <label className="field" style={{ margin: 0 }}><span className="label">To</span><input type="datetime-local" value={localIn(a.endsAt, zone)} onChange={(e) => onPatch({ endsAt: utcFrom(e.target.value, zone) ?? '' })} /></label>
      <label className="field" style={{ margin: 0, flex: '2 1 10rem' }}><span className="label">Topic</span><input value={a.topic} onChange={(e) => onPatch({ topic: e.target.value })} /></label>
      <label className="field" style={{ margin: 0, flex: '1 1 8rem' }}><span className="label">Presenter</span><input value={a.presenter} onChange={(e) => onPatch({ presenter: e.target.value })} /></label>
      <span className="small" style={{ flex: '1 1 100%' }}><ZonedTime iso={a.startsAt || null} zones={parties} /></span>
      <button type="button" className="btn secondary" disabled={i === 0} aria-label={`Move agenda item ${i + 1} up`} onClick={onUp}>↑</button>
      <button type="button" className="btn secondary" aria-label={`Remove agenda item ${i + 1}`} onClick={onRemove}>Remove</button>
    </div>
  );
}

/** A new agenda slot: one hour after the previous slot (or the meeting start). */
function nextSlot(agenda: AgendaItem[], startsAt: string | null): AgendaItem {
  const from = agenda[agenda.length - 1]?.endsAt || startsAt;
  if (!from) return { startsAt: '', endsAt: '', topic: '', presenter: '' };
  return { startsAt: from, endsAt: new Date(new Date(from).getTime() + 3_600_000).toISOString(), topic: '', presenter: '' };
}

function swap<T>(list: T[], i: number, j: number): T[] {
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}
