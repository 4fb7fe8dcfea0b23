// Who sees which proposal: the Secretariat all; an NPO its own, and another NPO's only once it
// is the host of a pairing of it. An unseen proposal is NOT_FOUND everywhere, as if it did
// not exist: single reads, lists and their counts, filters, nested fields and mutations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal, Q } from '../helpers/factories/proposals.js';
import type { ProjectNotification } from '../../server/src/modules/notification/notification.entity.js';
import { ProposalStatus } from '../../server/src/modules/proposal/proposal.enums.js';
import type { Proposal } from '../../server/src/modules/proposal/proposal.entity.js';
import { proposalAudience } from '../../server/src/modules/proposal/proposal.service.js';

let app: TestApp;
let call: ProjectNotification;
let npToken: string;
let jpToken: string;
let sec: string;
let jpDraft: Proposal;
const MISSING = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set('2025-03-01T00:00:00Z');
  call = await buildNotification(app);
  [npToken, jpToken, sec] = await Promise.all([app.login('np@npo.demo'), app.login('jp@npo.demo'), app.login('secretariat@apo.demo')]);
  // Japan's proposal names Nepal as its first preferred host; Nepal is not invited (yet).
  jpDraft = await buildProposal(app, { notification: call, sending: 'JP', hosts: ['NP'], topic: 'Secret Japanese topic' });
});
afterAll(() => app.stop());

const listIds = async (token: string, filter: Record<string, unknown> = {}) => {
  const r = await app.gql(Q.list, { filter: { notification: call.id, ...filter }, first: 100 }, token);
  expect(r.errors).toBeUndefined();
  return { ids: r.data.proposals.edges.map((e: { node: { id: string } }) => e.node.id) as string[], total: r.data.proposals.totalCount as number };
};

