// What a stored file is, found from its bytes (file-type's signatures), never from its name or
// the content type the client declared. The allow-list: PDF, Word/Excel/PowerPoint (OOXML),
// PNG, JPEG, WebP, and plain UTF-8 text (CSV included). Text has no signature, so it is accepted
// when its first 64 KiB decode as UTF-8 without control characters and do not look like markup:
// an HTML or SVG page renamed .pdf or .txt is refused.
import type { Readable } from 'node:stream';
import { fileTypeFromStream } from 'file-type';
import type { ByteRange } from './attachment.storage.js';

export const ALLOWED_TYPES: ReadonlyMap<string, string> = new Map([
  ['application/pdf', 'PDF'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word (.docx)'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel (.xlsx)'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PowerPoint (.pptx)'],
  ['image/png', 'PNG'],
  ['image/jpeg', 'JPEG'],
  ['image/webp', 'WebP'],
  ['text/plain', 'plain text'],
  ['text/csv', 'CSV'],
]);

const TEXT_PROBE = 64 * 1024;
// Start of markup a browser would render: refused even as text, whatever the name says.
const MARKUP = /<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|\?xml)\b/i;
// Control characters other than tab, line feed, form feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

type Open = (range?: ByteRange) => Promise<Readable>;

/** The content type of an allowed file, or null when its bytes are of no allowed type. */
export async function sniffContentType(open: Open, size: number, filename: string): Promise<string | null> {
  if (size === 0) return null;
  const stream = await open();
  // file-type reads only the bytes it needs; the rest is not waited for.
  const found = await fileTypeFromStream(stream).finally(() => stream.destroy());
  if (found) return ALLOWED_TYPES.has(found.mime) ? found.mime : null;
  const head = await readAll(await open({ start: 0, end: Math.min(size, TEXT_PROBE) - 1 }));
  if (!isPlainText(head, size > TEXT_PROBE)) return null;
  return /\.csv$/i.test(filename) ? 'text/csv' : 'text/plain';
}

export function isPlainText(bytes: Buffer, truncated: boolean): boolean {
  // A multi-byte character may be cut at the end of the probe.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(truncated ? trimPartialChar(bytes) : bytes);
  } catch {
    return false;
  }
  const body = text.replace(/^\uFEFF/, '');
  return !CONTROL.test(body) && !body.trimStart().startsWith('<') && !MARKUP.test(body);
}

function trimPartialChar(bytes: Buffer): Buffer {
  const end = bytes.length;
  // Step back over continuation bytes (10xxxxxx) to the lead byte, then drop that character.
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = bytes[end - i];
    if ((b & 0xc0) !== 0x80) return (b & 0x80) === 0 ? bytes : bytes.subarray(0, end - i);
  }
  return bytes;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
