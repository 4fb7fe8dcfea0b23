// Importing APO notifications over the API, and reading them back as different viewers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildDocument, fixtureText, nextProjectCode, withFields } from '../helpers/factories/notifications.js';
import { DEMO_CALL_CODE, seedDemoNotifications } from '../../server/src/db/seed/demo-notifications.js';
import type { EntityManager } from '@mikro-orm/postgresql';

let app: TestApp;
let sec: string;
const FIXTURE_CODE = '25-SN-03-GE-BCN-C';
const SEEDED_RENAMED = '25-SN-03-GE-BCN-Z';

beforeAll(async () => {
  app = await startTestApp();
  sec = await app.login('secretariat@apo.demo');
  // The demo notifications are tested below; they hold the fixture's notification, so move it
  // aside so that the import is a new one.
  await seedDemoNotifications(app.db.orm.em.fork() as EntityManager, app.clock);
  await app.db.orm.em.fork().getConnection().execute(`update project_notification set project_code = ? where project_code = ?`, [SEEDED_RENAMED, FIXTURE_CODE]);
});
afterAll(() => app.stop());

const ALL_FIELDS = `id referenceNo projectCode title issueDate timingStart timingEnd hostingEconomies hostingAllMembers
  venueCities venueAllMembers modality implementingOrganizations participatingEconomies participatingAllMembers
  participantLimits { modality max } virtual: participantLimit(modality: VIRTUAL) f2f: participantLimit(modality: FACE_TO_FACE)
  hybrid: participantLimit(modality: HYBRID) overseasParticipantsText localParticipants localParticipantsText closingDateText remarks
  objectives rationale background topics outcome qualifications signatory signatoryTitle extraFields { label value } status version
  rounds { ordinal closesOn closesAt isOpen } currentRound { ordinal }`;
const IMPORT = `mutation($text: String!, $replace: Boolean) { importProjectNotification(text: $text, replaceDraft: $replace) {
  notification { ${ALL_FIELDS} } warnings { line label message } } }`;
const BY_CODE = `query($code: String) { projectNotification(code: $code) { ${ALL_FIELDS} } }`;
const count = async (sql: string, params: unknown[] = []) =>
  Number((await app.db.orm.em.fork().getConnection().execute(sql, params))[0].n);

