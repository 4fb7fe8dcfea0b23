// The meeting record of a pairing (issue 19): opened from the plan when the meeting is marked
// held, edited by both parties while MEETING_HELD / FOLLOW_UP, confirmed by an administrator of
// each NPO into numbered revisions, and streamed through pairingChanged. Everything through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { liveClientPool } from '../helpers/live-client.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildFollowUp, buildPairing } from '../helpers/factories/pairings.js';
import { latestCursor } from '../helpers/factories/realtime.js';
import { Modality } from '../../server/src/modules/notification/notification.enums.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { Qualification } from '../../server/src/modules/proposal/proposal.enums.js';

let app: TestApp;
let npAdmin: string, npMember: string, jpAdmin: string, jpMember: string, sec: string, thAdmin: string;
let npId: string, jpId: string, thId: string;
const live = liveClientPool(() => app.url.replace('http', 'ws') + '/graphql');
beforeAll(async () => {
  app = await startTestApp();
  const emails = ['np@npo.demo', 'np-member@npo.demo', 'jp@npo.demo', 'jp-member@npo.demo', 'secretariat@apo.demo', 'th@npo.demo'];
  [npAdmin, npMember, jpAdmin, jpMember, sec, thAdmin] = await Promise.all(emails.map((e) => app.login(e)));
  [npId, jpId, thId] = (await Promise.all(['NP', 'JP', 'TH'].map((c) => orgOf(app, c)))).map((o) => o.id);
});
afterAll(async () => {
  await live.disposeAll();
  await app.stop();
});

const RECORD_FIELDS = `id version heldFrom heldTo modality keyLearnings confirmedRevision confirmedBySending confirmedByHost sendingConfirmedAt hostConfirmedAt sendingConfirmedBy { email } hostConfirmedBy { email }
  participants { name title qualification organization { id acronym } } sessions { title summary } followUps { id title } pairing { id }
  revisions { number heldFrom heldTo modality keyLearnings followUpIds participants { name } sessions { title } }`;
const QUERY = `query($id: ID!) { meetingRecord(pairingId: $id) { ${RECORD_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: MeetingRecordInput!) { updateMeetingRecord(pairingId: $id, version: $v, input: $i) { ${RECORD_FIELDS} } }`;
const CONFIRM = `mutation($id: ID!, $v: Int!) { confirmMeetingRecord(pairingId: $id, version: $v) { ${RECORD_FIELDS} } }`;
const HELD = `mutation($id: ID!, $v: Int!) { markMeetingHeld(pairingId: $id, version: $v) { status version meetingRecord { id heldFrom } } }`;

// Tokyo is UTC+9: the meeting runs 2026-03-02 05:00 → 2026-03-03 01:00 there, the days the record counts.
const START = new Date('2026-03-01T20:00:00.000Z');
const END = new Date('2026-03-02T16:00:00.000Z');

/** A scheduled NP → JP pairing whose meeting has started, marked held by the NP admin through the API. */
async function heldPairing(): Promise<{ id: string; version: number }> {
  const delegates = [
    { name: 'Ms Sharma', title: 'Director', organizationId: npId, qualification: Qualification.NPO_OFFICIAL },
    { name: 'Mr Tanaka', title: 'Senior Consultant', organizationId: jpId, qualification: Qualification.POLICYMAKER },
  ];
  const { pairing } = await buildPairing(app, { status: PairingStatus.MEETING_SCHEDULED, plan: { modality: Modality.HYBRID, startsAt: START, endsAt: END, delegates } });
  const r = await app.gql(HELD, { id: pairing.id, v: pairing.version }, npAdmin);
  expect(r.errors).toBeUndefined();
  return { id: pairing.id, version: r.data.markMeetingHeld.version };
}

const update = (id: string, v: number, i: Record<string, unknown>, token: string) => app.gql(UPDATE, { id, v, i }, token);
const recordOf = async (id: string, token = sec) => (await app.gql(QUERY, { id }, token)).data?.meetingRecord;

