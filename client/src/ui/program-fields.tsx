// Choices and notes of the BCN program that forms of several features share: an activity's
// modality, a participant's qualification, and the call's participant limits as published.
import { humanize } from './Badge';
import { Field } from './Field';

export const MODALITIES = ['VIRTUAL', 'FACE_TO_FACE', 'HYBRID'] as const;
export const QUALIFICATIONS = ['HIGH_LEVEL_OFFICIAL', 'POLICYMAKER', 'NPO_OFFICIAL'] as const;

export function ModalityField({ value, error, onChange }: { value: string; error?: string; onChange: (modality: string) => void }) {
  return (
    <Field label="Modality" error={error}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {MODALITIES.map((m) => <option key={m} value={m}>{humanize(m)}</option>)}
      </select>
    </Field>
  );
}

/** The call's participant limits per modality, as published; which one applies is the server's rule. */
export function LimitsNote({ limits, what }: { limits: ReadonlyArray<{ modality: string; max: number }>; what: string }) {
  if (!limits.length) return null;
  return <span className="hint" data-testid="limits-note">The call allows at most {limits.map((l) => `${l.max} ${what} for a ${humanize(l.modality).toLowerCase()} activity`).join(', ')}.</span>;
}
