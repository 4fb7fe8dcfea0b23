// The proposal workflow over the API: drafting, submitting in the rounds, the Secretariat's
// review, withdrawal, every illegal step, the events and inbox alerts it leaves.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildNotification, FIXTURE } from '../helpers/factories/notifications.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { draftInput, participants, Q } from '../helpers/factories/proposals.js';
import { demoUser } from '../helpers/factories/users.js';
import type { ProjectNotification } from '../../server/src/modules/notification/notification.entity.js';

let app: TestApp;
let call: ProjectNotification;
let np: string;
let sec: string;
beforeAll(async () => {
  app = await startTestApp();
  np = await app.login('np@npo.demo');
  sec = await app.login('secretariat@apo.demo');
  // Every person of the sending NPO hears of its proposal's steps.
  await demoUser(app, 'np-member@npo.demo');
});
afterAll(() => app.stop());
beforeEach(async () => {
  app.clock.set('2025-03-01T00:00:00Z');
  call = await buildNotification(app);
});

const create = async (token = np, over: Record<string, unknown> = {}) => {
  const r = await app.gql(Q.create, { input: draftInput(call.id, over) }, token);
  expect(r.errors).toBeUndefined();
  return r.data.createProposal as { id: string; version: number; status: string };
};
const step = async (doc: string, vars: Record<string, unknown>, token: string) => {
  const r = await app.gql(doc, vars, token);
  expect(r.errors).toBeUndefined();
  return Object.values(r.data)[0] as { id: string; version: number; status: string; statusReason: string | null };
};
type EventRow = { type: string; actor_id: string | null; audience_org_ids: string[]; payload: Record<string, unknown> };
const events = (proposalId: string): Promise<EventRow[]> =>
  app.db.orm.em.fork().getConnection().execute(
    `select type, actor_id, audience_org_ids, payload from activity_event where subject_type = 'Proposal' and subject_id = ? order by id`,
    [proposalId],
  );

describe('proposal workflow', () => {
  it('walks draft → submitted → under review → changes requested → resubmitted → approved', async () => {
    const jp = (await orgOf(app, 'JP')).id;
    const d = await create(np, { preferredHostIds: [jp] });
    expect(d).toMatchObject({ status: 'DRAFT', version: 1 });

    const s1 = await step(Q.submit, { id: d.id, v: d.version }, np);
    expect(s1).toMatchObject({ status: 'SUBMITTED', round: { ordinal: 1 } });
    const r1 = await step(Q.startReview, { id: s1.id, v: s1.version }, sec);
    expect(r1.status).toBe('UNDER_REVIEW');
    const c = await step(Q.requestChanges, { id: d.id, v: r1.version, c: 'Add a policymaker.' }, sec);
    expect(c).toMatchObject({ status: 'CHANGES_REQUESTED', statusReason: 'Add a policymaker.' });

    const e = await step(Q.update, { id: d.id, v: c.version, input: { plannedParticipants: [...participants(2), { name: 'Ms Policy', title: 'Director', qualification: 'POLICYMAKER' }] } }, np);
    const s2 = await step(Q.submit, { id: d.id, v: e.version }, np);
    expect(s2).toMatchObject({ status: 'SUBMITTED', statusReason: null });
    expect((await app.gql(Q.get, { id: d.id }, np)).data.proposal).toMatchObject({ status: 'SUBMITTED', statusReason: null });
    const r2 = await step(Q.startReview, { id: d.id, v: s2.version }, sec);
    const a = await step(Q.approve, { id: d.id, v: r2.version }, sec);
    expect(a.status).toBe('APPROVED');

    expect((await events(d.id)).map((x) => x.type)).toEqual([
      'PROPOSAL_CREATED', 'PROPOSAL_SUBMITTED', 'PROPOSAL_REVIEW_STARTED', 'PROPOSAL_CHANGES_REQUESTED',
      'PROPOSAL_UPDATED', 'PROPOSAL_SUBMITTED', 'PROPOSAL_REVIEW_STARTED', 'PROPOSAL_APPROVED',
    ]);
    const rev = await app.gql(`query($id:ID!){ proposal(id:$id){ revisions { number author { email } fields } } }`, { id: d.id }, np);
    expect(rev.data.proposal.revisions.map((x: { number: number }) => x.number)).toEqual([1, 2]);
    expect(rev.data.proposal.revisions[0].author.email).toBe('np@npo.demo');
    expect(rev.data.proposal.revisions[1].fields.plannedParticipants).toHaveLength(3);
  });

  it('records each event for the sending NPO with the status and version, and alerts its users on decisions', async () => {
    const d = await create();
    const s = await step(Q.submit, { id: d.id, v: d.version }, np);
    const r = await step(Q.startReview, { id: d.id, v: s.version }, sec);
    const rej = await step(Q.reject, { id: d.id, v: r.version, r: 'Out of scope.' }, sec);
    expect(rej).toMatchObject({ status: 'REJECTED', statusReason: 'Out of scope.' });
    const npOrg = (await orgOf(app, 'NP')).id;
    const rows = await events(d.id);
    for (const row of rows) expect(row.audience_org_ids).toEqual([npOrg]);
    expect(rows.at(-1)?.payload).toMatchObject({ proposalId: d.id, status: 'REJECTED', version: rej.version });
    const inbox: Array<{ email: string; kind: string; summary: string }> = await app.db.orm.em.fork().getConnection().execute(
      `select u.email, i.kind, i.summary from inbox_item i join app_user u on u.id = i.user_id join activity_event e on e.id = i.event_id
       where e.subject_id = ? order by u.email`, [d.id]);
    // The sending NPO hears of the decision; the Secretariat heard of the submission.
    expect(inbox.map((i) => i.email)).toEqual(['np-member@npo.demo', 'np@npo.demo', 'secretariat@apo.demo']);
    expect(inbox[0].summary).toContain('Out of scope.');
    expect(inbox[2].summary).toMatch(/^NPEDC submitted ".*" for review\.$/);
  });
});

