import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, eventsOf, pairingSides } from '../helpers/factories/pairings.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let app: TestApp;
let np: string, jp: string, sec: string;
let npId: string, jpId: string;
beforeAll(async () => {
  app = await startTestApp();
  ({ np, jp, sec, npId, jpId } = await pairingSides(app));
});
afterAll(() => app.stop());

const F = 'id kind title dueDate status version ownerOrganization { acronym } pairing { id } thread { id title followUp { id } }';
const CREATE = `mutation($p:ID!,$i:CreateFollowUpInput!){ createFollowUpActivity(pairingId:$p, input:$i){ ${F} } }`;
const UPDATE = `mutation($id:ID!,$v:Int!,$i:UpdateFollowUpInput!){ updateFollowUpActivity(id:$id, version:$v, input:$i){ ${F} } }`;
const input = (owner: string, over: Record<string, unknown> = {}) => ({ kind: 'JOINT_PROGRAM', title: 'Joint lean training for SMEs', ownerOrganizationId: owner, dueDate: '2027-06-30', ...over });

describe('follow-up activities', () => {
  it('are agreed after the meeting, each with its own discussion thread', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.MEETING_HELD });
    const r = await app.gql(CREATE, { p: pairing.id, i: input(jpId) }, np);
    expect(r.errors).toBeUndefined();
    const f = r.data.createFollowUpActivity;
    expect(f).toMatchObject({ kind: 'JOINT_PROGRAM', status: 'PROPOSED', version: 1, dueDate: '2027-06-30', ownerOrganization: { acronym: 'JPC' }, pairing: { id: pairing.id } });
    expect(f.thread).toMatchObject({ title: 'Joint lean training for SMEs', followUp: { id: f.id } });
    const msg = await app.gql(`mutation($t:ID!){ postMessage(threadId:$t, body:"Draft outline attached"){ id } }`, { t: f.thread.id }, jp);
    expect(msg.errors).toBeUndefined();
    const listed = await app.gql(`query($id:ID!){ pairing(id:$id){ followUps { id } threads { totalCount } } }`, { id: pairing.id }, sec);
    expect(listed.data.pairing).toEqual({ followUps: [{ id: f.id }], threads: { totalCount: 0 } });
    const [e] = await eventsOf(app, f.id);
    expect(e).toMatchObject({ type: 'FOLLOW_UP_CREATED', subject_type: 'FollowUpActivity', payload: { pairingId: pairing.id, followUpId: f.id, status: 'PROPOSED', version: 1 } });
  });

  it('moves PROPOSED → AGREED → IN_PROGRESS → DONE and refuses skipping or reopening', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.FOLLOW_UP });
    let f = (await app.gql(CREATE, { p: pairing.id, i: input(npId, { kind: 'EXPERT_EXCHANGE' }) }, jp)).data.createFollowUpActivity;
    const skip = await app.gql(UPDATE, { id: f.id, v: f.version, i: { status: 'DONE' } }, np);
    expect(skip.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    for (const status of ['AGREED', 'IN_PROGRESS', 'DONE']) {
      const r = await app.gql(UPDATE, { id: f.id, v: f.version, i: { status } }, status === 'DONE' ? sec : np);
      expect(r.errors, status).toBeUndefined();
      f = r.data.updateFollowUpActivity;
      expect(f.status).toBe(status);
    }
    expect((await app.gql(UPDATE, { id: f.id, v: f.version, i: { status: 'DROPPED' } }, np)).errors?.[0].extensions).toMatchObject({ field: 'status' });
    expect((await eventsOf(app, f.id)).map((e) => e.payload.status)).toEqual(['PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE']);
  });

  it('can be dropped, and refuses a stale version', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.FOLLOW_UP });
    const f = (await app.gql(CREATE, { p: pairing.id, i: input(npId) }, jp)).data.createFollowUpActivity;
    const renamed = (await app.gql(UPDATE, { id: f.id, v: 1, i: { title: 'Support program', kind: 'SUPPORT_PROGRAM', ownerOrganizationId: jpId } }, np)).data.updateFollowUpActivity;
    expect(renamed).toMatchObject({ title: 'Support program', kind: 'SUPPORT_PROGRAM', ownerOrganization: { acronym: 'JPC' }, version: 2 });
    expect(codeOf(await app.gql(UPDATE, { id: f.id, v: 1, i: { status: 'DROPPED' } }, np))).toBe('CONFLICT');
    expect((await app.gql(UPDATE, { id: f.id, v: 2, i: { status: 'DROPPED' } }, np)).data.updateFollowUpActivity.status).toBe('DROPPED');
  });

  it('needs an owner of the pair, a valid due date, and a pairing after its meeting', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.MEETING_HELD });
    const th = (await orgOf(app, 'TH')).id;
    expect((await app.gql(CREATE, { p: pairing.id, i: input(th) }, np)).errors?.[0].extensions).toMatchObject({ field: 'ownerOrganizationId' });
    expect((await app.gql(CREATE, { p: pairing.id, i: input(npId, { dueDate: '30/06/2027' }) }, np)).errors?.[0].extensions).toMatchObject({ field: 'dueDate' });
    expect((await app.gql(CREATE, { p: pairing.id, i: input(npId, { title: '' }) }, np)).errors?.[0].extensions).toMatchObject({ field: 'title' });
    const planning = (await buildPairing(app, { status: PairingStatus.PLANNING })).pairing;
    expect((await app.gql(CREATE, { p: planning.id, i: input(npId) }, np)).errors?.[0].extensions).toMatchObject({ field: 'status' });
  });
});

describe('follow-up activities', () => {
  it('is refused to an API token even with write scope, since its thread needs a person', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.MEETING_HELD });
    const token = (await buildApiToken(app, { code: 'NP', scopes: ['READ', 'WRITE'] as never })).token;
    expect(codeOf(await app.gql(CREATE, { p: pairing.id, i: input(npId) }, token))).toBe('FORBIDDEN');
  });
});
