// Editing proposals: field and preferred-host rules, concurrent edits (one wins, the other
// gets CONFLICT with the current version) and the field-by-field diff of two revisions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { draftInput, participants, Q } from '../helpers/factories/proposals.js';
import type { ProjectNotification } from '../../server/src/modules/notification/notification.entity.js';
import { NotificationStatus } from '../../server/src/modules/notification/notification.enums.js';

let app: TestApp;
let call: ProjectNotification;
let np: string;
let npMember: string;
let sec: string;
beforeAll(async () => {
  app = await startTestApp();
  [np, npMember, sec] = await Promise.all([app.login('np@npo.demo'), app.login('np-member@npo.demo'), app.login('secretariat@apo.demo')]);
});
afterAll(() => app.stop());
const orgIds = (...codes: string[]) => Promise.all(codes.map(async (c) => (await orgOf(app, c)).id));
beforeEach(async () => {
  app.clock.set('2025-03-01T00:00:00Z');
  call = await buildNotification(app);
});

const create = async (over: Record<string, unknown> = {}) => {
  const r = await app.gql(Q.create, { input: draftInput(call.id, over) }, np);
  expect(r.errors).toBeUndefined();
  return r.data.createProposal;
};
const ok = async (doc: string, vars: Record<string, unknown>, token: string) => {
  const r = await app.gql(doc, vars, token);
  expect(r.errors).toBeUndefined();
  return Object.values(r.data)[0] as { id: string; version: number };
};

describe('drafting', () => {
  it('keeps omitted fields, clears the period with null, and moves the version on every edit', async () => {
    const d = await create();
    const e = await ok(Q.update, { id: d.id, v: d.version, input: { topic: '  Lean in hospitals  ', periodStart: null, periodEnd: null } }, npMember);
    expect(e).toMatchObject({ topic: 'Lean in hospitals', objectives: d.objectives, periodStart: null, periodEnd: null, version: d.version + 1 });
    const fresh = (await app.gql(Q.get, { id: d.id }, np)).data.proposal;
    expect(fresh).toMatchObject({ topic: 'Lean in hospitals', periodStart: null, periodEnd: null, version: d.version + 1 });
  });

  it('ranks preferred hosts in the given order and re-ranks them on edit', async () => {
    const [jp, th, kr] = await orgIds('JP', 'TH', 'KR');
    const d = await create({ preferredHostIds: [jp, th] });
    expect(d.preferredHosts.map((h: { rank: number; organization: { id: string } }) => [h.rank, h.organization.id])).toEqual([[1, jp], [2, th]]);
    const e = await ok(Q.update, { id: d.id, v: d.version, input: { preferredHostIds: [th, kr, jp] } }, np);
    expect((e as unknown as { preferredHosts: Array<{ organization: { id: string } }> }).preferredHosts.map((h) => h.organization.id)).toEqual([th, kr, jp]);
    expect(e.version).toBe(d.version + 1);
  });

  it('refuses the sending NPO, duplicates, the Secretariat and unknown ids as preferred hosts', async () => {
    const [np_, jp] = await orgIds('NP', 'JP');
    const cases = [[np_], [jp, jp], [(await orgOf(app, 'APO')).id], ['00000000-0000-4000-8000-000000000000'], ['nope']];
    for (const ids of cases) {
      const r = await app.gql(Q.create, { input: draftInput(call.id, { preferredHostIds: ids }) }, np);
      expect(codeOf(r), JSON.stringify(ids)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.field).toBe('preferredHostIds');
    }
  });

  it('names the field of invalid input', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ topic: '' }, 'topic'],
      [{ topic: '   ' }, 'topic'],
      [{ periodStart: '2025-02-30' }, 'periodStart'],
      [{ periodStart: '2025-09-05', periodEnd: '2025-09-01' }, 'periodEnd'],
      [{ plannedParticipants: [{ name: '', qualification: 'NPO_OFFICIAL' }] }, 'plannedParticipants'],
    ];
    for (const [over, field] of cases) {
      const r = await app.gql(Q.create, { input: draftInput(call.id, over) }, np);
      expect(codeOf(r), JSON.stringify(over)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.field, JSON.stringify(over)).toBe(field);
    }
  });

  it('takes proposals only under a PUBLISHED call, and hides draft calls from NPOs', async () => {
    const closed = await buildNotification(app, { status: NotificationStatus.CLOSED });
    const r = await app.gql(Q.create, { input: draftInput(closed.id) }, np);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notificationId' });
    const draft = await buildNotification(app, { status: NotificationStatus.DRAFT });
    expect(codeOf(await app.gql(Q.create, { input: draftInput(draft.id) }, np))).toBe('NOT_FOUND');
  });
});

