// Where attachment bytes live: files under $DATA_DIR/files (the default), or an S3-compatible
// bucket when S3_URL and S3_BUCKET are set. Keys are the attachment's random id, so a name
// never reaches a path. Local uploads arrive through our own PUT route (http/attachment-routes.ts),
// S3 uploads straight at the bucket through a presigned URL.
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Config, S3Settings } from '../../config.js';

/** Inclusive byte range, as HTTP has it. */
export type ByteRange = { start: number; end: number };

export interface FileStore {
  /** A URL the client PUTs the bytes to, for stores that take them directly; null: our own route. */
  presignPut(key: string, expiresInSeconds: number): Promise<string | null>;
  /** Stored size in bytes, or null when nothing is stored under the key. */
  sizeOf(key: string): Promise<number | null>;
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** Stores a body of at most maxBytes; a longer one is refused (TooLarge) and nothing is kept. */
  write(key: string, body: Readable, maxBytes: number): Promise<number>;
  remove(key: string): Promise<void>;
}

export class TooLarge extends Error {}

class LocalStore implements FileStore {
  constructor(private readonly dir: string) {}

  private pathOf(key: string): string {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`Bad storage key ${key}`);
    return path.join(this.dir, key);
  }

  async presignPut(): Promise<null> {
    return null;
  }

  async sizeOf(key: string): Promise<number | null> {
    const st = await fs.promises.stat(this.pathOf(key)).catch(() => null);
    return st?.isFile() ? st.size : null;
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.pathOf(key);
    await fs.promises.access(file);
    return fs.createReadStream(file, range ?? {});
  }

  async write(key: string, body: Readable, maxBytes: number): Promise<number> {
    await fs.promises.mkdir(this.dir, { recursive: true });
    // Written aside and renamed, so that a half-written file is never read as the upload.
    const partial = `${this.pathOf(key)}.${process.pid}.${Date.now()}.part`;
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done(bytes > maxBytes ? new TooLarge() : null, chunk);
      },
    });
    try {
      await pipeline(body, counter, fs.createWriteStream(partial, { mode: 0o600 }));
      await fs.promises.rename(partial, this.pathOf(key));
      return bytes;
    } finally {
      await fs.promises.rm(partial, { force: true });
    }
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}

class S3Store implements FileStore {
  private readonly client: S3Client;

  constructor(private readonly s3: S3Settings) {
    const credentials = s3.accessKeyId && s3.secretAccessKey ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined;
    // Path-style requests: MinIO, Ceph and most S3-compatible stores want them; AWS accepts them.
    this.client = new S3Client({ endpoint: s3.url, region: s3.region, credentials, forcePathStyle: true });
  }

  private keyOf(key: string): string {
    return `attachments/${key}`;
  }

  presignPut(key: string, expiresInSeconds: number): Promise<string> {
    return getSignedUrl(this.client, new PutObjectCommand({ Bucket: this.s3.bucket, Key: this.keyOf(key) }), { expiresIn: expiresInSeconds });
  }

  async sizeOf(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.s3.bucket, Key: this.keyOf(key) }));
      return head.ContentLength ?? 0;
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const out = await this.client.send(
      new GetObjectCommand({ Bucket: this.s3.bucket, Key: this.keyOf(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
    );
    return out.Body as Readable;
  }

  async write(): Promise<number> {
    throw new Error('S3 uploads go to the bucket through a presigned URL.');
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.s3.bucket, Key: this.keyOf(key) }));
  }
}

function isMissing(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NotFound' || err?.name === 'NoSuchKey' || err?.$metadata?.httpStatusCode === 404;
}

// One store per configuration: the S3 client keeps its connections.
const stores = new WeakMap<Config['files'], FileStore>();

export function fileStoreOf(config: Pick<Config, 'files' | 'dataDir'>): FileStore {
  let store = stores.get(config.files);
  if (!store) {
    store = config.files.s3 ? new S3Store(config.files.s3) : new LocalStore(path.join(config.dataDir, 'files'));
    stores.set(config.files, store);
  }
  return store;
}
