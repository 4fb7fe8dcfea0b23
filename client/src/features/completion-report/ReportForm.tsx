// The sending NPO's form: the three texts of the report, started from the last submission.
import { useState } from 'react';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/errors';
import type { ReportTexts } from './use-completion-report';

export const REPORT_LABELS: Record<keyof ReportTexts, string> = {
  outcomes: 'Outcomes against the objectives',
  application: 'How the knowledge will be applied at home',
  followUpPlan: 'Follow-up plan',
};

export function ReportForm({ initial, busy, error, onSubmit }: {
  initial: ReportTexts;
  busy: boolean;
  error: unknown;
  onSubmit: (texts: ReportTexts) => void;
}) {
  const [texts, setTexts] = useState<ReportTexts>(initial);
  const errors = fieldErrors(error);
  const blank = Object.values(texts).some((t) => !t.trim());
  return (
    <form className="stack" onSubmit={(e) => { e.preventDefault(); onSubmit(texts); }}>
      {(Object.keys(REPORT_LABELS) as Array<keyof ReportTexts>).map((key) => (
        <Field key={key} label={REPORT_LABELS[key]} error={errors[key]}>
          <textarea className="input" rows={5} maxLength={10_000} value={texts[key]} onChange={(e) => setTexts({ ...texts, [key]: e.target.value })} />
        </Field>
      ))}
      <div className="row">
        <button type="submit" className="btn" disabled={busy || blank}>Submit report</button>
      </div>
    </form>
  );
}
