// A labelled form field with its validation message wired for screen readers.
import { useId, type ReactElement, cloneElement } from 'react';

export function Field({ label, error, hint, children }: {
  label: string;
  error?: string;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const describedBy = [error ? `${id}-err` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? <span id={`${id}-hint`} className="hint">{hint}</span> : null}
      {error ? <span id={`${id}-err`} className="field-error">{error}</span> : null}
    </div>
  );
}
