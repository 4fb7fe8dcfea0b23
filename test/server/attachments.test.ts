// Attachments on local disk over real HTTP against real PostgreSQL: upload (createUpload, PUT to
// the signed URL), attach to each kind of target, download by each role (outsiders NOT_FOUND),
// refusals with clear reasons (size, type by content, expired or forged URL), a deleted message's
// files gone, and uploads never attached cleaned away by the job.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { attach, createUpload, docxBytes, download, htmlBytes, pdfBytes, plainZipBytes, pngBytes, putBytes, refusalOf, upload } from '../helpers/attachments.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, eventsOf } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { until } from '../helpers/live-client.js';
import { addJob, TaskName } from '../../server/src/jobs/queue.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let app: TestApp;
let np: string, npMember: string, jp: string, th: string, sec: string;
beforeAll(async () => {
  app = await startTestApp({ files: { maxUploadBytes: 64 * 1024, uploadTtlMs: 15 * 60_000, s3: undefined } });
  [np, npMember, jp, th, sec] = await Promise.all(['np@npo.demo', 'np-member@npo.demo', 'jp@npo.demo', 'th@npo.demo', 'secretariat@apo.demo'].map((e) => app.login(e)));
});
afterAll(() => app.stop());

/** Where the test app keeps files: its DATA_DIR (test/helpers/app.ts) + /files. */
const stored = (id: string) => fs.existsSync(path.join(os.tmpdir(), 'bcn-test-data', 'files', id));

const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
  const r = await app.gql(query, variables, token);
  expect(r.errors).toBeUndefined();
  return Object.values(r.data as Record<string, any>)[0];
};

/** An NP → JP pairing (PLANNING unless told) with a thread holding one message by NP's member. */
async function planningMessage(status: PairingStatus = PairingStatus.PLANNING) {
  const { pairing, proposal } = await buildPairing(app, { status });
  const thread = await ok(`mutation($p:ID!){ createThread(pairingId:$p, title:"Agenda"){ id } }`, { p: pairing.id }, npMember);
  const message = await ok(`mutation($t:ID!){ postMessage(threadId:$t, body:"The draft agenda"){ id version } }`, { t: thread.id }, npMember);
  return { pairing, proposal, threadId: thread.id as string, message: message as { id: string; version: number } };
}

describe('a concept note on a proposal', () => {
  it('is uploaded, attached, listed and downloaded by those who see the proposal; others get NOT_FOUND', async () => {
    const { proposal } = await buildPairing(app, { status: PairingStatus.PLANNING });
    const up = await upload(app, np, '../../Concept note <final>.pdf', pdfBytes(), 'text/html');
    const r = await attach(app, np, up.uploadId, { proposalId: proposal.id });
    expect(r.errors).toBeUndefined();
    const file = r.data.attachFile;
    expect(file).toMatchObject({ filename: 'Concept note _final_.pdf', size: pdfBytes().length, contentType: 'application/pdf', uploadedBy: { email: 'np@npo.demo' } });
    expect(file.url).toBe(`${app.url}/files/${file.id}`);

    for (const who of [np, npMember, jp, sec]) {
      const res = await download(file.url, who);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Concept note _final_.pdf"/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await res.arrayBuffer()).equals(pdfBytes())).toBe(true);
    }
    expect((await download(file.url, th)).status).toBe(404);
    expect((await download(file.url)).status).toBe(401);
    const listed = await ok(`query($id:ID!){ proposal(id:$id){ attachments { id filename } } }`, { id: proposal.id }, jp);
    expect(listed.attachments).toEqual([{ id: file.id, filename: 'Concept note _final_.pdf' }]);
    expect((await eventsOf(app, file.id)).map((e) => [e.type, e.payload.proposalId])).toEqual([['ATTACHMENT_ADDED', proposal.id]]);
  });

  it('refuses outsiders and the host: NOT_FOUND for a proposal they may not see, FORBIDDEN for one they may only read', async () => {
    const { proposal } = await buildPairing(app, { status: PairingStatus.PLANNING });
    const outsider = await upload(app, th, 'note.pdf', pdfBytes());
    expect(codeOf(await attach(app, th, outsider.uploadId, { proposalId: proposal.id }))).toBe('NOT_FOUND');
    const host = await upload(app, jp, 'note.pdf', pdfBytes());
    expect(codeOf(await attach(app, jp, host.uploadId, { proposalId: proposal.id }))).toBe('FORBIDDEN');
    // Someone else's upload is not theirs to attach.
    expect(codeOf(await attach(app, np, host.uploadId, { proposalId: proposal.id }))).toBe('NOT_FOUND');
  });
});

