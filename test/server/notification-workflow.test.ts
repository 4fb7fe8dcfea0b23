// The life of a notification over the API: who may see and change it, its status steps, the
// events each change writes, versions, and round closing by the (test-controlled) clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { NotificationStatus } from '../../server/src/modules/notification/notification.enums.js';
import { findNotificationForViewer } from '../../server/src/modules/notification/notification.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';

let app: TestApp;
let sec: string;
let npo: string;
beforeAll(async () => {
  app = await startTestApp();
  sec = await app.login('secretariat@apo.demo');
  npo = await app.login('th@npo.demo');
});
afterAll(() => app.stop());

const FIELDS = `id projectCode title status version rounds { ordinal closesOn closesAt isOpen } currentRound { ordinal }`;
const BY_ID = `query($id: ID) { projectNotification(id: $id) { ${FIELDS} } }`;
const LIST = `query($status: NotificationStatus, $search: String, $first: Int, $after: String) {
  projectNotifications(status: $status, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { projectCode status } } } }`;
const CREATE = `mutation($input: CreateProjectNotificationInput!) { createProjectNotification(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateProjectNotificationInput!) { updateProjectNotification(id: $id, version: $version, input: $input) { ${FIELDS} remarks } }`;
const step = (name: string) => `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { ${FIELDS} } }`;
const PUBLISH = step('publishProjectNotification');
const CLOSE = step('closeProjectNotification');
const ARCHIVE = step('archiveProjectNotification');

const sql = async (query: string, params: unknown[] = []) => app.db.orm.em.fork().getConnection().execute(query, params);
const eventsOf = (id: string) =>
  sql(`select type, payload, audience_public, audience_org_ids, actor_id, xmin::text as xid from activity_event where subject_id = ? order by id`, [id]);
const rowXid = async (id: string) => (await sql(`select xmin::text as xid from project_notification where id = ?`, [id]))[0].xid;
let codeSeq = 0;
const newCode = () => `9${codeSeq % 10}-WF-${String(10 + ++codeSeq).slice(-2)}-GE-BCN-C`;

describe('who may see notifications', () => {
  it('shows drafts to the Secretariat only; anonymous and NPO users get NOT_FOUND', async () => {
    const draft = await buildNotification(app, { status: NotificationStatus.DRAFT });
    expect((await app.gql(BY_ID, { id: draft.id }, sec)).data.projectNotification.status).toBe('DRAFT');
    expect(codeOf(await app.gql(BY_ID, { id: draft.id }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(BY_ID, { id: draft.id }, npo))).toBe('NOT_FOUND');
    const byCode = `query($c: String) { projectNotification(code: $c) { id } }`;
    expect(codeOf(await app.gql(byCode, { c: draft.projectCode }, npo))).toBe('NOT_FOUND');
  });

  it('lists only published and closed ones to anonymous and NPO users, even when they ask for drafts', async () => {
    const title = 'Visibility check call';
    const made = await Promise.all(
      [NotificationStatus.DRAFT, NotificationStatus.PUBLISHED, NotificationStatus.CLOSED, NotificationStatus.ARCHIVED].map((status) => buildNotification(app, { status, title })),
    );
    const seen = async (token?: string, status?: string) =>
      (await app.gql(LIST, { search: 'visibility check', status }, token)).data.projectNotifications.edges.map((e: any) => e.node.status).sort();
    expect(await seen()).toEqual(['CLOSED', 'PUBLISHED']);
    expect(await seen(npo)).toEqual(['CLOSED', 'PUBLISHED']);
    expect(await seen(npo, 'DRAFT')).toEqual([]);
    expect(await seen(undefined, 'ARCHIVED')).toEqual([]);
    expect(await seen(sec)).toEqual(['ARCHIVED', 'CLOSED', 'DRAFT', 'PUBLISHED']);
    expect(await seen(sec, 'DRAFT')).toEqual(['DRAFT']);
    const em = app.db.orm.em.fork() as EntityManager;
    expect(await findNotificationForViewer(em, null, made[0].id)).toBeNull();
    expect((await findNotificationForViewer(em, null, made[1].id))?.id).toBe(made[1].id);
    expect(await findNotificationForViewer(em, null, 'not-a-uuid')).toBeNull();
  });

  it('searches code and title, and pages through results', async () => {
    for (let i = 0; i < 3; i++) await buildNotification(app, { status: NotificationStatus.PUBLISHED, title: `Paging call ${i}` });
    const first = await app.gql(LIST, { search: 'paging call', first: 2 });
    expect(first.data.projectNotifications).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = await app.gql(LIST, { search: 'paging call', first: 2, after: first.data.projectNotifications.pageInfo.endCursor });
    expect(rest.data.projectNotifications.edges).toHaveLength(1);
    const codes = [...first.data.projectNotifications.edges, ...rest.data.projectNotifications.edges].map((e: any) => e.node.projectCode);
    expect(new Set(codes).size).toBe(3);
    const byCode = await app.gql(LIST, { search: codes[0].slice(0, 9).toLowerCase() });
    expect(byCode.data.projectNotifications.edges.map((e: any) => e.node.projectCode)).toContain(codes[0]);
    expect((await app.gql(LIST, { search: '%' })).data.projectNotifications.edges).toEqual([]);
  });
});

describe('who may change notifications', () => {
  it('refuses every write to anonymous and NPO users and changes nothing', async () => {
    const n = await buildNotification(app, { status: NotificationStatus.DRAFT });
    const writes: Array<[string, Record<string, unknown>]> = [
      [CREATE, { input: { projectCode: newCode(), title: 'Not allowed' } }],
      [UPDATE, { id: n.id, version: 1, input: { title: 'Not allowed' } }],
      [PUBLISH, { id: n.id, version: 1 }],
      [CLOSE, { id: n.id, version: 1 }],
      [ARCHIVE, { id: n.id, version: 1 }],
    ];
    const member = await app.login('th-member@npo.demo');
    for (const [query, vars] of writes) {
      expect(codeOf(await app.gql(query, vars))).toBe('UNAUTHENTICATED');
      expect(codeOf(await app.gql(query, vars, npo))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(query, vars, member))).toBe('FORBIDDEN');
    }
    expect((await app.gql(BY_ID, { id: n.id }, sec)).data.projectNotification).toMatchObject({ title: 'A test call', status: 'DRAFT', version: 1 });
    expect(await eventsOf(n.id)).toEqual([]);
  });
});