describe('proposal workflow', () => {
  it('lets the Secretariat propose on behalf of a sending NPO, which is told and can see and submit it', async () => {
    // Both people of LA hear of it (the two alerts counted below).
    await Promise.all(['la@npo.demo', 'la-member@npo.demo'].map((e) => demoUser(app, e)));
    const input = { sendingOrganizationId: (await orgOf(app, 'LA')).id };
    const p = await create(sec, input);
    expect(p).toMatchObject({ proposedBySecretariat: true, sendingOrganization: { acronym: expect.any(String) }, economy: { code: 'LA' } });
    const la = await app.login('la@npo.demo');
    expect((await app.gql(Q.get, { id: p.id }, la)).data.proposal.id).toBe(p.id);
    const s = await step(Q.submit, { id: p.id, v: p.version }, sec);
    expect(s.status).toBe('SUBMITTED');
    const alerts = await app.db.orm.em.fork().getConnection().execute(
      `select count(*)::int as n from inbox_item i join activity_event e on e.id = i.event_id where e.subject_id = ? and e.type = 'PROPOSAL_CREATED'`, [p.id]);
    expect(alerts[0].n).toBe(2);
  });

  it('requires the Secretariat to name an NPO as the sending organization', async () => {
    const none = await app.gql(Q.create, { input: draftInput(call.id) }, sec);
    expect(codeOf(none)).toBe('BAD_USER_INPUT');
    expect(none.errors?.[0].extensions?.field).toBe('sendingOrganizationId');
    const itself = await app.gql(Q.create, { input: draftInput(call.id, { sendingOrganizationId: (await orgOf(app, 'APO')).id }) }, sec);
    expect(codeOf(itself)).toBe('BAD_USER_INPUT');
  });

  it('refuses an NPO proposing for another NPO', async () => {
    const r = await app.gql(Q.create, { input: draftInput(call.id, { sendingOrganizationId: (await orgOf(app, 'JP')).id }) }, np);
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('lets the proposer withdraw before a decision, with the reason', async () => {
    const d = await create();
    const s = await step(Q.submit, { id: d.id, v: d.version }, np);
    const w = await step(Q.withdraw, { id: d.id, v: s.version, r: 'No budget this year.' }, await app.login('np-member@npo.demo'));
    expect(w).toMatchObject({ status: 'WITHDRAWN', statusReason: 'No budget this year.' });
  });
});

/** A proposal brought to `status` through the API; returns id and version. */
async function inStatus(status: string): Promise<{ id: string; version: number }> {
  let p = await create();
  if (status === 'DRAFT') return p;
  if (status === 'WITHDRAWN') return step(Q.withdraw, { id: p.id, v: p.version, r: 'x' }, np);
  p = await step(Q.submit, { id: p.id, v: p.version }, np);
  if (status === 'SUBMITTED') return p;
  p = await step(Q.startReview, { id: p.id, v: p.version }, sec);
  if (status === 'UNDER_REVIEW') return p;
  if (status === 'APPROVED') return step(Q.approve, { id: p.id, v: p.version }, sec);
  if (status === 'REJECTED') return step(Q.reject, { id: p.id, v: p.version, r: 'x' }, sec);
  return step(Q.requestChanges, { id: p.id, v: p.version, c: 'x' }, sec);
}
const attempts: Record<string, (p: { id: string; version: number }) => [string, Record<string, unknown>, () => string]> = {
  update: (p) => [Q.update, { id: p.id, v: p.version, input: { topic: 'New' } }, () => np],
  submit: (p) => [Q.submit, { id: p.id, v: p.version }, () => np],
  withdraw: (p) => [Q.withdraw, { id: p.id, v: p.version, r: 'x' }, () => np],
  startReview: (p) => [Q.startReview, { id: p.id, v: p.version }, () => sec],
  requestChanges: (p) => [Q.requestChanges, { id: p.id, v: p.version, c: 'x' }, () => sec],
  approve: (p) => [Q.approve, { id: p.id, v: p.version }, () => sec],
  reject: (p) => [Q.reject, { id: p.id, v: p.version, r: 'x' }, () => sec],
};
const allowed: Record<string, string[]> = {
  update: ['DRAFT', 'CHANGES_REQUESTED'],
  submit: ['DRAFT', 'CHANGES_REQUESTED'],
  withdraw: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED'],
  startReview: ['SUBMITTED'],
  requestChanges: ['UNDER_REVIEW'],
  approve: ['UNDER_REVIEW'],
  reject: ['UNDER_REVIEW'],
};
const statuses = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'];

describe('illegal steps', () => {
  it('refuses every step from a status it does not start from, with BAD_USER_INPUT and no change', async () => {
    for (const status of statuses) {
      const p = await inStatus(status);
      for (const [name, attempt] of Object.entries(attempts)) {
        if (allowed[name].includes(status)) continue;
        const [doc, vars, token] = attempt(p);
        const r = await app.gql(doc, vars, token());
        expect(codeOf(r), `${name} from ${status}`).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0].message).toContain(status);
      }
      const after = await app.gql(Q.get, { id: p.id }, sec);
      expect(after.data.proposal).toMatchObject({ status, version: p.version });
    }
  });

  it('refuses review steps to NPO users and proposer steps to the Secretariat on an NPO’s own proposal', async () => {
    const p = await inStatus('SUBMITTED');
    expect(codeOf(await app.gql(Q.startReview, { id: p.id, v: p.version }, np))).toBe('FORBIDDEN');
    const d = await inStatus('DRAFT');
    expect(codeOf(await app.gql(Q.update, { id: d.id, v: d.version, input: { topic: 'Edited by the Secretariat' } }, sec))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(Q.submit, { id: d.id, v: d.version }, sec))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(Q.withdraw, { id: d.id, v: d.version, r: 'x' }, sec))).toBe('FORBIDDEN');
  });

  it('lets API tokens act for their organization: read-only ones cannot write, and only a person submits', async () => {
    const d = await create();
    const mint = async (scopes: string) => {
      const r = await app.gql(`mutation { createApiToken(input: { name: "bi ${scopes}", scopes: [${scopes}] }) { token } }`, {}, np);
      const token = r.data?.createApiToken?.token as string | undefined;
      if (!token) throw new Error(`no token: ${JSON.stringify(r.errors)}`);
      return token;
    };
    const [readOnly, writer] = [await mint('READ'), await mint('READ, WRITE')];
    expect((await app.gql(Q.get, { id: d.id }, readOnly)).data.proposal.id).toBe(d.id);
    expect(codeOf(await app.gql(Q.update, { id: d.id, v: d.version, input: { topic: 'x' } }, readOnly))).toBe('FORBIDDEN');
    const edited = await step(Q.update, { id: d.id, v: d.version, input: { topic: 'Edited by a tool' } }, writer);
    expect(codeOf(await app.gql(Q.submit, { id: d.id, v: edited.version }, writer))).toBe('FORBIDDEN');
  });
});

