import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startDemoApp, type TestApp } from '../helpers/app.js';
import { seedDemoPairings } from '../../server/src/db/seed/demo-pairings.js';

let app: TestApp;
let sec: string;
beforeAll(async () => {
  ({ app, sec } = await startDemoApp()); // the demo data is what this file tests
});
afterAll(() => app.stop());

const PAIRINGS = `{ pairings(first: 10) { totalCount edges { node {
  id status statusReason sendingOrganization { acronym } hostOrganization { acronym }
  meetingPlan { modality startsAt agenda { topic } delegates { name } }
  threads(first: 1) { edges { node { title messages(first: 5) { totalCount edges { node { body author { email } } } } } } }
  followUps { title status thread { messages(first: 1) { totalCount } } }
} } } }`;

const OUTCOMES = `{ pairings(first: 10) { edges { node { sendingOrganization { acronym }
  meetingRecord { modality heldFrom heldTo confirmedRevision confirmedBySending confirmedByHost keyLearnings
    participants { qualification } sessions { title } followUps { title status } }
  completionReport { status overdue decidedBy { email } revisions { number outcomes } }
} } } }`;

const bySender = (nodes: any[], acronym: string) => nodes.filter((n) => n.sendingOrganization.acronym === acronym);

describe('demo pairings', () => {
  it('seeds pairings in different states for the APPROVED demo proposals', async () => {
    const r = await app.gql(PAIRINGS, {}, sec);
    expect(r.errors).toBeUndefined();
    const nodes = r.data.pairings.edges.map((e: any) => e.node);

    const [np] = bySender(nodes, 'NPEDC');
    expect(np).toMatchObject({ status: 'FOLLOW_UP', hostOrganization: { acronym: 'JPC' }, meetingPlan: { modality: 'FACE_TO_FACE' } });
    expect(np.meetingPlan.agenda).toHaveLength(3);
    expect(np.meetingPlan.delegates).toHaveLength(3);
    const thread = np.threads.edges[0].node;
    expect(thread.title).toBe('Agenda and delegates');
    expect(new Set(thread.messages.edges.map((e: any) => e.node.author.email))).toEqual(new Set(['np@npo.demo', 'jp@npo.demo']));
    expect(np.followUps).toEqual([{ title: 'Joint productivity training for SME managers', status: 'PROPOSED', thread: { messages: { totalCount: 1 } } }]);

    const la = bySender(nodes, 'LNPO');
    expect(la.map((p: any) => p.status).sort()).toEqual(['HOST_DECLINED', 'PLANNING']);
    expect(la.find((p: any) => p.status === 'HOST_DECLINED')).toMatchObject({ hostOrganization: { acronym: 'FTPI' } });
    // README's tour says so: LA→TH declined, LA→JP in planning.
    expect(la.find((p: any) => p.status === 'PLANNING')).toMatchObject({ hostOrganization: { acronym: 'JPC' } });
    expect(la.find((p: any) => p.status === 'PLANNING').threads.edges[0].node.messages.totalCount).toBe(3);

    expect(bySender(nodes, 'MPO')).toMatchObject([{ status: 'HOST_INVITED', hostOrganization: { acronym: 'KPC' }, meetingPlan: null }]);
    expect(bySender(nodes, 'DAP')).toMatchObject([{ status: 'COMPLETED', hostOrganization: { acronym: 'EnterpriseSG' } }]);
  });

  it('records an event for every step and is idempotent', async () => {
    const conn = app.db.orm.em.fork().getConnection();
    const count = async () => (await conn.execute(`select count(*)::int as n from activity_event where payload ? 'pairingId'`))[0].n;
    const before = await count();
    expect(before).toBeGreaterThan(15);
    await seedDemoPairings(app.db.orm.em.fork() as EntityManager, app.clock);
    expect(await count()).toBe(before);
  });
});

describe('the completed demo pairing', () => {
  it('completes PH→SG with a confirmed record, an accepted report in two revisions and a public showcase entry', async () => {
    const r = await app.gql(OUTCOMES, {}, sec);
    expect(r.errors).toBeUndefined();
    const [p] = bySender(r.data.pairings.edges.map((e: any) => e.node), 'DAP');
    expect(p.meetingRecord).toMatchObject({ modality: 'FACE_TO_FACE', confirmedRevision: 1, confirmedBySending: true, confirmedByHost: true });
    expect(p.meetingRecord.heldFrom).toBe(p.meetingRecord.heldTo); // a four-hour meeting, one day
    expect(p.meetingRecord.participants.map((x: any) => x.qualification)).toEqual(['HIGH_LEVEL_OFFICIAL', 'POLICYMAKER', 'NPO_OFFICIAL', 'NPO_OFFICIAL']);
    expect(p.meetingRecord.sessions).toHaveLength(2);
    expect(p.meetingRecord.keyLearnings).toContain('huddle');
    expect(p.meetingRecord.followUps).toEqual([{ title: 'Enterprise Singapore coaches at two pilot hospitals in Manila', status: 'AGREED' }]);

    const report = p.completionReport;
    expect(report).toMatchObject({ status: 'ACCEPTED', overdue: false, decidedBy: { email: 'secretariat@apo.demo' } });
    expect(report.revisions.map((x: any) => x.number).sort()).toEqual([1, 2]);
    const [first, second] = [...report.revisions].sort((a: any, b: any) => a.number - b.number);
    expect(second.outcomes).not.toBe(first.outcomes); // the revision diff has something to show
    expect(second.outcomes).toContain('30%');

    const anonymous = await app.gql(`{ showcase(first: 10) { edges { node { title whatWorked public sendingOrganization { acronym } hostOrganization { acronym } } } } }`);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.showcase.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ title: 'Lean management in public hospitals', public: true, sendingOrganization: { acronym: 'DAP' }, hostOrganization: { acronym: 'EnterpriseSG' } }),
    ]);
  });
});