describe('who may change notifications', () => {
  it('lets the Secretariat create, edit, publish, close and archive, each change with its event in the same transaction', async () => {
    const created = await app.gql(CREATE, { input: { projectCode: newCode(), title: 'Full cycle', roundClosingDates: ['2030-03-31'], participantLimits: [{ modality: 'VIRTUAL', max: 8 }] } }, sec);
    expect(created.errors).toBeUndefined();
    let n = created.data.createProjectNotification;
    expect(n).toMatchObject({ status: 'DRAFT', version: 1, rounds: [{ ordinal: 1, closesOn: '2030-03-31' }] });
    const steps: Array<[string, Record<string, unknown>, string, string]> = [
      [UPDATE, { input: { remarks: 'Edited', roundClosingDates: ['2030-03-31', '2030-06-30'] } }, 'updateProjectNotification', 'NOTIFICATION_UPDATED'],
      [PUBLISH, {}, 'publishProjectNotification', 'NOTIFICATION_PUBLISHED'],
      [CLOSE, {}, 'closeProjectNotification', 'NOTIFICATION_CLOSED'],
      [ARCHIVE, {}, 'archiveProjectNotification', 'NOTIFICATION_ARCHIVED'],
    ];
    for (const [query, vars, field, type] of steps) {
      const r = await app.gql(query, { id: n.id, version: n.version, ...vars }, sec);
      expect(r.errors).toBeUndefined();
      expect(r.data[field].version).toBe(n.version + 1);
      n = r.data[field];
      const last: any = (await eventsOf(n.id)).at(-1);
      expect(last).toMatchObject({ type, payload: { notificationId: n.id, status: n.status, version: n.version }, audience_org_ids: [] });
      expect(last.actor_id).toEqual(expect.any(String));
      expect(last.xid).toBe(await rowXid(n.id));
    }
    expect(n.rounds.map((r: any) => r.closesOn)).toEqual(['2030-03-31', '2030-06-30']);
    const events = await eventsOf(n.id);
    expect(events.map((e: any) => [e.type, e.audience_public])).toEqual([
      ['NOTIFICATION_CREATED', false],
      ['NOTIFICATION_UPDATED', false],
      ['NOTIFICATION_PUBLISHED', true],
      ['NOTIFICATION_CLOSED', true],
      ['NOTIFICATION_ARCHIVED', false],
    ]);
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
    const n = await buildNotification(app, { status: NotificationStatus.DRAFT });
    const first = await app.gql(UPDATE, { id: n.id, version: 1, input: { remarks: 'first edit' } }, sec);
    expect(first.data.updateProjectNotification.version).toBe(2);
    const stale = await app.gql(UPDATE, { id: n.id, version: 1, input: { remarks: 'stale edit' } }, sec);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(codeOf(await app.gql(PUBLISH, { id: n.id, version: 1 }, sec))).toBe('CONFLICT');
    const now = await app.gql(`query($id: ID) { projectNotification(id: $id) { remarks version status } }`, { id: n.id }, sec);
    expect(now.data.projectNotification).toEqual({ remarks: 'first edit', version: 2, status: 'DRAFT' });
    expect((await eventsOf(n.id)).map((e: any) => e.type)).toEqual(['NOTIFICATION_UPDATED']);
  });
});