/** Every field of the 2025 fixture, as the API returns it after import. */
const FIXTURE_NOTIFICATION = {
    id: expect.any(String),
    referenceNo: '520',
    projectCode: FIXTURE_CODE,
    title: 'Bilateral Cooperation between NPOs (BCN)',
    issueDate: '2025-01-27',
    timingStart: '2025-01-01',
    timingEnd: '2025-12-31',
    hostingEconomies: [],
    hostingAllMembers: true,
    venueCities: [],
    venueAllMembers: true,
    modality: 'HYBRID',
    implementingOrganizations: ['National Productivity Organizations', 'APO Secretariat'],
    participatingEconomies: [],
    participatingAllMembers: true,
    participantLimits: [{ modality: 'VIRTUAL', max: 10 }, { modality: 'FACE_TO_FACE', max: 4 }],
    virtual: 10,
    f2f: 4,
    hybrid: 4,
    overseasParticipantsText: 'Up to 10 for a virtual activity or four for a face-to-face activity',
    localParticipants: null,
    localParticipantsText: 'Not Applicable',
    closingDateText: 'Please refer to the Remarks column',
    remarks: 'First closing date for application: 31 March 2025 Second closing date for application: 30 June 2025',
    objectives: 'Facilitate bilateral meetings between APO members to increase the capacity for formulating strategies and strengthen the development of National Productivity Organizations (NPOs) through the transfer of knowledge and know-how; showcase best practices; and encourage long-term collaborations among NPOs through follow-up activities including joint/support programs.',
    rationale: 'NPOs are the key productivity-promoting institutions in APO members. They must develop and strengthen the capacity to pursue their roles effectively and efficiently. The Bilateral Cooperation between NPOs (BCN) Program functions as a collaborative sharing and learning platform to leverage strengths and build partnerships for mutual benefit among members.',
    background: [
      'By learning from others, different views, perspectives, and experiences can provide innovative, creative insights and ideas on productivity practices and related issues to address current needs and requirements.',
      'The BCN Program provides opportunities for APO members to learn from each other by facilitating exchanges of high-level officials of NPOs and policymakers for mutual learning and sharing of experiences and best practices in areas related to productivity. It functions as a collaborative platform to leverage strengths and build partnerships for mutual benefit. It is expected to stimulate innovative, creative ideas to address current productivity needs and requirements and trigger follow-up collaborations, strengthening the spirit of cooperation among members.',
      'BCN projects may also be proposed proactively by the APO Secretariat to enable broader collaboration and cooperation through centralized coordination and arrangements between sending and hosting NPOs.',
    ],
    topics: 'The BCN Program covers a broad range of topics to cater to the evolving, diverse needs of APO members related to the productivity movement and innovation. The topics may be customized to suit the specific needs and interests of sending NPOs.',
    outcome: 'Enhanced institutional capacity to formulate and/or implement productivity improvement efforts through collaboration among NPOs; and development of learning and collaboration platforms by NPOs.',
    qualifications: 'High-level government officials/policymakers and NPO officials.',
    signatory: 'Dr. Indra Pradana Singawinata',
    signatoryTitle: 'Secretary-General',
    extraFields: [{ label: 'Note', value: 'Please refer to the implementation procedures circulated with this document for further details.' }],
    status: 'DRAFT',
    version: 1,
    rounds: [
      { ordinal: 1, closesOn: '2025-03-31', closesAt: '2025-03-31T14:59:59.999Z', isOpen: false },
      { ordinal: 2, closesOn: '2025-06-30', closesAt: '2025-06-30T14:59:59.999Z', isOpen: false },
    ],
    currentRound: null,
};

describe('importing the APO text format', () => {
  it('turns the 2025 fixture into a DRAFT with every field of the document', async () => {
    const r = await app.gql(IMPORT, { text: fixtureText() }, sec);
    expect(r.errors).toBeUndefined();
    const { notification: n, warnings } = r.data.importProjectNotification;
    expect(warnings).toEqual([]);
    expect(n).toEqual(FIXTURE_NOTIFICATION);
    const stored = await app.gql(BY_CODE, { code: FIXTURE_CODE }, sec);
    expect(stored.data.projectNotification).toEqual(n);
  });

  it('reads "All Member Countries" as every active economy, and named countries as those economies', async () => {
    const ECONOMIES = `query($code: String) { projectNotification(code: $code) { eligibleEconomies { code } eligibleHostEconomies { code } } }`;
    const all = (await app.gql(ECONOMIES, { code: FIXTURE_CODE }, sec)).data.projectNotification;
    const active = (await app.db.orm.em.fork().getConnection().execute('select code from economy where active order by name')).map((e: any) => e.code);
    expect(active).toHaveLength(20);
    expect(all.eligibleEconomies.map((e: any) => e.code)).toEqual(active);
    expect(all.eligibleHostEconomies.map((e: any) => e.code)).toEqual(active);
    const code = nextProjectCode();
    const text = buildDocument(withFields({ 'Project Code': code, 'Hosting Country(ies)': 'Japan and Thailand', 'Participating Country(ies)': 'Nepal, Malaysia' }));
    expect((await app.gql(IMPORT, { text }, sec)).errors).toBeUndefined();
    const named = (await app.gql(ECONOMIES, { code }, sec)).data.projectNotification;
    expect(named).toEqual({ eligibleEconomies: [{ code: 'NP' }, { code: 'MY' }], eligibleHostEconomies: [{ code: 'JP' }, { code: 'TH' }] });
  });

  it('refuses to import a code that exists, unless replacing a draft', async () => {
    const code = nextProjectCode();
    const first = await app.gql(IMPORT, { text: buildDocument(withFields({ 'Project Code': code })) }, sec);
    const { id } = first.data.importProjectNotification.notification;
    const again = await app.gql(IMPORT, { text: buildDocument(withFields({ 'Project Code': code, Title: 'Second try' })) }, sec);
    expect(codeOf(again)).toBe('CONFLICT');
    const replaced = await app.gql(IMPORT, { text: buildDocument(withFields({ 'Project Code': code, Title: 'Second try', 'Reference No.': null, Remarks: 'First closing date: 1 April 2030' })), replace: true }, sec);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.importProjectNotification.notification).toMatchObject({
      id, title: 'Second try', referenceNo: null, version: 2, rounds: [{ ordinal: 1, closesOn: '2030-04-01' }],
    });
    const closed = await app.gql(IMPORT, { text: buildDocument(withFields({ 'Project Code': SEEDED_RENAMED })), replace: true }, sec);
    expect(codeOf(closed)).toBe('CONFLICT');
  });

  it('reports unknown labels and keeps them', async () => {
    const text = buildDocument([...withFields({ 'Project Code': nextProjectCode() }), ['Contact Person', 'Ms. Tanaka']]);
    const r = await app.gql(IMPORT, { text }, sec);
    expect(r.data.importProjectNotification.warnings).toEqual([{ line: 19, label: 'Contact Person', message: expect.stringContaining('extraFields') }]);
    expect(r.data.importProjectNotification.notification.extraFields).toContainEqual({ label: 'Contact Person', value: 'Ms. Tanaka' });
  });
});