describe('files in a pairing workspace', () => {
  it('a planning message, the meeting plan and a follow-up carry files both NPOs open; a third NPO gets NOT_FOUND', async () => {
    // After the meeting, so that a follow-up can be agreed too.
    const { pairing, threadId, message } = await planningMessage(PairingStatus.FOLLOW_UP);
    const png = await upload(app, npMember, 'photo.png', pngBytes());
    const onMessage = (await attach(app, npMember, png.uploadId, { messageId: message.id })).data.attachFile;
    const docx = await upload(app, jp, 'Agenda.docx', docxBytes());
    const onPlan = (await attach(app, jp, docx.uploadId, { pairingId: pairing.id })).data.attachFile;
    expect(onPlan.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const jpId = (await orgOf(app, 'JP')).id;
    const followUp = await ok(`mutation($p:ID!,$i:CreateFollowUpInput!){ createFollowUpActivity(pairingId:$p, input:$i){ id } }`, { p: pairing.id, i: { kind: 'JOINT_PROGRAM', title: 'Pilot', ownerOrganizationId: jpId } }, np);
    const csv = await upload(app, sec, 'budget.csv', Buffer.from('item,amount\nvenue,1200\n'), 'text/csv');
    const onFollowUp = (await attach(app, sec, csv.uploadId, { followUpId: followUp.id })).data.attachFile;
    expect(onFollowUp.contentType).toBe('text/csv');

    const t = await app.gql(`query($t:ID!){ thread(id:$t){ messages(first:5){ edges { node { attachments { id contentType } } } } } }`, { t: threadId }, jp);
    expect(t.data.thread.messages.edges[0].node.attachments).toEqual([{ id: onMessage.id, contentType: 'image/png' }]);
    const p = await app.gql(`query($p:ID!){ pairing(id:$p){ attachments { id } meetingPlan { attachments { id } } followUps { attachments { id } } } }`, { p: pairing.id }, np);
    expect(p.data.pairing).toEqual({ attachments: [{ id: onPlan.id }], meetingPlan: { attachments: [{ id: onPlan.id }] }, followUps: [{ attachments: [{ id: onFollowUp.id }] }] });
    for (const f of [onMessage, onPlan, onFollowUp]) {
      expect((await download(f.url, np)).status).toBe(200);
      expect((await download(f.url, jp)).status).toBe(200);
      expect((await download(f.url, th)).status).toBe(404);
    }
  });

  it("only a message's author attaches to it; a deleted message's files are gone, bytes too", async () => {
    const { message } = await planningMessage();
    const other = await upload(app, jp, 'x.pdf', pdfBytes());
    expect(codeOf(await attach(app, jp, other.uploadId, { messageId: message.id }))).toBe('FORBIDDEN');
    const up = await upload(app, npMember, 'minutes.pdf', pdfBytes());
    const file = (await attach(app, npMember, up.uploadId, { messageId: message.id })).data.attachFile;
    expect(stored(up.uploadId)).toBe(true);
    await ok(`mutation($id:ID!,$v:Int!){ deleteMessage(id:$id, version:$v){ id } }`, { id: message.id, v: message.version }, npMember);
    expect((await download(file.url, npMember)).status).toBe(404);
    await until(() => !stored(up.uploadId), 10_000, () => `${up.uploadId} still stored`);
  });
});

describe('refusals', () => {
  it('a file over the size limit: FILE_TOO_LARGE at createUpload, and 413 for a body longer than declared', async () => {
    const big = await createUpload(app, np, 'big.pdf', 64 * 1024 + 1);
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', limit: 64 * 1024 });
    const small = (await createUpload(app, np, 'small.pdf', 10)).data!.createUpload;
    const res = await putBytes(small.url, pdfBytes());
    expect(await refusalOf(res)).toEqual({ status: 413, code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
  });

  it('types are found from the bytes: HTML renamed .pdf, a plain zip and an empty upload are refused', async () => {
    const proposal = await buildProposal(app);
    for (const [name, bytes] of [['concept.pdf', htmlBytes()], ['slides.pptx', plainZipBytes()], ['svg.txt', Buffer.from('<svg onload="alert(1)"/>')]] as const) {
      const up = await upload(app, np, name, bytes, 'application/pdf');
      const r = await attach(app, np, up.uploadId, { proposalId: proposal.id });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_NOT_ALLOWED' });
    }
    const never = (await createUpload(app, np, 'later.pdf', 100)).data!.createUpload;
    expect((await attach(app, np, never.uploadId, { proposalId: proposal.id })).errors?.[0].extensions?.reason).toBe('UPLOAD_MISSING');
  });

  it('an expired or forged upload URL is refused', async () => {
    const up = (await createUpload(app, np, 'late.pdf', pdfBytes().length)).data!.createUpload;
    const forged = up.url.replace(/token=[^&]+/, 'token=forged');
    const bad = await putBytes(forged, pdfBytes());
    expect(await refusalOf(bad)).toEqual({ status: 403, code: 'FORBIDDEN', reason: 'BAD_SIGNATURE' });
    app.clock.advance(16 * 60_000);
    const late = await putBytes(up.url, pdfBytes());
    expect(await refusalOf(late)).toEqual({ status: 403, code: 'FORBIDDEN', reason: 'UPLOAD_URL_EXPIRED' });
  });

  it('a file is attached once; a target must be named exactly once', async () => {
    const proposal = await buildProposal(app);
    const up = await upload(app, np, 'once.pdf', pdfBytes());
    expect(codeOf(await attach(app, np, up.uploadId, {}))).toBe('BAD_USER_INPUT');
    expect((await attach(app, np, up.uploadId, { proposalId: proposal.id })).errors).toBeUndefined();
    expect((await attach(app, np, up.uploadId, { proposalId: proposal.id })).errors?.[0].extensions?.reason).toBe('ALREADY_ATTACHED');
  });
});

describe('cleanup', () => {
  it('uploads never attached are deleted, bytes and all, an hour after their URL expired', async () => {
    const up = await upload(app, np, 'abandoned.pdf', pdfBytes());
    expect(stored(up.uploadId)).toBe(true);
    app.clock.advance(2 * 3_600_000);
    await addJob(app.db.orm.em.fork() as EntityManager, TaskName.attachmentCleanup, {});
    await until(() => !stored(up.uploadId), 10_000, () => `${up.uploadId} still stored`);
    const proposal = await buildProposal(app);
    expect(codeOf(await attach(app, np, up.uploadId, { proposalId: proposal.id }))).toBe('NOT_FOUND');
  });
});
