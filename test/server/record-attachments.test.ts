// Documents of the meeting record (issue 19), over real HTTP against real PostgreSQL: either NPO
// (or the Secretariat) attaches a file to the record while the pairing is MEETING_HELD or
// FOLLOW_UP; both NPOs and the Secretariat list and download it, pairingChanged brings it to the
// other side live, and both confirmations stay. An outsider gets NOT_FOUND; a COMPLETED or
// CANCELLED pairing takes no new file, and keeps the ones it has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { attach, docxBytes, download, pdfBytes, upload } from '../helpers/attachments.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, eventsOf } from '../helpers/factories/pairings.js';
import { latestCursor } from '../helpers/factories/realtime.js';
import { liveClientPool } from '../helpers/live-client.js';
import { Modality } from '../../server/src/modules/notification/notification.enums.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let app: TestApp;
let np: string, npMember: string, jp: string, jpMember: string, sec: string, th: string;
let npId: string;
const live = liveClientPool(() => app.url.replace('http', 'ws') + '/graphql');
beforeAll(async () => {
  app = await startTestApp({ files: { maxUploadBytes: 64 * 1024, uploadTtlMs: 15 * 60_000, s3: undefined } });
  const emails = ['np@npo.demo', 'np-member@npo.demo', 'jp@npo.demo', 'jp-member@npo.demo', 'secretariat@apo.demo', 'th@npo.demo'];
  [np, npMember, jp, jpMember, sec, th] = await Promise.all(emails.map((e) => app.login(e)));
  npId = (await orgOf(app, 'NP')).id;
});
afterAll(async () => {
  await live.disposeAll();
  await app.stop();
});

const HELD = `mutation($id: ID!, $v: Int!) { markMeetingHeld(pairingId: $id, version: $v) { version meetingRecord { id } } }`;
const FILES = `query($id: ID!) { meetingRecord(pairingId: $id) { version confirmedBySending confirmedByHost confirmedRevision attachments { id filename contentType } } }`;
const CONFIRM = `mutation($id: ID!, $v: Int!) { confirmMeetingRecord(pairingId: $id, version: $v) { version } }`;

/** An NP → JP pairing whose meeting started an hour ago, marked held through the API: its record is open. */
async function heldRecord(): Promise<{ id: string; version: number; recordId: string }> {
  const start = new Date(app.clock.now().getTime() - 3600e3);
  const plan = { modality: Modality.VIRTUAL, startsAt: start, endsAt: new Date(start.getTime() + 2 * 3600e3), delegates: [{ name: 'A', title: 'B', organizationId: npId, qualification: 'NPO_OFFICIAL' as never }] };
  const { pairing } = await buildPairing(app, { status: PairingStatus.MEETING_SCHEDULED, plan });
  const r = await app.gql(HELD, { id: pairing.id, v: pairing.version }, np);
  expect(r.errors).toBeUndefined();
  return { id: pairing.id, version: r.data.markMeetingHeld.version, recordId: r.data.markMeetingHeld.meetingRecord.id };
}

/** Uploads and attaches a file to the record; fails the test when refused. */
async function attached(token: string, recordId: string, name: string, bytes: Buffer) {
  const up = await upload(app, token, name, bytes);
  const r = await attach(app, token, up.uploadId, { meetingRecordId: recordId });
  expect(r.errors).toBeUndefined();
  return r.data.attachFile as { id: string; url: string; filename: string };
}

const filesOf = async (pairingId: string, token = sec) => (await app.gql(FILES, { id: pairingId }, token)).data.meetingRecord;