describe('who may change notifications', () => {
  it('lets only one of two simultaneous edits of the same version through', async () => {
    const n = await buildNotification(app, { status: NotificationStatus.DRAFT });
    const results = await Promise.all(['left', 'right'].map((remarks) => app.gql(UPDATE, { id: n.id, version: 1, input: { remarks } }, sec)));
    const codes = results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data.updateProjectNotification;
    const now = await app.gql(`query($id: ID) { projectNotification(id: $id) { remarks version } }`, { id: n.id }, sec);
    expect(now.data.projectNotification).toEqual({ remarks: winner.remarks, version: 2 });
    expect((await eventsOf(n.id)).map((e: any) => e.payload.version)).toEqual([2]);
  });

  it('guards the status steps with clear errors and writes no event for a refused step', async () => {
    const draft = await buildNotification(app, { status: NotificationStatus.DRAFT });
    const closeDraft = await app.gql(CLOSE, { id: draft.id, version: 1 }, sec);
    expect(codeOf(closeDraft)).toBe('BAD_USER_INPUT');
    expect(closeDraft.errors![0].message).toMatch(/DRAFT notification cannot become CLOSED; only a PUBLISHED one can/);
    expect(codeOf(await app.gql(ARCHIVE, { id: draft.id, version: 1 }, sec))).toBe('BAD_USER_INPUT');
    const published = await buildNotification(app, { status: NotificationStatus.PUBLISHED });
    expect(codeOf(await app.gql(PUBLISH, { id: published.id, version: 1 }, sec))).toBe('BAD_USER_INPUT');
    const archived = await buildNotification(app, { status: NotificationStatus.ARCHIVED });
    const edit = await app.gql(UPDATE, { id: archived.id, version: 1, input: { title: 'Too late' } }, sec);
    expect(edit.errors![0]).toMatchObject({ message: expect.stringMatching(/can no longer be edited/), extensions: { code: 'BAD_USER_INPUT' } });
    expect(codeOf(await app.gql(UPDATE, { id: published.id, version: 1, input: { roundClosingDates: ['2031-01-01'] } }, sec))).toBe('BAD_USER_INPUT');
    for (const n of [draft, published, archived]) expect(await eventsOf(n.id)).toEqual([]);
  });

  it('publishes only with at least one round', async () => {
    const n = await buildNotification(app, { status: NotificationStatus.DRAFT, rounds: [] });
    const r = await app.gql(PUBLISH, { id: n.id, version: 1 }, sec);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rounds' });
    expect((await app.gql(BY_ID, { id: n.id }, sec)).data.projectNotification.status).toBe('DRAFT');
  });

  it('validates input fields and names the field', async () => {
    const bad = async (input: Record<string, unknown>) => (await app.gql(CREATE, { input: { projectCode: newCode(), title: 'Valid', ...input } }, sec)).errors![0].extensions;
    expect(await bad({ projectCode: 'nope' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectCode' });
    expect(await bad({ title: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await bad({ issueDate: '2025-02-30' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issueDate' });
    expect(await bad({ roundClosingDates: ['2030-06-30', '2030-03-31'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roundClosingDates' });
    expect(await bad({ hostingEconomies: ['JP', 'XX'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hostingEconomies' });
    await buildNotification(app, { projectCode: '26-SN-03-GE-BCN-C' });
    expect(await bad({ projectCode: '26-SN-03-GE-BCN-C' })).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('application rounds', () => {
  it('close at the end of their day in Asia/Tokyo, by the clock', async () => {
    const n = await buildNotification(app, { status: NotificationStatus.PUBLISHED, rounds: ['2025-03-31', '2025-06-30'] });
    const at = async (iso: string) => {
      app.clock.set(iso);
      const r = (await app.gql(BY_ID, { id: n.id })).data.projectNotification;
      return { current: r.currentRound?.ordinal ?? null, open: r.rounds.map((x: any) => x.isOpen) };
    };
    try {
      expect(await at('2025-03-31T14:59:59.999Z')).toEqual({ current: 1, open: [true, false] }); // 23:59:59.999 in Tokyo
      expect(await at('2025-03-31T15:00:00.000Z')).toEqual({ current: 2, open: [false, true] }); // midnight in Tokyo
      expect(await at('2025-06-30T14:59:59.999Z')).toEqual({ current: 2, open: [false, true] });
      expect(await at('2025-06-30T15:00:00.000Z')).toEqual({ current: null, open: [false, false] });
    } finally {
      app.clock.set(new Date());
    }
  });

  it('are never open while the notification is not PUBLISHED', async () => {
    const n = await buildNotification(app, { status: NotificationStatus.DRAFT, rounds: ['2030-03-31'] });
    app.clock.set('2029-01-01T00:00:00Z');
    try {
      // Signed in at the clock's time, so that the session is valid then.
      const r = (await app.gql(BY_ID, { id: n.id }, await app.login('secretariat@apo.demo'))).data.projectNotification;
      expect(r.currentRound).toBeNull();
      expect(r.rounds[0]).toMatchObject({ closesAt: '2030-03-31T14:59:59.999Z', isOpen: false });
    } finally {
      app.clock.set(new Date());
    }
  });
});
