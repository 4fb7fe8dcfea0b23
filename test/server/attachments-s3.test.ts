// Attachments on the S3 path: an S3-protocol server (s3rver) runs in the test and the server
// talks to it with the real AWS SDK client; uploads go to presigned URLs. Upload, attach,
// download by each role (outsiders NOT_FOUND), size checked on the stored object, type by content
// (HTML renamed .pdf refused), an expired presigned URL refused, expired uploads cleaned away.
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { attach, createUpload, download, htmlBytes, pdfBytes, putBytes, upload } from '../helpers/attachments.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { until } from '../helpers/live-client.js';
import { startS3, type TestS3 } from '../helpers/s3-server.js';
import { addJob, TaskName } from '../../server/src/jobs/queue.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let s3: TestS3;
let app: TestApp;
let np: string, jp: string, th: string, sec: string;
const LIMIT = 64 * 1024;
beforeAll(async () => {
  s3 = await startS3();
  app = await startTestApp({ files: { maxUploadBytes: LIMIT, uploadTtlMs: 15 * 60_000, s3: s3.settings } });
  [np, jp, th, sec] = await Promise.all(['np@npo.demo', 'jp@npo.demo', 'th@npo.demo', 'secretariat@apo.demo'].map((e) => app.login(e)));
});
afterAll(async () => {
  await app.stop();
  await s3.stop();
});

describe('attachments in an S3 bucket', () => {
  it('uploads to a presigned URL, attaches, and serves the file to those who see the target only', async () => {
    const { proposal, pairing } = await buildPairing(app, { status: PairingStatus.PLANNING });
    const up = await upload(app, np, 'Concept note.pdf', pdfBytes());
    expect(up.url.startsWith(`${s3.settings.url}/${s3.settings.bucket}/attachments/${up.uploadId}?`)).toBe(true);
    expect(await s3.has(up.uploadId)).toBe(true);
    const file = (await attach(app, np, up.uploadId, { proposalId: proposal.id })).data.attachFile;
    expect(file).toMatchObject({ contentType: 'application/pdf', size: pdfBytes().length });
    for (const who of [np, jp, sec]) {
      const res = await download(file.url, who);
      expect([res.status, res.headers.get('content-disposition'), res.headers.get('x-content-type-options')]).toEqual([200, `attachment; filename="Concept note.pdf"; filename*=UTF-8''Concept%20note.pdf`, 'nosniff']);
      expect(Buffer.from(await res.arrayBuffer()).equals(pdfBytes())).toBe(true);
    }
    expect((await download(file.url, th)).status).toBe(404);
    const plan = await upload(app, jp, 'agenda.pdf', pdfBytes());
    expect((await attach(app, jp, plan.uploadId, { pairingId: pairing.id })).errors).toBeUndefined();
  });

  it('checks the stored object: a body over the limit and HTML renamed .pdf are refused with their reasons', async () => {
    const proposal = await buildProposal(app);
    const declaredSmall = (await createUpload(app, np, 'huge.pdf', 100)).data!.createUpload;
    // The bucket does not know the declared size; the stored size is checked at attachFile.
    expect((await putBytes(declaredSmall.url, Buffer.concat([pdfBytes(), Buffer.alloc(LIMIT)]))).ok).toBe(true);
    const big = await attach(app, np, declaredSmall.uploadId, { proposalId: proposal.id });
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', limit: LIMIT });
    const html = await upload(app, np, 'concept.pdf', htmlBytes(), 'application/pdf');
    const refused = await attach(app, np, html.uploadId, { proposalId: proposal.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_NOT_ALLOWED' });
  });

  it('removes uploads never attached from the bucket', async () => {
    const up = await upload(app, np, 'abandoned.pdf', pdfBytes());
    app.clock.advance(2 * 3_600_000);
    await addJob(app.db.orm.em.fork() as EntityManager, TaskName.attachmentCleanup, {});
    await until(async () => !(await s3.has(up.uploadId)), 10_000, () => `${up.uploadId} still in the bucket`);
    expect(codeOf(await attach(app, np, up.uploadId, { proposalId: (await buildProposal(app)).id }))).toBe('NOT_FOUND');
  });
});

describe('an expired presigned URL', () => {
  it('is refused by the store (a server whose upload URLs live one second)', async () => {
    const shortLived = await startTestApp({ files: { maxUploadBytes: LIMIT, uploadTtlMs: 1_000, s3: s3.settings } });
    try {
      const token = await shortLived.login('np@npo.demo');
      const up = (await createUpload(shortLived, token, 'late.pdf', pdfBytes().length)).data!.createUpload;
      // The URL's lifetime is signed into it (X-Amz-Expires) and judged by the store's clock.
      const q = new URL(up.url).searchParams;
      expect(q.get('X-Amz-Expires')).toBe('1');
      const signedAt = Date.parse(q.get('X-Amz-Date')!.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
      await until(() => Date.now() > signedAt + 2_000, 10_000, () => 'the URL did not expire');
      const late = await putBytes(up.url, pdfBytes());
      expect([late.status, /Request has expired/.test(await late.text())]).toEqual([403, true]);
      expect(await s3.has(up.uploadId)).toBe(false);
    } finally {
      await shortLived.stop();
    }
  });
});
