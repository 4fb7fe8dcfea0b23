import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, pairingSides, planInput } from '../helpers/factories/pairings.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let app: TestApp;
let np: string, jp: string, sec: string;
let npId: string, jpId: string;
beforeAll(async () => {
  app = await startTestApp();
  ({ np, jp, sec, npId, jpId } = await pairingSides(app, 'jp-member@npo.demo'));
});
afterAll(() => app.stop());

const PLAN = `mutation($id:ID!,$v:Int!,$i:MeetingPlanInput!){ updateMeetingPlan(pairingId:$id, version:$v, input:$i){
  version modality startsAt endsAt venue onlineLink agenda { startsAt topic presenter } delegates { name title qualification organization { acronym } }
  localTimes { organization { acronym } timeZone startsAt endsAt utcOffset } } }`;
const SCHEDULE = `mutation($id:ID!,$v:Int!){ scheduleMeeting(pairingId:$id, version:$v){ status version } }`;

const planning = async (over: Record<string, unknown> = {}) => (await buildPairing(app, { status: PairingStatus.PLANNING, ...over })).pairing;

describe('meeting plan', () => {
  it("shows the meeting's times in both parties' zones (Asia/Kathmandu +05:45, Asia/Tokyo +09:00)", async () => {
    const p = await planning();
    const r = await app.gql(PLAN, { id: p.id, v: 1, i: { startsAt: '2027-03-02T09:00:00.000Z', endsAt: '2027-03-02T12:30:00.000Z' } }, np);
    expect(r.errors).toBeUndefined();
    expect(r.data.updateMeetingPlan.startsAt).toBe('2027-03-02T09:00:00.000Z');
    expect(r.data.updateMeetingPlan.localTimes).toEqual([
      { organization: { acronym: 'NPEDC' }, timeZone: 'Asia/Kathmandu', startsAt: '2027-03-02T14:45:00+05:45', endsAt: '2027-03-02T18:15:00+05:45', utcOffset: '+05:45' },
      { organization: { acronym: 'JPC' }, timeZone: 'Asia/Tokyo', startsAt: '2027-03-02T18:00:00+09:00', endsAt: '2027-03-02T21:30:00+09:00', utcOffset: '+09:00' },
    ]);
  });

  it('lets both parties edit in turn and refuses a stale edit with CONFLICT, keeping the newer one', async () => {
    const p = await planning();
    const a = await app.gql(PLAN, { id: p.id, v: 1, i: { venue: 'Kathmandu' } }, np);
    expect(a.data.updateMeetingPlan).toMatchObject({ version: 2, venue: 'Kathmandu' });
    const stale = await app.gql(PLAN, { id: p.id, v: 1, i: { venue: 'Tokyo' } }, jp);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
    const b = await app.gql(PLAN, { id: p.id, v: 2, i: { venue: 'Tokyo', onlineLink: null } }, jp);
    expect(b.data.updateMeetingPlan).toMatchObject({ version: 3, venue: 'Tokyo', onlineLink: null });
    const c = await app.gql(PLAN, { id: p.id, v: 3, i: { modality: 'FACE_TO_FACE' } }, sec);
    expect(c.data.updateMeetingPlan).toMatchObject({ version: 4, venue: 'Tokyo', modality: 'FACE_TO_FACE' });
  });

  it('keeps the agenda in the order given', async () => {
    const p = await planning();
    const i = planInput(npId, jpId);
    const start = new Date(i.startsAt).getTime();
    const slot = (h: number, topic: string) => ({ startsAt: new Date(start + h * 3600e3).toISOString(), endsAt: new Date(start + (h + 1) * 3600e3).toISOString(), topic, presenter: 'X' });
    const r = await app.gql(PLAN, { id: p.id, v: 1, i: { agenda: [slot(0, 'Opening'), slot(1, 'Lean case'), slot(2, 'Closing')] } }, np);
    expect(r.data.updateMeetingPlan.agenda.map((a: any) => a.topic)).toEqual(['Opening', 'Lean case', 'Closing']);
  });

  it('names the field of invalid plan input', async () => {
    const p = await planning();
    const bad = async (i: Record<string, unknown>) => (await app.gql(PLAN, { id: p.id, v: 1, i }, np)).errors?.[0].extensions;
    expect(await bad({ onlineLink: 'javascript:alert(1)' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onlineLink' });
    expect(await bad({ venue: 'x'.repeat(501) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'venue' });
    expect(await bad({ startsAt: '2027-01-02T10:00:00Z', endsAt: '2027-01-02T09:00:00Z' })).toMatchObject({ field: 'endsAt' });
    const outsider = { ...planInput(npId, jpId).delegates[0], organizationId: (await orgOf(app, 'TH')).id };
    expect(await bad({ delegates: [outsider] })).toMatchObject({ field: 'delegates' });
  });

  it('can only be edited while PLANNING', async () => {
    const p = await planning({ status: 'MEETING_SCHEDULED' });
    const r = await app.gql(PLAN, { id: p.id, v: 1, i: { venue: 'Tokyo' } }, np);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });
});

describe('meeting plan', () => {
  it('schedules only with dates, a place, an agenda and delegates', async () => {
    const p = await planning();
    const full = planInput(npId, jpId);
    expect((await app.gql(SCHEDULE, { id: p.id, v: 1 }, np)).errors?.[0].extensions).toMatchObject({ field: 'startsAt' });
    await app.gql(PLAN, { id: p.id, v: 1, i: { ...full, agenda: [], onlineLink: null } }, np);
    expect((await app.gql(SCHEDULE, { id: p.id, v: 1 }, np)).errors?.[0].extensions).toMatchObject({ field: 'onlineLink' });
    await app.gql(PLAN, { id: p.id, v: 2, i: { onlineLink: full.onlineLink } }, np);
    expect((await app.gql(SCHEDULE, { id: p.id, v: 1 }, np)).errors?.[0].extensions).toMatchObject({ field: 'agenda' });
    await app.gql(PLAN, { id: p.id, v: 3, i: { agenda: full.agenda, delegates: [] } }, np);
    expect((await app.gql(SCHEDULE, { id: p.id, v: 1 }, np)).errors?.[0].extensions).toMatchObject({ field: 'delegates' });
    await app.gql(PLAN, { id: p.id, v: 4, i: { delegates: full.delegates } }, np);
    expect((await app.gql(SCHEDULE, { id: p.id, v: 1 }, np)).data.scheduleMeeting).toEqual({ status: 'MEETING_SCHEDULED', version: 2 });
  });

  it('names every missing requirement at once when scheduling', async () => {
    const p = await planning();
    await app.gql(PLAN, { id: p.id, v: 1, i: { ...planInput(npId, jpId), agenda: [], delegates: [], onlineLink: null } }, np);
    const ext = (await app.gql(SCHEDULE, { id: p.id, v: 1 }, np)).errors?.[0].extensions;
    expect(ext).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onlineLink' });
    expect(ext?.fields.map((f: { field: string }) => f.field)).toEqual(['onlineLink', 'agenda', 'delegates']);
  });

  it('refuses a meeting in the past', async () => {
    const p = await planning();
    await app.gql(PLAN, { id: p.id, v: 1, i: planInput(npId, jpId, { start: new Date(app.clock.now().getTime() - 3600e3) }) }, np);
    expect((await app.gql(SCHEDULE, { id: p.id, v: 1 }, np)).errors?.[0].extensions).toMatchObject({ field: 'startsAt' });
  });

  it.each([
    ['VIRTUAL', 10, true],
    ['VIRTUAL', 11, false],
    ['FACE_TO_FACE', 4, true],
    ['FACE_TO_FACE', 5, false],
  ])('%s meeting with %i delegates of the sending NPO: scheduled=%s (limits 10 virtual, 4 face-to-face)', async (modality, delegates, ok) => {
    const p = await planning({ modality });
    await app.gql(PLAN, { id: p.id, v: 1, i: planInput(npId, jpId, { modality: modality as never, delegates }) }, np);
    const r = await app.gql(SCHEDULE, { id: p.id, v: 1 }, np);
    if (ok) expect(r.data.scheduleMeeting.status).toBe('MEETING_SCHEDULED');
    else expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'delegates', limit: modality === 'VIRTUAL' ? 10 : 4 });
  });
});
