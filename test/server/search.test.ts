// Search across the program: every type is found by words, phrases and codes; exclusions work;
// visibility is applied inside the query, so that an NPO, an API token or an anonymous visitor
// never finds (or counts) another pair's messages or another organization's drafts; snippets
// are plain-text pieces with the matches highlighted; bad queries are clear errors or nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type GqlResult, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { createThreadVia, postMessageVia } from '../helpers/factories/realtime.js';
import { NotificationStatus } from '../../server/src/modules/notification/notification.enums.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

const SEARCH = `query($q:String!,$types:[SearchType!],$first:Int,$after:String){ search(query:$q, types:$types, first:$first, after:$after){
  totalCount counts { type count } pageInfo { hasNextPage endCursor }
  edges { cursor node { type id title rank pairingId threadId snippet { text highlighted } } } } }`;
const FOLLOW_UP = `mutation($p:ID!,$i:CreateFollowUpInput!){ createFollowUpActivity(pairingId:$p, input:$i){ id } }`;

type Hit = { type: string; id: string; title: string; rank: number; pairingId: string | null; threadId: string | null; snippet: Array<{ text: string; highlighted: boolean }> };
type Result = { totalCount: number; counts: Array<{ type: string; count: number }>; hits: Hit[] };

let app: TestApp;
let np: string, kr: string, sec: string;
const ids: Record<string, string> = {};

async function followUp(pairingId: string, token: string, owner: string, title: string): Promise<string> {
  const r = await app.gql(FOLLOW_UP, { p: pairingId, i: { kind: 'JOINT_PROGRAM', title, ownerOrganizationId: owner, dueDate: '2027-06-30' } }, token);
  expect(r.errors).toBeUndefined();
  return r.data.createFollowUpActivity.id;
}

beforeAll(async () => {
  app = await startTestApp();
  [np, kr, sec] = await Promise.all(['np@npo.demo', 'kr@npo.demo', 'secretariat@apo.demo'].map((e) => app.login(e)));
  const call = await buildNotification(app, { title: 'Kaizen in food processing', projectCode: '26-SN-07-GE-BCN-C' });
  ids.call = call.id;
  ids.draftCall = (await buildNotification(app, { title: 'Robotics kaizen call', status: NotificationStatus.DRAFT })).id;
  ids.npDraft = (await buildProposal(app, { notification: call, sending: 'NP', topic: 'Aquaculture quality circles' })).id;
  ids.jpDraft = (await buildProposal(app, { notification: call, sending: 'JP', topic: 'Aquaculture export certification' })).id;
  const ours = await buildPairing(app, { notification: call, sending: 'NP', host: 'JP', topic: 'Smart greenhouse productivity', status: PairingStatus.FOLLOW_UP });
  const theirs = await buildPairing(app, { notification: call, sending: 'KR', host: 'TH', topic: 'Greenhouse irrigation benchmarking', status: PairingStatus.FOLLOW_UP });
  [ids.ours, ids.theirs] = [ours.pairing.id, theirs.pairing.id];
  ids.ourThread = await createThreadVia(app.gql.bind(app), np, ids.ours, 'Venue logistics');
  ids.fencing = await postMessageVia(app.gql.bind(app), np, ids.ourThread, 'The greenhouse visit needs quokka-proof fencing.');
  ids.checklist = await postMessageVia(app.gql.bind(app), np, ids.ourThread, 'Lean greenhouse checklist: cost < budget & "quality" first <script>alert(1)</script>');
  const theirThread = await createThreadVia(app.gql.bind(app), kr, ids.theirs, 'Delegation');
  ids.secret = await postMessageVia(app.gql.bind(app), kr, theirThread, 'Confidential: quokka budget for the greenhouse delegation.');
  ids.ourFollowUp = await followUp(ids.ours, np, (await orgOf(app, 'NP')).id, 'Joint greenhouse training program');
  ids.theirFollowUp = await followUp(ids.theirs, kr, (await orgOf(app, 'KR')).id, 'Greenhouse expert exchange');
});
afterAll(() => app.stop());

async function search(q: string, token?: string, vars: Record<string, unknown> = {}): Promise<Result> {
  const r = await app.gql(SEARCH, { q, first: 100, ...vars }, token);
  expect(r.errors).toBeUndefined();
  const s = r.data.search;
  return { totalCount: s.totalCount, counts: s.counts, hits: s.edges.map((e: { node: Hit }) => e.node) };
}
const idsOf = (r: Result, type?: string) => r.hits.filter((h) => !type || h.type === type).map((h) => h.id).sort();
const countOf = (r: Result, type: string) => r.counts.find((c) => c.type === type)?.count;