describe('opening the record', () => {
  it('opens it when the meeting is marked held, with the plan\'s days in the host\'s zone, its modality and its delegates', async () => {
    const p = await heldPairing();
    const r = await recordOf(p.id, jpMember);
    expect(r).toMatchObject({
      version: 1, heldFrom: '2026-03-02', heldTo: '2026-03-03', modality: 'HYBRID', keyLearnings: null, sessions: [], followUps: [],
      confirmedRevision: 0, confirmedBySending: false, confirmedByHost: false, sendingConfirmedAt: null, hostConfirmedAt: null, revisions: [], pairing: { id: p.id },
    });
    expect(r.participants).toEqual([
      { name: 'Ms Sharma', title: 'Director', qualification: 'NPO_OFFICIAL', organization: { id: npId, acronym: 'NPEDC' } },
      { name: 'Mr Tanaka', title: 'Senior Consultant', qualification: 'POLICYMAKER', organization: { id: jpId, acronym: 'JPC' } },
    ]);
    const viaPairing = await app.gql(`query($id: ID!) { pairing(id: $id) { meetingRecord { id heldTo } } }`, { id: p.id }, npMember);
    expect(viaPairing.data.pairing.meetingRecord).toEqual({ id: r.id, heldTo: '2026-03-03' });
    // In a list, each pairing's record (and its nested lists) comes batched.
    const list = await app.gql(`{ pairings(first: 100, filter: { status: MEETING_HELD }) { edges { node { id meetingRecord { id followUps { id } revisions { number } } } } } }`, {}, npMember);
    expect(list.errors).toBeUndefined();
    expect(list.data.pairings.edges.find((e: any) => e.node.id === p.id).node.meetingRecord).toEqual({ id: r.id, followUps: [], revisions: [] });
  });

  it('is null before the meeting is held, and NOT_FOUND for an NPO outside the pairing', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.PLANNING });
    expect((await app.gql(QUERY, { id: pairing.id }, npMember)).data.meetingRecord).toBeNull();
    const p = await heldPairing();
    expect(codeOf(await app.gql(QUERY, { id: p.id }, thAdmin))).toBe('NOT_FOUND');
    // The nested field is never reached: the pairing itself is not found.
    const nested = await app.gql(`query($id: ID!) { pairing(id: $id) { meetingRecord { id } } }`, { id: p.id }, thAdmin);
    expect(codeOf(nested)).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(QUERY, { id: 'not-a-uuid' }, npAdmin))).toBe('NOT_FOUND');
  });
});

describe('editing the record', () => {
  it('lets each side and a member edit in turn; absent fields stay, null clears', async () => {
    const p = await heldPairing();
    const follow = await buildFollowUp(app, { id: p.id } as never, { title: 'Joint lean training', owner: 'NP' });
    const a = await update(p.id, 1, { sessions: [{ title: 'Opening', summary: 'Welcome and goals' }], keyLearnings: 'Kaizen circles work in SMEs.' }, npMember);
    expect(a.errors).toBeUndefined();
    expect(a.data.updateMeetingRecord).toMatchObject({ version: 2, heldFrom: '2026-03-02', modality: 'HYBRID', sessions: [{ title: 'Opening', summary: 'Welcome and goals' }] });
    const b = await update(p.id, 2, { heldTo: '2026-03-04', modality: 'VIRTUAL', followUpIds: [follow.id], participants: [{ name: 'Dr Sato', title: 'Advisor', organizationId: jpId, qualification: 'HIGH_LEVEL_OFFICIAL' }] }, jpAdmin);
    expect(b.errors).toBeUndefined();
    expect(b.data.updateMeetingRecord).toMatchObject({
      version: 3, heldTo: '2026-03-04', modality: 'VIRTUAL', keyLearnings: 'Kaizen circles work in SMEs.', followUps: [{ id: follow.id, title: 'Joint lean training' }],
      participants: [{ name: 'Dr Sato', qualification: 'HIGH_LEVEL_OFFICIAL', organization: { acronym: 'JPC' } }],
    });
    const c = await update(p.id, 3, { keyLearnings: null }, jpMember);
    expect(c.data.updateMeetingRecord).toMatchObject({ version: 4, keyLearnings: null, sessions: [{ title: 'Opening' }] });
    const d = await update(p.id, 4, { sessions: [] }, sec);
    expect(d.data.updateMeetingRecord).toMatchObject({ version: 5, sessions: [] });
  });

  it('refuses a stale version with CONFLICT and keeps the newer edit', async () => {
    const p = await heldPairing();
    expect((await update(p.id, 1, { keyLearnings: 'First' }, npAdmin)).errors).toBeUndefined();
    const stale = await update(p.id, 1, { keyLearnings: 'Second' }, jpAdmin);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await recordOf(p.id)).keyLearnings).toBe('First');
  });
});

