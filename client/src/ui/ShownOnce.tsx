// A secret the server shows once (an API token, a webhook's signing secret, a calendar feed's
// URL): in a read-only field with a copy button, and a plain warning that it will not be shown
// again. It stays until the person says they have kept it.
import { useId, useState } from 'react';

export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    // The clipboard needs a secure context (https or localhost); elsewhere the field is selectable.
    if (!window.isSecureContext || !('clipboard' in navigator)) return setState('failed');
    navigator.clipboard.writeText(value).then(() => setState('copied'), () => setState('failed'));
  };
  return (
    <>
      <button type="button" className="btn secondary" onClick={copy}>{state === 'copied' ? 'Copied' : label}</button>
      <span role="status" className="small muted">{state === 'failed' ? 'Copying is not allowed here: select the text and copy it.' : ''}</span>
    </>
  );
}

export function ShownOnce({ label, value, note, onDone, testId }: { label: string; value: string; note?: string; onDone: () => void; testId?: string }) {
  const id = useId();
  return (
    <div className="alert ok stack" role="region" aria-label={label}>
      <label htmlFor={id}><strong>{label}</strong></label>
      <div className="row">
        <input id={id} className="input" readOnly value={value} data-testid={testId} style={{ flex: '1 1 20rem', fontFamily: 'monospace' }} onFocus={(e) => e.target.select()} />
        <CopyButton value={value} />
      </div>
      <p className="small" style={{ margin: 0 }}>Copy it now: it is shown only this once. {note}</p>
      <div><button type="button" className="btn secondary" onClick={onDone}>I have kept it</button></div>
    </div>
  );
}