describe('search finds each type', () => {
  it('by words, in their English forms', async () => {
    const r = await search('greenhouses', np);
    expect(idsOf(r, 'PAIRING')).toEqual([ids.ours]);
    expect(idsOf(r, 'MESSAGE')).toEqual([ids.fencing, ids.checklist].sort());
    expect(idsOf(r, 'FOLLOW_UP_ACTIVITY')).toEqual([ids.ourFollowUp]);
    expect(idsOf(await search('aquaculture circles', np), 'PROPOSAL')).toEqual([ids.npDraft]);
    expect(idsOf(await search('kaizen food', np), 'PROJECT_NOTIFICATION')).toEqual([ids.call]);
    expect(idsOf(await search('productivity center japan'), 'ORGANIZATION')).toEqual([(await orgOf(app, 'JP')).id]);
  });

  it('by phrases in quotes, in their order only', async () => {
    expect(idsOf(await search('"quokka-proof fencing"', np))).toEqual([ids.fencing]);
    expect(idsOf(await search('"fencing quokka-proof"', np))).toEqual([]);
  });

  it('by codes, acronyms and economy codes as typed', async () => {
    expect(idsOf(await search('26-SN-07-GE-BCN-C'))).toEqual([ids.call]);
    expect(idsOf(await search('26-sn-07-ge-bcn-c'))).toEqual([ids.call]);
    expect(idsOf(await search('NPEDC'), 'ORGANIZATION')).toEqual([(await orgOf(app, 'NP')).id]);
    // A pairing by its organizations: the sending NPO's acronym and the host's economy code.
    expect(idsOf(await search('NPEDC JP', np), 'PAIRING')).toEqual([ids.ours]);
  });

  it('leaves out what a -word excludes', async () => {
    const r = await search('greenhouse -budget', np);
    expect(idsOf(r, 'MESSAGE')).toEqual([ids.fencing]);
    expect(countOf(r, 'MESSAGE')).toBe(1);
  });

  it('puts the best match first and pages through every hit once', async () => {
    const all = await search('greenhouse', sec);
    const ranks = all.hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(all.totalCount).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: GqlResult = await app.gql(SEARCH, { q: 'greenhouse', first: 2, after }, sec);
      seen.push(...r.data.search.edges.map((e: { node: Hit }) => e.node.id));
      expect(r.data.search.totalCount).toBe(all.totalCount);
      after = r.data.search.pageInfo.hasNextPage ? r.data.search.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.hits.map((h) => h.id));
  });
});

describe('search applies visibility inside the query', () => {
  it("never finds another pair's private message or follow-up, nor another organization's draft", async () => {
    const r = await search('quokka greenhouse', np);
    expect(idsOf(r, 'MESSAGE')).toEqual([ids.fencing]);
    expect(idsOf(await search('aquaculture', np), 'PROPOSAL')).toEqual([ids.npDraft]);
    expect(idsOf(await search('greenhouse expert exchange', np), 'FOLLOW_UP_ACTIVITY')).toEqual([]);
    expect(idsOf(await search('irrigation benchmarking', np))).toEqual([]);
    expect(idsOf(await search('robotics kaizen', np), 'PROJECT_NOTIFICATION')).toEqual([]);
    // They exist: the Secretariat finds them all.
    expect(idsOf(await search('quokka greenhouse', sec), 'MESSAGE')).toEqual([ids.fencing, ids.secret].sort());
    expect(idsOf(await search('aquaculture', sec), 'PROPOSAL')).toEqual([ids.npDraft, ids.jpDraft].sort());
    expect(idsOf(await search('robotics kaizen', sec), 'PROJECT_NOTIFICATION')).toEqual([ids.draftCall]);
  });

  it.each(['greenhouse', 'aquaculture OR kaizen OR quokka'])('counts, for %s, exactly the hits the NPO can open with the ordinary queries', async (q) => {
    const r = await search(q, np);
    expect(r.totalCount).toBe(r.hits.length);
    for (const c of r.counts) expect(c.count).toBe(r.hits.filter((h) => h.type === c.type).length);
    for (const hit of r.hits) expect(await opens(hit, np), `${hit.type} ${hit.title}`).toBe(true);
    const secretariat = await search(q, sec);
    expect(secretariat.totalCount).toBeGreaterThan(r.totalCount);
  });

  it('gives an anonymous visitor published calls and organizations only', async () => {
    const r = await search('greenhouse OR quokka OR aquaculture OR kaizen OR robotics');
    expect(idsOf(r, 'PROJECT_NOTIFICATION')).toEqual([ids.call]);
    expect(r.hits.filter((h) => h.type !== 'PROJECT_NOTIFICATION' && h.type !== 'ORGANIZATION')).toEqual([]);
    expect(r.counts.filter((c) => c.type !== 'PROJECT_NOTIFICATION' && c.type !== 'ORGANIZATION').map((c) => c.count)).toEqual([0, 0, 0, 0]);
    expect(idsOf(await search('greenhouse quokka'))).toEqual([]);
  });

  it("lets an API token find what its organization may see, and nothing of other pairs'", async () => {
    const { token: krTool } = await buildApiToken(app, { code: 'KR' });
    const { token: npTool } = await buildApiToken(app, { code: 'NP' });
    expect(idsOf(await search('quokka', krTool), 'MESSAGE')).toEqual([ids.secret]);
    expect(idsOf(await search('quokka', npTool), 'MESSAGE')).toEqual([ids.fencing]);
    expect(idsOf(await search('quokka', kr), 'MESSAGE')).toEqual([ids.secret]);
  });

  it('narrows to the types asked for, counting only those', async () => {
    const r = await search('greenhouse', np, { types: ['FOLLOW_UP_ACTIVITY'] });
    expect(r.counts).toEqual([{ type: 'FOLLOW_UP_ACTIVITY', count: 1 }]);
    expect(idsOf(r)).toEqual([ids.ourFollowUp]);
  });
});