describe('refusing edits', () => {
  it('is NOT_FOUND for an NPO outside the pairing, to edit or to confirm', async () => {
    const p = await heldPairing();
    expect(codeOf(await update(p.id, 1, { keyLearnings: 'x' }, thAdmin))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(CONFIRM, { id: p.id, v: 1 }, thAdmin))).toBe('NOT_FOUND');
  });

  it('refuses edits before the meeting is held and after the pairing is cancelled (BAD_USER_INPUT)', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.PLANNING });
    const before = await update(pairing.id, 1, { keyLearnings: 'x' }, npAdmin);
    expect(before.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const p = await heldPairing();
    const cancel = await app.gql(`mutation($id: ID!, $v: Int!) { cancelPairing(pairingId: $id, version: $v, reason: "No budget") { status } }`, { id: p.id, v: p.version }, jpAdmin);
    expect(cancel.data.cancelPairing.status).toBe('CANCELLED');
    const after = await update(p.id, 1, { keyLearnings: 'x' }, npAdmin);
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(codeOf(await app.gql(CONFIRM, { id: p.id, v: 1 }, npAdmin))).toBe('BAD_USER_INPUT');
  });

  it('names the field of bad input and changes nothing', async () => {
    const p = await heldPairing();
    const other = await heldPairing();
    const elsewhere = await buildFollowUp(app, { id: other.id } as never, { owner: 'JP' });
    const fieldOf = async (i: Record<string, unknown>) => (await update(p.id, 1, i, npAdmin)).errors?.[0].extensions;
    expect(await fieldOf({ participants: [{ name: 'Ms Chai', title: 'Director', organizationId: thId, qualification: 'NPO_OFFICIAL' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participants' });
    expect(await fieldOf({ followUpIds: [elsewhere.id] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'followUpIds' });
    expect(await fieldOf({ followUpIds: ['nope'] })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await fieldOf({ heldTo: '2026-03-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldTo' });
    expect(await fieldOf({ heldFrom: '2027-02-30' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await fieldOf({ heldTo: 'tomorrow' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await fieldOf({ sessions: [{ title: '', summary: 'x' }] })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await fieldOf({ keyLearnings: 'x'.repeat(20001) })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await recordOf(p.id)).toMatchObject({ version: 1, heldTo: '2026-03-03', followUps: [] });
  });
});

describe('confirming the record', () => {
  it('refuses a member, the Secretariat, a second confirmation of the same side, and a stale version', async () => {
    const p = await heldPairing();
    expect(codeOf(await app.gql(CONFIRM, { id: p.id, v: 1 }, npMember))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CONFIRM, { id: p.id, v: 1 }, sec))).toBe('FORBIDDEN');
    const first = await app.gql(CONFIRM, { id: p.id, v: 1 }, npAdmin);
    expect(first.data.confirmMeetingRecord).toMatchObject({ version: 2, confirmedBySending: true, confirmedByHost: false, confirmedRevision: 0 });
    expect(codeOf(await app.gql(CONFIRM, { id: p.id, v: 2 }, npAdmin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(CONFIRM, { id: p.id, v: 1 }, jpAdmin))).toBe('CONFLICT');
  });

  it('keeps revision 1 once both confirm; an edit clears both; both again make revision 2', async () => {
    const p = await heldPairing();
    await update(p.id, 1, { keyLearnings: 'Kaizen circles.' }, npMember);
    const one = (await app.gql(CONFIRM, { id: p.id, v: 2 }, jpAdmin)).data.confirmMeetingRecord;
    expect(one).toMatchObject({ confirmedByHost: true, confirmedBySending: false, confirmedRevision: 0 });
    const both = await app.gql(CONFIRM, { id: p.id, v: one.version }, npAdmin);
    expect(both.errors).toBeUndefined();
    expect(both.data.confirmMeetingRecord).toMatchObject({ confirmedBySending: true, confirmedByHost: true, confirmedRevision: 1 });
    expect(both.data.confirmMeetingRecord).toMatchObject({ sendingConfirmedBy: { email: 'np@npo.demo' }, hostConfirmedBy: { email: 'jp@npo.demo' } });
    expect(both.data.confirmMeetingRecord.sendingConfirmedAt).toBeTruthy();
    expect(both.data.confirmMeetingRecord.revisions).toEqual([
      { number: 1, heldFrom: '2026-03-02', heldTo: '2026-03-03', modality: 'HYBRID', keyLearnings: 'Kaizen circles.', followUpIds: [], participants: [{ name: 'Ms Sharma' }, { name: 'Mr Tanaka' }], sessions: [] },
    ]);

    const edited = (await update(p.id, both.data.confirmMeetingRecord.version, { keyLearnings: 'Kaizen circles and 5S.' }, jpMember)).data.updateMeetingRecord;
    expect(edited).toMatchObject({ confirmedBySending: false, confirmedByHost: false, sendingConfirmedAt: null, hostConfirmedAt: null, sendingConfirmedBy: null, hostConfirmedBy: null, confirmedRevision: 1 });
    const again = (await app.gql(CONFIRM, { id: p.id, v: edited.version }, npAdmin)).data.confirmMeetingRecord;
    const twice = (await app.gql(CONFIRM, { id: p.id, v: again.version }, jpAdmin)).data.confirmMeetingRecord;
    expect(twice.confirmedRevision).toBe(2);
    expect(twice.revisions.map((r: any) => [r.number, r.keyLearnings])).toEqual([[1, 'Kaizen circles.'], [2, 'Kaizen circles and 5S.']]);

    // Both sides hear of it; the one who confirmed last gets no alert of his own step.
    const INBOX = `{ inbox(first: 50) { edges { node { summary pairingId } } } }`;
    const alerts = async (t: string) => (await app.gql(INBOX, {}, t)).data.inbox.edges.map((e: any) => e.node).filter((n: any) => n.pairingId === p.id).map((n: any) => n.summary);
    expect(await alerts(npMember)).toContain('NPEDC → JPC: both NPOs confirmed the meeting record (revision 2)');
    expect(await alerts(jpAdmin)).not.toContain('NPEDC → JPC: both NPOs confirmed the meeting record (revision 2)');
  });
});

describe('events', () => {
  it('records each change and confirmation, and pairingChanged delivers them to the other side', async () => {
    const p = await heldPairing();
    const after = await latestCursor(app.gql, sec);
    const c = live.open(jpMember);
    const q = `subscription($id: ID!, $after: String) { pairingChanged(id: $id, after: $after) { event { type } pairing { id meetingRecord { keyLearnings confirmedBySending } } } }`;
    const sub = c.subscribe(q, { id: p.id, after });
    expect((await update(p.id, 1, { keyLearnings: 'Live' }, npMember)).errors).toBeUndefined();
    expect((await app.gql(CONFIRM, { id: p.id, v: 2 }, npAdmin)).errors).toBeUndefined();
    const [changed, confirmed] = await sub.waitFor(2);
    expect(changed.data.pairingChanged).toMatchObject({ event: { type: 'PAIRING_MEETING_RECORD_UPDATED' }, pairing: { id: p.id, meetingRecord: { keyLearnings: 'Live' } } });
    expect(confirmed.data.pairingChanged).toMatchObject({ event: { type: 'PAIRING_MEETING_RECORD_CONFIRMED' }, pairing: { meetingRecord: { confirmedBySending: true } } });
  });
});
