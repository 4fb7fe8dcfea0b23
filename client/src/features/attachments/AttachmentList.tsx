// Attached files: name (a download link: the session cookie authenticates it), size and type;
// images show a thumbnail. The server always sends files as downloads, never to be rendered.
import { formatSize, isImage, typeLabel } from './upload';

export type AttachmentView = { id: string; filename: string; size: number; contentType: string; url: string };

export function AttachmentList({ files, label = 'Attached files' }: { files: AttachmentView[]; label?: string }) {
  if (files.length === 0) return null;
  return (
    <ul className="attachments" aria-label={label} style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      {files.map((f) => (
        <li key={f.id} data-testid="attachment" style={{ border: '1px solid var(--border, #ccc)', borderRadius: 6, padding: '0.4rem 0.6rem', display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          {isImage(f.contentType) ? <img src={f.url} alt="" width={48} height={48} style={{ objectFit: 'cover', borderRadius: 4 }} loading="lazy" /> : <span aria-hidden="true">📄</span>}
          <span>
            <a href={f.url} download={f.filename}>{f.filename}</a>
            <br />
            <span className="small muted">{typeLabel(f.contentType)} · {formatSize(f.size)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