describe('proposal visibility', () => {
  it("keeps NPO B's proposal from NPO A: reading it is NOT_FOUND exactly like an id that does not exist", async () => {
    const hidden = await app.gql(Q.get, { id: jpDraft.id }, npToken);
    const missing = await app.gql(Q.get, { id: MISSING }, npToken);
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(hidden.data).toEqual(missing.data);
  });

  it('leaves it out of every list, count and filter', async () => {
    const jp = (await orgOf(app, 'JP')).id;
    expect(await listIds(npToken)).toEqual({ ids: [], total: 0 });
    expect(await listIds(npToken, { sendingOrganization: jp })).toEqual({ ids: [], total: 0 });
    expect(await listIds(npToken, { economy: 'JP', status: 'DRAFT' })).toEqual({ ids: [], total: 0 });
    expect((await listIds(jpToken)).ids).toEqual([jpDraft.id]);
    expect((await listIds(sec, { economy: 'jp' })).ids).toEqual([jpDraft.id]);
  });

  it('answers NOT_FOUND to every proposer mutation on it, and changes nothing', async () => {
    const v = { id: jpDraft.id, v: 1 };
    for (const [doc, vars] of [
      [Q.update, { ...v, input: { topic: 'Hijacked' } }],
      [Q.submit, v],
      [Q.withdraw, { ...v, r: 'x' }],
    ] as const) {
      const hidden = await app.gql(doc, vars, npToken);
      const missing = await app.gql(doc, { ...vars, id: MISSING }, npToken);
      expect(codeOf(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors?.[0].message).toBe(missing.errors?.[0].message);
    }
    // Review steps are the Secretariat's: FORBIDDEN whatever the id, so existence does not show either.
    const review = await app.gql(Q.approve, v, npToken);
    const reviewMissing = await app.gql(Q.approve, { ...v, id: MISSING }, npToken);
    expect(codeOf(review)).toBe('FORBIDDEN');
    expect(review.errors?.[0].message).toBe(reviewMissing.errors?.[0].message);
    expect((await app.gql(Q.get, { id: jpDraft.id }, jpToken)).data.proposal).toMatchObject({ topic: 'Secret Japanese topic', version: 1, status: 'DRAFT' });
  });

  it('records its events for its own parties only', async () => {
    const jp = (await orgOf(app, 'JP')).id;
    const p = await buildProposal(app, { notification: call, sending: 'JP', status: ProposalStatus.SUBMITTED });
    const r = await app.gql(Q.startReview, { id: p.id, v: 1 }, sec);
    expect(r.errors).toBeUndefined();
    const conn = app.db.orm.em.fork().getConnection();
    const [event] = await conn.execute(`select audience_org_ids, audience_public from activity_event where subject_id = ?`, [p.id]);
    expect(event).toEqual({ audience_org_ids: [jp], audience_public: false });
  });
});

describe('proposal visibility', () => {
  it('does not let API tokens see more than their organization', async () => {
    const created = await app.gql(`mutation { createApiToken(input: { name: "reporting" }) { token } }`, {}, npToken);
    const token = created.data?.createApiToken?.token as string;
    expect(token).toBeTruthy();
    expect(codeOf(await app.gql(Q.get, { id: jpDraft.id }, token))).toBe('NOT_FOUND');
    expect((await listIds(token)).total).toBe(0);
  });

  it('refuses anonymous readers', async () => {
    expect(codeOf(await app.gql(Q.list, {}, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(Q.get, { id: jpDraft.id }, null))).toBe('UNAUTHENTICATED');
  });
});

describe('a host invited through a pairing', () => {
  it('sees the proposal in reads and lists, with its revisions, but cannot change it; other users stay hidden', async () => {
    const p = await buildProposal(app, { notification: call, sending: 'JP', hosts: ['TH', 'NP'], topic: 'Paired topic', status: ProposalStatus.APPROVED });
    const th = await app.login('th@npo.demo');
    expect(codeOf(await app.gql(Q.get, { id: p.id }, th))).toBe('NOT_FOUND');
    await buildPairing(app, { proposal: p, host: 'TH' });

    const READ = `query($id:ID!){ proposal(id:$id){ id topic proposedBy { email } revisions { number } preferredHosts { rank organization { acronym } } } }`;
    const read = await app.gql(READ, { id: p.id }, th);
    expect(read.errors).toBeUndefined();
    expect(read.data.proposal).toMatchObject({ id: p.id, topic: 'Paired topic', proposedBy: null, revisions: [] });
    expect(read.data.proposal.preferredHosts.map((h: { rank: number }) => h.rank)).toEqual([1, 2]);
    expect((await listIds(th)).ids).toEqual([p.id]);
    expect(codeOf(await app.gql(Q.withdraw, { id: p.id, v: p.version, r: 'mine now' }, th))).toBe('FORBIDDEN');
    // Named as preferred host but not invited: still nothing.
    expect(codeOf(await app.gql(Q.get, { id: p.id }, npToken))).toBe('NOT_FOUND');
    expect((await app.gql(READ, { id: p.id }, jpToken)).data.proposal.proposedBy.email).toBe('jp@npo.demo');
  });

  it('is in the audience of the proposal events from then on', async () => {
    const p = await buildProposal(app, { notification: call, sending: 'JP', status: ProposalStatus.SUBMITTED });
    await buildPairing(app, { proposal: p, host: 'KR' });
    const [jp, kr] = [(await orgOf(app, 'JP')).id, (await orgOf(app, 'KR')).id];
    expect((await proposalAudience(app.db.orm.em.fork(), p)).sort()).toEqual([jp, kr].sort());
    expect((await app.gql(Q.startReview, { id: p.id, v: 1 }, sec)).errors).toBeUndefined();
    const [event] = await app.db.orm.em.fork().getConnection().execute(`select audience_org_ids from activity_event where subject_id = ?`, [p.id]);
    expect([...event.audience_org_ids].sort()).toEqual([jp, kr].sort());
  });
});
