// Choosing files: a button (the file picker) or dropping files on the area; each file's upload
// progress is shown until it is attached, and a refusal stays with its reason.
import { useRef, useState, type DragEvent } from 'react';
import { formatSize } from './upload';
import type { PendingUpload } from './use-uploads';

export function FileDrop({ onFiles, pending, onRemove, label = 'Attach files', testId = 'file-drop' }: {
  onFiles: (files: File[]) => void;
  pending: PendingUpload[];
  onRemove: (key: number) => void;
  label?: string;
  /** Distinct where two drops share a page (the plan's files beside the thread composer). */
  testId?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (e.dataTransfer.files.length) onFiles([...e.dataTransfer.files]);
  };
  return (
    <div
      data-testid={testId}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      style={{ border: `2px dashed ${over ? 'var(--accent, #36c)' : 'var(--border, #ccc)'}`, borderRadius: 6, padding: '0.5rem' }}
    >
      <div className="row">
        <button type="button" className="btn secondary" onClick={() => input.current?.click()}>{label}</button>
        <span className="small muted">or drop files here · PDF, Word, Excel, PowerPoint, images, text</span>
        <input ref={input} type="file" multiple hidden aria-label={label}
          onChange={(e) => { if (e.target.files?.length) onFiles([...e.target.files]); e.target.value = ''; }} />
      </div>
      {pending.length ? (
        <ul className="small" aria-label="Uploads" style={{ listStyle: 'none', padding: 0, margin: '0.4rem 0 0' }}>
          {pending.map((u) => (
            <li key={u.key} data-testid="upload">
              {u.name} ({formatSize(u.size)}){' '}
              {u.error ? <span role="alert" className="error">{u.error}</span> : <progress max={1} value={u.progress} aria-label={`Uploading ${u.name}`} />}
              {u.uploadId && !u.error ? ' ready' : null}
              {' '}<button type="button" className="btn link small" onClick={() => onRemove(u.key)} aria-label={`Remove ${u.name}`}>✕</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
