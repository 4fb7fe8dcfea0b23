// Files for the attachment tests, made here byte by byte (nothing downloaded): a minimal PDF,
// PNG and Word document (a stored zip, as Office writes one), HTML dressed as a PDF; and the
// two steps of an upload over real HTTP (createUpload, then PUT to the URL it gives).
import { crc32 } from 'node:zlib';
import type { HttpClient } from './http-client.js';

export const pdfBytes = (): Buffer =>
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A 1×1 PNG. */
export const pngBytes = (): Buffer =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export const htmlBytes = (): Buffer => Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n');

/**
 * An entry's header: the fields a local header and its central directory record share, from
 * "version needed" to the name's length, start at 4 in the one and at 6 in the other (after
 * "version made by"). Stored, so the compressed size is the size; times and flags stay 0.
 */
function entryHeader(signature: number, size: number, fieldsAt: number, data: Buffer, nameLength: number): Buffer {
  const h = Buffer.alloc(size);
  h.writeUInt32LE(signature, 0);
  h.writeUInt16LE(20, fieldsAt); // version needed: 2.0
  h.writeUInt32LE(crc32(data), fieldsAt + 10);
  h.writeUInt32LE(data.length, fieldsAt + 14);
  h.writeUInt32LE(data.length, fieldsAt + 18);
  h.writeUInt16LE(nameLength, fieldsAt + 22);
  return h;
}

/** A zip of stored (uncompressed) entries. */
function zip(entries: Array<[string, string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const nameBuf = Buffer.from(name);
    const local = entryHeader(0x04034b50, 30, 4, data, nameBuf.length);
    const central = entryHeader(0x02014b50, 46, 6, data, nameBuf.length);
    central.writeUInt16LE(20, 4); // version made by: 2.0
    central.writeUInt32LE(offset, 42); // where its local header starts
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export const docxBytes = (): Buffer =>
  zip([
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'],
  ]);

export const plainZipBytes = (): Buffer => zip([['notes.txt', 'hello']]);

const CREATE = `mutation($i:CreateUploadInput!){ createUpload(input:$i){ uploadId url expiresAt headers { name value } } }`;
const ATTACH = `mutation($u:ID!,$t:AttachmentTargetInput!){ attachFile(uploadId:$u, target:$t){ id filename size contentType url uploadedBy { email } } }`;

export type Upload = { uploadId: string; url: string; expiresAt: string };

export async function createUpload(api: HttpClient, token: string, filename: string, size: number, contentType = 'application/pdf') {
  return api.gql<{ createUpload: Upload }>(CREATE, { i: { filename, contentType, size } }, token);
}

export function putBytes(url: string, bytes: Buffer): Promise<Response> {
  return fetch(url, { method: 'PUT', body: new Uint8Array(bytes) });
}

/** createUpload + PUT; fails the test when either step is refused. */
export async function upload(api: HttpClient, token: string, filename: string, bytes: Buffer, contentType?: string): Promise<Upload> {
  const r = await createUpload(api, token, filename, bytes.length, contentType);
  if (!r.data?.createUpload) throw new Error(`createUpload refused: ${JSON.stringify(r.errors)}`);
  const res = await putBytes(r.data.createUpload.url, bytes);
  if (!res.ok) throw new Error(`PUT ${res.status}: ${await res.text()}`);
  return r.data.createUpload;
}

export type Target = { proposalId?: string; pairingId?: string; messageId?: string; followUpId?: string; meetingRecordId?: string };

export function attach(api: HttpClient, token: string, uploadId: string, target: Target) {
  return api.gql(ATTACH, { u: uploadId, t: target }, token);
}

export function download(url: string, token?: string | null): Promise<Response> {
  return fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** The first error's extensions of a refused HTTP answer (the GraphQL error shape). */
export async function refusalOf(res: Response): Promise<{ status: number; code?: string; reason?: string }> {
  const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string; reason?: string } }> };
  const ext = body.errors?.[0]?.extensions ?? {};
  return { status: res.status, code: ext.code, reason: ext.reason };
}