describe('importing the APO text format', () => {
  it('creates nothing from a bad document and names the field and line', async () => {
    const before = await count('select count(*) as n from project_notification');
    const events = await count('select count(*) as n from activity_event');
    const r = await app.gql(IMPORT, { text: buildDocument(withFields({ 'Project Code': nextProjectCode(), 'Date of Issue': 'someday' })) }, sec);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions).toMatchObject({ field: 'issueDate', line: 4 });
    expect(await count('select count(*) as n from project_notification')).toBe(before);
    expect(await count('select count(*) as n from activity_event')).toBe(events);
  });

  it('lets neither anonymous visitors nor NPO users import', async () => {
    const text = buildDocument(withFields({ 'Project Code': nextProjectCode() }));
    expect(codeOf(await app.gql(IMPORT, { text }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(IMPORT, { text }, await app.login('jp@npo.demo')))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(IMPORT, { text }, await app.login('np-member@npo.demo')))).toBe('FORBIDDEN');
  });
});

describe('the demo notifications', () => {
  it('hold the 2025 call as CLOSED and a PUBLISHED call for the following year with two open rounds ahead', async () => {
    const r = await app.gql(`{ projectNotifications(first: 100) { edges { node { projectCode status rounds { closesOn } currentRound { ordinal } } } } }`);
    const byCode = new Map(r.data.projectNotifications.edges.map((e: any) => [e.node.projectCode, e.node]));
    expect(byCode.get(SEEDED_RENAMED)).toMatchObject({ status: 'CLOSED', rounds: [{ closesOn: '2025-03-31' }, { closesOn: '2025-06-30' }], currentRound: null });
    const demo = byCode.get('26-SN-03-GE-BCN-C') as any;
    expect(demo.status).toBe('PUBLISHED');
    expect(demo.rounds).toHaveLength(2);
    const days = demo.rounds.map((x: any) => (Date.parse(x.closesOn) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000);
    // Seeded today (Tokyo date, so 29–30 and 119–120 days ahead of the UTC date).
    expect(days[0]).toBeGreaterThanOrEqual(29);
    expect(days[0]).toBeLessThanOrEqual(31);
    expect(days[1] - days[0]).toBe(90);
  });

  it('seeds once: running the seeder again adds nothing', async () => {
    const before = await count('select count(*) as n from project_notification');
    const events = await count('select count(*) as n from activity_event');
    await seedDemoNotifications(app.db.orm.em.fork() as EntityManager, app.clock);
    expect(await count('select count(*) as n from project_notification')).toBe(before);
    expect(await count('select count(*) as n from activity_event')).toBe(events);
    expect(await count('select count(*) as n from project_notification where project_code = ?', [DEMO_CALL_CODE])).toBe(1);
  });
});
