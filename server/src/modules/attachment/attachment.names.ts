// A file name as others will see it and as the download's Content-Disposition carries it: no
// folders, no control or reserved characters, no markup, bounded length with the extension kept.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX = 200;

/** The safe name, or '' when nothing usable is left. */
export function sanitizeFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base.normalize('NFC').replace(RESERVED, '_').replace(/\s+/g, ' ').trim();
  // Leading dots would hide the file on Unix; trailing dots and spaces are dropped by Windows.
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (!/[\p{L}\p{N}]/u.test(name)) return '';
  if (name.length <= MAX) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, MAX - ext.length) + ext;
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(filename: string): string {
  const ascii = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