describe('documents of the meeting record', () => {
  it('each side attaches; both NPOs and the Secretariat list and download them; an outsider gets NOT_FOUND', async () => {
    const p = await heldRecord();
    const minutes = await attached(npMember, p.recordId, 'Minutes.pdf', pdfBytes());
    const signed = await attached(jp, p.recordId, 'Signed list.docx', docxBytes());

    const expected = [
      { id: minutes.id, filename: 'Minutes.pdf', contentType: 'application/pdf' },
      { id: signed.id, filename: 'Signed list.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    ];
    for (const who of [np, jpMember, sec]) expect((await filesOf(p.id, who)).attachments).toEqual(expected);
    const viaPairing = await app.gql(`query($id: ID!) { pairing(id: $id) { meetingRecord { attachments { id } } } }`, { id: p.id }, jpMember);
    expect(viaPairing.data.pairing.meetingRecord.attachments).toEqual([{ id: minutes.id }, { id: signed.id }]);

    for (const who of [jp, jpMember, sec]) {
      const res = await download(minutes.url, who);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(pdfBytes())).toBe(true);
    }
    for (const who of [np, npMember, sec]) expect((await download(signed.url, who)).status).toBe(200);
    for (const f of [minutes, signed]) {
      expect((await download(f.url, th)).status).toBe(404);
      expect((await download(f.url)).status).toBe(401);
    }
    expect((await eventsOf(app, minutes.id)).map((e) => [e.type, e.payload.pairingId, e.payload.meetingRecordId])).toEqual([['ATTACHMENT_ADDED', p.id, p.recordId]]);
  });

  it('an outsider may not attach (NOT_FOUND, as for an unknown record), and nothing is attached', async () => {
    const p = await heldRecord();
    const up = await upload(app, th, 'Minutes.pdf', pdfBytes());
    expect(codeOf(await attach(app, th, up.uploadId, { meetingRecordId: p.recordId }))).toBe('NOT_FOUND');
    expect(codeOf(await attach(app, th, up.uploadId, { meetingRecordId: 'not-a-record' }))).toBe('NOT_FOUND');
    expect((await filesOf(p.id)).attachments).toEqual([]);
  });
});

describe('a document added', () => {
  it('keeps both confirmations: documents are not part of the confirmed content', async () => {
    const p = await heldRecord();
    expect((await app.gql(CONFIRM, { id: p.id, v: 1 }, np)).errors).toBeUndefined();
    expect((await app.gql(CONFIRM, { id: p.id, v: 2 }, jp)).errors).toBeUndefined();
    await attached(jpMember, p.recordId, 'Minutes.pdf', pdfBytes());
    expect(await filesOf(p.id)).toMatchObject({ version: 3, confirmedBySending: true, confirmedByHost: true, confirmedRevision: 1, attachments: [{ filename: 'Minutes.pdf' }] });
  });

  it('reaches the other side through pairingChanged, with an alert', async () => {
    const p = await heldRecord();
    const after = await latestCursor(app.gql, sec);
    const c = live.open(jpMember);
    const q = `subscription($id: ID!, $after: String) { pairingChanged(id: $id, after: $after) { event { type } pairing { meetingRecord { attachments { id filename } } } } }`;
    const sub = c.subscribe(q, { id: p.id, after });
    const file = await attached(npMember, p.recordId, 'Minutes.pdf', pdfBytes());
    const [change] = await sub.waitFor(1);
    expect(change.data.pairingChanged).toEqual({ event: { type: 'ATTACHMENT_ADDED' }, pairing: { meetingRecord: { attachments: [{ id: file.id, filename: 'Minutes.pdf' }] } } });
    const inbox = await app.gql(`{ inbox(first: 20) { edges { node { summary pairingId } } } }`, {}, jp);
    const lines = inbox.data.inbox.edges.map((e: any) => e.node).filter((n: any) => n.pairingId === p.id).map((n: any) => n.summary);
    expect(lines.some((s: string) => s.endsWith('added “Minutes.pdf” to the meeting record'))).toBe(true);
  });
});

describe('when the record can no longer change', () => {
  const refusedFor = async (pairingId: string, recordId: string) => {
    const up = await upload(app, np, 'Late.pdf', pdfBytes());
    const r = await attach(app, np, up.uploadId, { meetingRecordId: recordId });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    return (await filesOf(pairingId)).attachments.map((f: { filename: string }) => f.filename);
  };

  it('a COMPLETED pairing takes no new document and keeps the ones it has; FOLLOW_UP still takes them, from the Secretariat too', async () => {
    const p = await heldRecord();
    const early = await attached(np, p.recordId, 'Minutes.pdf', pdfBytes());
    expect((await app.gql(`mutation($id: ID!) { waiveCompletionReport(pairingId: $id, version: 1, reason: "Reported elsewhere") { id } }`, { id: p.id }, sec)).errors).toBeUndefined();
    const f = await app.gql(`mutation($id: ID!, $v: Int!) { startFollowUp(pairingId: $id, version: $v) { version } }`, { id: p.id, v: p.version }, np);
    expect(f.errors).toBeUndefined();
    await attached(sec, p.recordId, 'Follow-up budget.pdf', pdfBytes());
    const done = await app.gql(`mutation($id: ID!, $v: Int!) { completePairing(pairingId: $id, version: $v) { status } }`, { id: p.id, v: f.data.startFollowUp.version }, np);
    expect(done.data.completePairing.status).toBe('COMPLETED');
    expect(await refusedFor(p.id, p.recordId)).toEqual(['Minutes.pdf', 'Follow-up budget.pdf']);
    expect((await download(early.url, jpMember)).status).toBe(200);
  });

  it('a CANCELLED pairing takes no new document', async () => {
    const p = await heldRecord();
    const cancel = await app.gql(`mutation($id: ID!, $v: Int!) { cancelPairing(pairingId: $id, version: $v, reason: "No budget") { status } }`, { id: p.id, v: p.version }, jp);
    expect(cancel.data.cancelPairing.status).toBe('CANCELLED');
    expect(await refusedFor(p.id, p.recordId)).toEqual([]);
  });
});