/** Whether the viewer can open the hit's object through the API's ordinary queries. */
async function opens(hit: Hit, token: string): Promise<boolean> {
  const read = async (query: string, vars: Record<string, unknown>) => {
    const r = await app.gql(query, vars, token);
    return r.errors ? null : r.data;
  };
  switch (hit.type) {
    case 'PROJECT_NOTIFICATION':
      return !!(await read('query($id:ID!){ projectNotification(id:$id){ id } }', { id: hit.id }));
    case 'PROPOSAL':
      return !!(await read('query($id:ID!){ proposal(id:$id){ id } }', { id: hit.id }));
    case 'PAIRING':
      return !!(await read('query($id:ID!){ pairing(id:$id){ id } }', { id: hit.id }));
    case 'ORGANIZATION':
      return !!(await read('query($id:ID!){ organization(id:$id){ id } }', { id: hit.id }));
    case 'FOLLOW_UP_ACTIVITY': {
      const d = await read('query($id:ID!){ pairing(id:$id){ followUps { id } } }', { id: hit.pairingId });
      return !!d?.pairing.followUps.some((f: { id: string }) => f.id === hit.id);
    }
    case 'MESSAGE': {
      const d = await read('query($id:ID!){ thread(id:$id){ messages(first:100){ edges { node { id } } } } }', { id: hit.threadId });
      return !!d?.thread.messages.edges.some((e: { node: { id: string } }) => e.node.id === hit.id);
    }
  }
  return false;
}

describe('search snippets', () => {
  it('highlight the matched words in plain-text pieces, stemmed forms included', async () => {
    const [hit] = (await search('quokka fence', np)).hits;
    expect(hit).toMatchObject({ type: 'MESSAGE', id: ids.fencing, title: 'Venue logistics', pairingId: ids.ours, threadId: ids.ourThread });
    expect(hit.snippet.map((p) => p.text).join('')).toBe('The greenhouse visit needs quokka-proof fencing');
    expect(hit.snippet.filter((p) => p.highlighted).map((p) => p.text)).toEqual(['quokka', 'fencing']);
  });

  it('are text: characters that mean something in HTML stay characters, and tags are left out', async () => {
    const [hit] = (await search('checklist', np)).hits;
    const text = hit.snippet.map((p) => p.text).join('');
    expect(text).toContain('cost < budget & "quality"');
    expect(text).not.toContain('<script');
    expect(hit.snippet.filter((p) => p.highlighted).map((p) => p.text)).toEqual(['checklist']);
  });
});

describe('bad search queries', () => {
  it.each([
    ['empty', ''],
    ['blank', ' \t\n '],
    ['2,000 characters', 'greenhouse '.repeat(182)],
  ])('refuses a query that is %s as BAD_USER_INPUT naming the query', async (_label, q) => {
    const r = await app.gql(SEARCH, { q }, np);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions).toMatchObject({ field: 'query' });
    expect(r.errors?.[0].message).toMatch(/search/i);
  });

  it.each(['-', '""', 'or', '-greenhouse', 'the', '!', '&|!:*()<->', "'", '"unclosed'])('answers %j with an empty result, never a database error', async (q) => {
    const r = await app.gql(SEARCH, { q }, sec);
    expect(r.errors).toBeUndefined();
    expect(r.data.search).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses an empty list of types and a cursor it did not issue', async () => {
    expect((await app.gql(SEARCH, { q: 'greenhouse', types: [] }, np)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'types' });
    expect((await app.gql(SEARCH, { q: 'greenhouse', after: 'nope' }, np)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
