// Calendars over real HTTP against real PostgreSQL: a pairing's meeting as .ics (parsed back with
// ical.js: zone, VTIMEZONE, attendees, SEQUENCE after a reschedule, STATUS:CANCELLED), who may
// fetch it, and per-organization feeds at a secret URL (created, listed, fetched, revoked).
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, planInput } from '../helpers/factories/pairings.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let app: TestApp;
let np: string, npMember: string, jp: string, th: string, sec: string;
let npId: string, jpId: string;
beforeAll(async () => {
  app = await startTestApp();
  [np, npMember, jp, th, sec] = await Promise.all(['np@npo.demo', 'np-member@npo.demo', 'jp@npo.demo', 'th@npo.demo', 'secretariat@apo.demo'].map((e) => app.login(e)));
  [npId, jpId] = await Promise.all([orgOf(app, 'NP'), orgOf(app, 'JP')]).then((os) => os.map((o) => o.id));
});
afterAll(() => app.stop());

const PLAN = `mutation($id:ID!,$v:Int!,$i:MeetingPlanInput!){ updateMeetingPlan(pairingId:$id, version:$v, input:$i){ version } }`;
const SCHEDULE = `mutation($id:ID!,$v:Int!){ scheduleMeeting(pairingId:$id, version:$v){ version } }`;
const RESCHEDULE = `mutation($i:RescheduleMeetingInput!){ rescheduleMeeting(input:$i){ version } }`;
const CANCEL = `mutation($id:ID!,$v:Int!){ cancelPairing(pairingId:$id, version:$v, reason:"The host closed its office."){ version } }`;
const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
  const r = await app.gql(query, variables, token);
  expect(r.errors).toBeUndefined();
  return Object.values(r.data as Record<string, any>)[0];
};

/** A PLANNING NP → JP pairing whose meeting starts at `start` (UTC), scheduled by NP's admin. */
async function scheduledMeeting(start: string) {
  const { pairing } = await buildPairing(app, { status: PairingStatus.PLANNING, sending: 'NP', host: 'JP', topic: 'Lean in SMEs' });
  const plan = await ok(PLAN, { id: pairing.id, v: 1, i: planInput(npId, jpId, { start: new Date(start) }) }, np);
  const scheduled = await ok(SCHEDULE, { id: pairing.id, v: pairing.version }, np);
  return { id: pairing.id, planVersion: plan.version as number, version: scheduled.version as number };
}

async function fetchIcs(path: string, token?: string | null) {
  const res = await fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { res, text: await res.text() };
}

/** The calendar parsed back: its zones registered, so that local times convert to instants. */
function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const zones = cal.getAllSubcomponents('vtimezone');
  for (const z of zones) ICAL.TimezoneService.register(new ICAL.Timezone(z));
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      sequence: e.sequence,
      status: v.getFirstPropertyValue('status'),
      tzid: v.getFirstProperty('dtstart')!.getParameter('tzid'),
      localStart: e.startDate.toString(),
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      attendees: v.getAllProperties('attendee').map((a) => a.getParameter('cn')),
      summary: e.summary,
      description: e.description,
      stamp: v.getFirstProperty('dtstamp')!.getFirstValue()!.toString(),
    };
  });
  return { zones: zones.map((z) => z.getFirstPropertyValue('tzid')), events };
}