describe('rounds and limits', () => {
  it('fixes the round open at submission: round 1 until the end of 31 March (Tokyo), round 2 after', async () => {
    app.clock.set(FIXTURE.lastMinuteOfRound1);
    const a = await create();
    expect((await step(Q.submit, { id: a.id, v: a.version }, np) as unknown as { round: { ordinal: number } }).round.ordinal).toBe(1);
    app.clock.set('2025-03-31T15:00:00.000Z'); // 00:00 on 1 April in Tokyo
    const b = await create();
    expect((await step(Q.submit, { id: b.id, v: b.version }, np) as unknown as { round: { ordinal: number } }).round.ordinal).toBe(2);
    const byRound = await app.gql(`query($n:ID!){ projectNotification(id:$n){ rounds { id ordinal } } }`, { n: call.id }, sec);
    const round2 = byRound.data.projectNotification.rounds.find((r: { ordinal: number }) => r.ordinal === 2).id;
    const list = await app.gql(Q.list, { filter: { notification: call.id, round: round2 } }, sec);
    expect(list.data.proposals.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b.id]);
  });

  it('refuses a submission after the last round closed, naming the closing time', async () => {
    app.clock.set(FIXTURE.lastMinuteOfRound2);
    const ok = await create();
    expect((await step(Q.submit, { id: ok.id, v: ok.version }, np)).status).toBe('SUBMITTED');
    app.clock.set('2025-06-30T15:00:00.000Z');
    const late = await create();
    const r = await app.gql(Q.submit, { id: late.id, v: late.version }, np);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain('2025-06-30 23:59 Asia/Tokyo');
    expect(r.errors?.[0].extensions?.closedAt).toBe('2025-06-30T14:59:59.999Z');
    expect((await app.gql(Q.get, { id: late.id }, np)).data.proposal.status).toBe('DRAFT');
  });

  it('accepts a resubmission after changes were requested past the closing date, in its original round', async () => {
    const d = await create();
    const s = await step(Q.submit, { id: d.id, v: d.version }, np);
    const r = await step(Q.startReview, { id: d.id, v: s.version }, sec);
    app.clock.set('2025-07-15T00:00:00Z');
    const c = await step(Q.requestChanges, { id: d.id, v: r.version, c: 'Shorter period.' }, sec);
    const again = await step(Q.submit, { id: d.id, v: c.version }, np);
    expect(again).toMatchObject({ status: 'SUBMITTED', round: { ordinal: 1 } });
  });

  it('refuses a submission to a call that is not PUBLISHED', async () => {
    const d = await create();
    const em = app.db.orm.em.fork();
    await em.getConnection().execute(`update project_notification set status = 'CLOSED' where id = ?`, [call.id]);
    const r = await app.gql(Q.submit, { id: d.id, v: d.version }, np);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain('CLOSED');
  });
});

describe('rounds and limits', () => {
  it('checks the planned participants against the limit of the modality: 10 virtual, 4 face-to-face, 4 hybrid', async () => {
    const cases: Array<[string, number, boolean]> = [
      ['VIRTUAL', 10, true], ['VIRTUAL', 11, false],
      ['FACE_TO_FACE', 4, true], ['FACE_TO_FACE', 5, false],
      ['HYBRID', 4, true], ['HYBRID', 5, false],
    ];
    for (const [modality, count, accepted] of cases) {
      const d = await create(np, { modality, plannedParticipants: participants(count) });
      const r = await app.gql(Q.submit, { id: d.id, v: d.version }, np);
      if (accepted) {
        expect(r.errors, `${count} ${modality}`).toBeUndefined();
      } else {
        expect(codeOf(r), `${count} ${modality}`).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0].extensions).toMatchObject({ field: 'plannedParticipants', limit: count - 1 });
      }
    }
  });

  it('asks for the objectives, the outcome and a participant before submission', async () => {
    const d = await create(np, { objectives: '', plannedParticipants: [] });
    const r = await app.gql(Q.submit, { id: d.id, v: d.version }, np);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'objectives' });
  });
});
