// The demo proposals under the demo call: one per state, consistent with the workflow's rules,
// with their history in the activity log, and seeded only once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type TestApp } from '../helpers/app.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../../server/src/clock.js';
import { DEMO_CALL_CODE } from '../../server/src/db/seed/demo-notifications.js';
import { DEMO_PROPOSALS, seedDemoProposals } from '../../server/src/db/seed/demo-proposals.js';

let app: TestApp;
let sec: string;
beforeAll(async () => {
  ({ app, sec } = await startDemoApp()); // the demo data is what this file tests
});
afterAll(() => app.stop());

const DEMO = `query($code:String!){ projectNotification(code:$code){ id participantLimits { modality max } } }`;
const LIST = `query($n:ID!){ proposals(filter:{ notification:$n }, first:50){ totalCount edges { node {
  id status topic modality round { ordinal } economy { code } preferredHosts { rank organization { economy { code } } }
  plannedParticipants { name } revisions { number fields } } } } }`;

type Node = {
  status: string; topic: string; modality: string; round: { ordinal: number } | null; economy: { code: string };
  preferredHosts: Array<{ rank: number; organization: { economy: { code: string } } }>; plannedParticipants: unknown[]; revisions: Array<{ number: number }>;
};

async function demoProposals(): Promise<{ nodes: Node[]; limits: Array<{ modality: string; max: number }> }> {
  const call = (await app.gql(DEMO, { code: DEMO_CALL_CODE }, sec)).data.projectNotification;
  const r = await app.gql(LIST, { n: call.id }, sec);
  expect(r.errors).toBeUndefined();
  return { nodes: r.data.proposals.edges.map((e: { node: Node }) => e.node), limits: call.participantLimits };
}

describe('demo proposals', () => {
  it('puts proposals of different NPOs in every state under the demo call, four of them approved', async () => {
    const { nodes } = await demoProposals();
    expect(nodes).toHaveLength(DEMO_PROPOSALS.length);
    expect(new Set(nodes.map((n) => n.status))).toEqual(new Set(['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN']));
    const approved = nodes.filter((n) => n.status === 'APPROVED').map((n) => `${n.economy.code}→${n.preferredHosts[0].organization.economy.code}`);
    expect(approved.sort()).toEqual(['LA→TH', 'MN→KR', 'NP→JP', 'PH→SG']);
  });

  it('keeps them consistent with the rules: a round and a revision once submitted, within the limits, no self-hosting', async () => {
    const { nodes, limits } = await demoProposals();
    const limit = (m: string) => limits.find((l) => l.modality === m)?.max ?? Math.min(...limits.map((l) => l.max));
    for (const n of nodes) {
      const submitted = n.status !== 'DRAFT';
      expect(n.round?.ordinal ?? null, n.topic).toBe(submitted ? 1 : null);
      expect(n.revisions.map((r) => r.number), n.topic).toEqual(submitted ? [1] : []);
      expect(n.plannedParticipants.length, n.topic).toBeLessThanOrEqual(limit(n.modality));
      expect(n.preferredHosts.map((h) => h.organization.economy.code), n.topic).not.toContain(n.economy.code);
    }
  });

  it('leaves the history of each step in the activity log', async () => {
    const rows: Array<{ type: string; n: number }> = await app.db.orm.em.fork().getConnection().execute(
      `select e.type, count(*)::int as n from activity_event e join proposal p on p.id = e.subject_id
       join project_notification c on c.id = p.notification_id where c.project_code = ? group by e.type`, [DEMO_CALL_CODE]);
    const count = Object.fromEntries(rows.map((r) => [r.type, r.n]));
    expect(count).toMatchObject({
      PROPOSAL_CREATED: 10, PROPOSAL_SUBMITTED: 9, PROPOSAL_REVIEW_STARTED: 7, PROPOSAL_APPROVED: 4, PROPOSAL_CHANGES_REQUESTED: 1, PROPOSAL_REJECTED: 1, PROPOSAL_WITHDRAWN: 1,
    });
  });

  it('seeds nothing twice, and nothing at all without the demo call', async () => {
    const em = app.db.orm.em.fork() as EntityManager;
    const before = await em.getConnection().execute('select count(*)::int as n from proposal');
    await seedDemoProposals(app.db.orm.em.fork() as EntityManager, systemClock);
    await em.getConnection().execute(`update project_notification set project_code = '99-XX-99-GE-BCN-Z' where project_code = ?`, [DEMO_CALL_CODE]);
    await seedDemoProposals(app.db.orm.em.fork() as EntityManager, systemClock);
    const after = await em.getConnection().execute('select count(*)::int as n from proposal');
    expect(after[0].n).toBe(before[0].n);
  });
});
