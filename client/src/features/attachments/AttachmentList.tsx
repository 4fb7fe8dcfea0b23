// Attached files: name (a download link: the session cookie authenticates it), size and type;
// images show a thumbnail. The server always sends files as downloads, never to be rendered.
import { formatSize, isImage, typeLabel } from './upload';

export type AttachmentView = { id: string; filename: string; size: number; contentType: string; url: string };

/**
 * The download on this page's own origin, where the session cookie goes: `url` names the server's
 * public address, which a file pushed over the WebSocket carries even when the page was opened
 * under another name (127.0.0.1 vs localhost).
 */
const hrefOf = (f: AttachmentView): string => `/files/${encodeURIComponent(f.id)}`;

const extensionOf = (name: string): string => /\.([a-z0-9]{1,5})$/i.exec(name)?.[1].toUpperCase() ?? 'FILE';

export function AttachmentList({ files, label = 'Attached files' }: { files: AttachmentView[]; label?: string }) {
  if (files.length === 0) return null;
  return (
    <ul className="attachments" aria-label={label} style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      {files.map((f) => (
        <li key={f.id} data-testid="attachment" style={{ border: '1px solid var(--border, #ccc)', borderRadius: 6, padding: '0.4rem 0.6rem', display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          {isImage(f.contentType) ? <img src={hrefOf(f)} alt="" width={48} height={48} style={{ objectFit: 'cover', borderRadius: 4 }} loading="lazy" /> : <span className="badge" aria-hidden="true">{extensionOf(f.filename)}</span>}
          <span>
            <a href={hrefOf(f)} download={f.filename}>{f.filename}</a>
            <br />
            <span className="small muted">{typeLabel(f.contentType)} · {formatSize(f.size)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