describe('a pairing meeting as .ics', () => {
  it("is written in the host's zone with its VTIMEZONE, the delegates as attendees and a stable UID", async () => {
    const m = await scheduledMeeting('2027-03-02T09:00:00.000Z');
    const { res, text } = await fetchIcs(`/calendar/pairings/${m.id}.ics`, npMember);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="bcn-meeting-${m.id}.ics"`);
    expect(text).toContain('DTSTART;TZID=Asia/Tokyo:20270302T180000');
    const { zones, events } = parseIcs(text);
    expect(zones).toEqual(['Asia/Tokyo']);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: `bcn-pairing-${m.id}@bcn-hub`,
      tzid: 'Asia/Tokyo',
      localStart: '2027-03-02T18:00:00', // 09:00 UTC is 18:00 in Tokyo
      start: '2027-03-02T09:00:00.000Z',
      end: '2027-03-02T12:00:00.000Z',
      status: 'CONFIRMED',
      attendees: ['Delegate 1 (NPEDC)', 'Delegate 2 (NPEDC)', 'Host Expert (JPC)'],
      summary: 'BCN: Lean in SMEs (NPEDC → JPC)',
    });
    // Both parties' zones are in the description: Kathmandu is +05:45. DTSTAMP is UTC.
    expect(events[0].description).toContain('NPEDC (Asia/Kathmandu): 2027-03-02T14:45:00+05:45 – 2027-03-02T17:45:00+05:45');
    expect(events[0].description).toContain('JPC (Asia/Tokyo): 2027-03-02T18:00:00+09:00');
    expect(events[0].stamp).toMatch(/Z$/);
    const again = parseIcs((await fetchIcs(`/calendar/pairings/${m.id}.ics`, jp)).text);
    expect(again.events[0].uid).toBe(events[0].uid);
  });

});

describe('a pairing meeting as .ics, when it changes', () => {
  it('raises SEQUENCE when the meeting is rescheduled to another time, and is CANCELLED after a cancel', async () => {
    const m = await scheduledMeeting('2027-04-01T01:00:00.000Z');
    const first = parseIcs((await fetchIcs(`/calendar/pairings/${m.id}.ics`, np)).text).events[0];
    const back = await ok(RESCHEDULE, { i: { pairingId: m.id, version: m.version, reason: 'The minister cannot come.' } }, jp);
    const tentative = parseIcs((await fetchIcs(`/calendar/pairings/${m.id}.ics`, np)).text).events[0];
    expect(tentative.status).toBe('TENTATIVE');
    expect(tentative.sequence).toBeGreaterThan(first.sequence);
    await ok(PLAN, { id: m.id, v: m.planVersion, i: planInput(npId, jpId, { start: new Date('2027-04-08T01:00:00.000Z') }) }, np);
    const rescheduled = await ok(SCHEDULE, { id: m.id, v: back.version }, np);
    const moved = parseIcs((await fetchIcs(`/calendar/pairings/${m.id}.ics`, np)).text).events[0];
    expect(moved).toMatchObject({ uid: first.uid, status: 'CONFIRMED', localStart: '2027-04-08T10:00:00', start: '2027-04-08T01:00:00.000Z' });
    expect(moved.sequence).toBeGreaterThan(tentative.sequence);

    await ok(CANCEL, { id: m.id, v: rescheduled.version }, np);
    const cancelled = parseIcs((await fetchIcs(`/calendar/pairings/${m.id}.ics`, sec)).text).events[0];
    expect(cancelled).toMatchObject({ uid: first.uid, status: 'CANCELLED' });
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
  });

});

describe('a pairing meeting as .ics: who may fetch it', () => {
  it('is NOT_FOUND (404) for an outsider, 401 without a credential, and 403 for a token without READ', async () => {
    const m = await scheduledMeeting('2027-05-03T02:00:00.000Z');
    const outsider = await fetchIcs(`/calendar/pairings/${m.id}.ics`, th);
    expect(outsider.res.status).toBe(404);
    expect(JSON.parse(outsider.text).errors[0].extensions.code).toBe('NOT_FOUND');
    const outsiderToken = await buildApiToken(app, { code: 'TH' });
    expect((await fetchIcs(`/calendar/pairings/${m.id}.ics`, outsiderToken.token)).res.status).toBe(404);
    expect((await fetchIcs(`/calendar/pairings/${m.id}.ics`)).res.status).toBe(401);
    const writeOnly = await buildApiToken(app, { code: 'NP', scopes: ['WRITE'] as never });
    expect((await fetchIcs(`/calendar/pairings/${m.id}.ics`, writeOnly.token)).res.status).toBe(403);
    const reader = await buildApiToken(app, { code: 'JP' });
    expect((await fetchIcs(`/calendar/pairings/${m.id}.ics`, reader.token)).res.status).toBe(200);
    expect((await fetchIcs('/calendar/pairings/not-a-uuid.ics', np)).res.status).toBe(404);
  });
});

const CREATE_FEED = `mutation($i:CreateCalendarFeedInput!){ createCalendarFeed(input:$i){ url calendarFeed { id description revokedAt organization { acronym } } } }`;
const FEEDS = `{ calendarFeeds(first: 50) { totalCount edges { node { id description revokedAt organization { acronym } } } } }`;
const REVOKE_FEED = `mutation($id:ID!){ revokeCalendarFeed(id:$id){ id revokedAt } }`;

describe('calendar feeds', () => {
  it('lists the scheduled meetings of the organization at a secret URL, until the feed is revoked', async () => {
    const m = await scheduledMeeting('2027-06-01T03:00:00.000Z');
    const { pairing: unscheduled } = await buildPairing(app, { status: PairingStatus.PLANNING, sending: 'NP', host: 'JP' });
    const created = await ok(CREATE_FEED, { i: { description: 'Team Outlook' } }, npMember);
    expect(created.calendarFeed).toMatchObject({ description: 'Team Outlook', revokedAt: null, organization: { acronym: 'NPEDC' } });
    expect(created.url).toMatch(new RegExp(`^${app.url.replace('localhost', '(localhost|127\\.0\\.0\\.1)')}/calendar/feeds/bcf_[\\w-]{43}\\.ics$`));

    const feed = await fetch(created.url);
    expect(feed.status).toBe(200);
    const uids = parseIcs(await feed.text()).events.map((e) => e.uid);
    expect(uids).toContain(`bcn-pairing-${m.id}@bcn-hub`);
    expect(uids).not.toContain(`bcn-pairing-${unscheduled.id}@bcn-hub`);

    const listed = (await ok(FEEDS, {}, np)).edges.map((e: any) => e.node.id);
    expect(listed).toContain(created.calendarFeed.id);
    expect((await ok(FEEDS, {}, th)).edges.map((e: any) => e.node.id)).not.toContain(created.calendarFeed.id);
    expect(codeOf(await app.gql(REVOKE_FEED, { id: created.calendarFeed.id }, th))).toBe('NOT_FOUND');

    const revoked = await ok(REVOKE_FEED, { id: created.calendarFeed.id }, np);
    expect(revoked.revokedAt).not.toBeNull();
    expect((await fetch(created.url)).status).toBe(404);
    expect((await fetch(`${app.url}/calendar/feeds/bcf_${'x'.repeat(43)}.ics`)).status).toBe(404);
  });

  it("shows an outsider's feed none of the pair's meetings, and the Secretariat's feed all of them", async () => {
    const m = await scheduledMeeting('2027-07-01T03:00:00.000Z');
    const uidsOf = async (token: string) => {
      const { url } = await ok(CREATE_FEED, { i: {} }, token);
      return parseIcs(await (await fetch(url)).text()).events.map((e) => e.uid);
    };
    expect(await uidsOf(th)).not.toContain(`bcn-pairing-${m.id}@bcn-hub`);
    expect(await uidsOf(jp)).toContain(`bcn-pairing-${m.id}@bcn-hub`);
    expect(await uidsOf(sec)).toContain(`bcn-pairing-${m.id}@bcn-hub`);
  });

  it('is managed by signed-in people only, not by API tokens', async () => {
    const token = await buildApiToken(app, { code: 'NP', scopes: ['READ', 'WRITE'] as never });
    expect(codeOf(await app.gql(CREATE_FEED, { i: {} }, token.token))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(FEEDS, {}, token.token))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(FEEDS, {}))).toBe('UNAUTHENTICATED');
  });
});
