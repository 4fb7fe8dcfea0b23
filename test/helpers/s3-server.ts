// An S3-protocol server for tests (s3rver: buckets in a temporary folder, real SigV4 checks,
// presigned URLs that expire), on a free loopback port, so that the server's real AWS SDK code runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Settings } from '../../server/src/config.js';

type S3rverInstance = { run(): Promise<AddressInfo>; close(): Promise<void> };
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;
// s3rver ships no types; this is the part the tests use.
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;

export type TestS3 = { settings: S3Settings; has(key: string): Promise<boolean>; stop(): Promise<void> };

export async function startS3(bucket = 'bcn-files'): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-s3-'));
  // s3rver's built-in credentials.
  const settings: S3Settings = { url: '', bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  settings.url = `http://127.0.0.1:${port}`;
  const client = new S3Client({ endpoint: settings.url, region: settings.region, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  return {
    settings,
    async has(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: `attachments/${key}` }));
        return true;
      } catch {
        return false;
      }
    },
    async stop() {
      client.destroy();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