describe('drafting', () => {
  it('takes proposals only from NPOs of the participating economies, and hosts only of the hosting ones', async () => {
    const narrow = await buildNotification(app, { participatingEconomies: ['TH', 'LA'] });
    const r = await app.gql(Q.create, { input: draftInput(narrow.id) }, np);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sendingOrganizationId' });
    const hostedInJapan = await buildNotification(app, { hostingEconomies: ['JP'] });
    const th = await app.gql(Q.create, { input: draftInput(hostedInJapan.id, { preferredHostIds: [(await orgOf(app, 'TH')).id] }) }, np);
    expect(th.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'preferredHostIds' });
    const jp = await app.gql(Q.create, { input: draftInput(hostedInJapan.id, { preferredHostIds: [(await orgOf(app, 'JP')).id] }) }, np);
    expect(jp.errors).toBeUndefined();
  });
});

describe('concurrent edits', () => {
  it('gives the second of two editors of the same version CONFLICT with the current version, and keeps the first edit', async () => {
    const d = await create();
    await ok(Q.update, { id: d.id, v: d.version, input: { topic: 'First editor' } }, np);
    const late = await app.gql(Q.update, { id: d.id, v: d.version, input: { topic: 'Second editor', objectives: 'Overwritten?' } }, npMember);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0].extensions?.currentVersion).toBe(d.version + 1);
    const now = (await app.gql(Q.get, { id: d.id }, np)).data.proposal;
    expect(now).toMatchObject({ topic: 'First editor', objectives: d.objectives, version: d.version + 1 });
  });

  it('lets exactly one of two simultaneous edits win', async () => {
    const d = await create();
    const results = await Promise.all(
      ['Edit A', 'Edit B', 'Edit C'].map((topic, i) => app.gql(Q.update, { id: d.id, v: d.version, input: { topic } }, i % 2 ? npMember : np)),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    for (const l of losers) {
      expect(codeOf(l)).toBe('CONFLICT');
      expect(l.errors?.[0].extensions?.currentVersion).toBe(d.version + 1);
    }
    const now = (await app.gql(Q.get, { id: d.id }, np)).data.proposal;
    expect(now).toMatchObject({ topic: winners[0].data.updateProposal.topic, version: d.version + 1 });
    const events = await app.db.orm.em.fork().getConnection().execute(
      `select count(*)::int as n from activity_event where subject_id = ? and type = 'PROPOSAL_UPDATED'`, [d.id]);
    expect(events[0].n).toBe(1);
  });

  it('refuses a stale version on status steps too', async () => {
    const d = await create();
    const s = await ok(Q.submit, { id: d.id, v: d.version }, np);
    const r = await app.gql(Q.startReview, { id: d.id, v: d.version }, sec);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: s.version });
  });
});

describe('revisions', () => {
  it('diffs two submissions field by field, showing only what changed', async () => {
    const [jp, th] = await orgIds('JP', 'TH');
    const d = await create({ preferredHostIds: [jp] });
    const s1 = await ok(Q.submit, { id: d.id, v: d.version }, np);
    const r1 = await ok(Q.startReview, { id: d.id, v: s1.version }, sec);
    const c = await ok(Q.requestChanges, { id: d.id, v: r1.version, c: 'Go face to face, fewer people.' }, sec);
    const e = await ok(Q.update, { id: d.id, v: c.version, input: { modality: 'FACE_TO_FACE', plannedParticipants: participants(1), preferredHostIds: [th, jp] } }, np);
    await ok(Q.submit, { id: d.id, v: e.version }, np);

    const r = await app.gql(`query($id:ID!){ proposal(id:$id){ revisions { number fields } diff(from:1, to:2) { field before after } same: diff(from:2, to:2) { field } } }`, { id: d.id }, sec);
    expect(r.errors).toBeUndefined();
    const { revisions, diff, same } = r.data.proposal;
    expect(revisions.map((x: { number: number }) => x.number)).toEqual([1, 2]);
    expect(revisions[0].fields).toMatchObject({ topic: d.topic, modality: 'VIRTUAL', preferredHostIds: [jp] });
    expect(diff).toEqual([
      { field: 'modality', before: 'VIRTUAL', after: 'FACE_TO_FACE' },
      { field: 'plannedParticipants', before: participants(2).map((p) => ({ ...p })), after: participants(1).map((p) => ({ ...p })) },
      { field: 'preferredHostIds', before: [jp], after: [th, jp] },
    ]);
    expect(same).toEqual([]);
  });

  it('refuses a revision number the proposal does not have', async () => {
    const d = await create();
    await ok(Q.submit, { id: d.id, v: d.version }, np);
    const r = await app.gql(`query($id:ID!){ proposal(id:$id){ diff(from:1, to:3) { field } } }`, { id: d.id }, np);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
