// Sorting and filtering the lists behind the client's pages (proposals, pairings, inbox, calls):
// each offered order both ways, paged across several pages, gives the same sequence as one page and
// is in that order (ties broken by id); the text filter takes % and _ literally and never reveals
// what the viewer may not see; wrong input is BAD_USER_INPUT naming the argument.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { buildUser } from '../helpers/factories/users.js';
import type { ProjectNotification } from '../../server/src/modules/notification/notification.entity.js';
import { NotificationStatus } from '../../server/src/modules/notification/notification.enums.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { ProposalStatus } from '../../server/src/modules/proposal/proposal.enums.js';

type Node = Record<string, any> & { id: string };
type List = { name: string; query: string; pick: (data: any) => any; keys: Partial<Record<string, (n: Node) => string>> };

const PAGE = `pageInfo { hasNextPage endCursor } totalCount edges { cursor node`;
const LISTS: Record<'proposals' | 'pairings' | 'inbox' | 'calls', List> = {
  proposals: {
    name: 'proposals',
    query: `query($first:Int,$after:String,$orderBy:ListOrder,$filter:ProposalsFilter){ proposals(first:$first, after:$after, orderBy:$orderBy, filter:$filter){ ${PAGE} { id topic status createdAt updatedAt } } } }`,
    pick: (d) => d.proposals,
    keys: { CREATED_AT: (n) => n.createdAt, UPDATED_AT: (n) => n.updatedAt, STATUS: (n) => n.status, TITLE: (n) => n.topic },
  },
  pairings: {
    name: 'pairings',
    query: `query($first:Int,$after:String,$orderBy:ListOrder,$filter:PairingFilterInput){ pairings(first:$first, after:$after, orderBy:$orderBy, filter:$filter){ ${PAGE} { id status createdAt updatedAt proposal { topic } } } } }`,
    pick: (d) => d.pairings,
    keys: { CREATED_AT: (n) => n.createdAt, UPDATED_AT: (n) => n.updatedAt, STATUS: (n) => n.status, TITLE: (n) => n.proposal.topic },
  },
  inbox: {
    name: 'inbox',
    query: `query($first:Int,$after:String,$orderBy:ListOrder,$filter:InboxFilter){ inbox(first:$first, after:$after, orderBy:$orderBy, filter:$filter){ ${PAGE} { id summary createdAt } } } }`,
    pick: (d) => d.inbox,
    keys: { CREATED_AT: (n) => n.createdAt, TITLE: (n) => n.summary },
  },
  calls: {
    name: 'calls',
    query: `query($first:Int,$after:String,$orderBy:ListOrder,$search:String){ projectNotifications(first:$first, after:$after, orderBy:$orderBy, search:$search){ ${PAGE} { id title status createdAt updatedAt } } } }`,
    pick: (d) => d.projectNotifications,
    keys: { CREATED_AT: (n) => n.createdAt, UPDATED_AT: (n) => n.updatedAt, STATUS: (n) => n.status, TITLE: (n) => n.title },
  },
};

let app: TestApp;
let sec: string, np: string, mentioned: string;
let call: ProjectNotification;
/** One instant several rows share, so that only the id orders them. */
const TIE = '2026-11-02T03:04:05.678Z';

beforeAll(async () => {
  app = await startTestApp();
  call = await buildNotification(app, { title: 'Alpha call on quality' });
  await seedProposals();
  await seedCalls();
  [sec, np] = await Promise.all([app.login('secretariat@apo.demo'), app.login('np@npo.demo')]);
  mentioned = await seedInbox();
});
afterAll(() => app.stop());

/** First words differ (or the whole topic is the same), so that any collation orders them alike. */
async function seedProposals() {
  const specs: Array<[string, ProposalStatus]> = [
    ['Kappa 100% yield', ProposalStatus.SUBMITTED], ['Lambda 1000 yield', ProposalStatus.DRAFT],
    ['Mu rate_limit study', ProposalStatus.UNDER_REVIEW], ['Nu ratexlimit study', ProposalStatus.SUBMITTED],
    ['Echo duplicate', ProposalStatus.APPROVED], ['Echo duplicate', ProposalStatus.APPROVED], ['Echo duplicate', ProposalStatus.DRAFT],
    ['Bravo lean', ProposalStatus.REJECTED], ['Charlie kaizen', ProposalStatus.WITHDRAWN], ['Delta digital', ProposalStatus.CHANGES_REQUESTED],
  ];
  const made = [];
  for (const [topic, status] of specs) made.push(await buildProposal(app, { notification: call, topic, status }));
  // Another NPO's draft whose words the filter looks for: NP must never see it.
  await buildProposal(app, { notification: call, sending: 'LA', topic: 'Kappa secret draft of LA', status: ProposalStatus.DRAFT });
  for (const [i, topic] of ['Oscar pairing', 'Papa pairing', 'Echo pairing', 'Echo pairing'].entries()) {
    const statuses = [PairingStatus.PLANNING, PairingStatus.HOST_INVITED, PairingStatus.COMPLETED, PairingStatus.PLANNING];
    await buildPairing(app, { notification: call, topic, status: statuses[i], host: i % 2 ? 'KR' : 'JP' });
  }
  await buildPairing(app, { notification: call, sending: 'LA', host: 'SG', topic: 'Kappa pairing of LA and SG' });
  await spreadTimes('proposal', made.slice(0, 5).map((p) => p.id));
  await spreadTimes('pairing');
}

/** Times that differ for most rows and are equal for some, by row, in both columns independently. */
async function spreadTimes(table: string, tied: string[] = []) {
  const conn = app.db.orm.em.getConnection();
  await conn.execute(`update ${table} set created_at = timestamptz '2026-10-01T00:00:00Z' + (random() * 1000)::int * interval '1 minute',
    updated_at = timestamptz '2026-10-01T00:00:00Z' + (random() * 1000)::int * interval '1 minute'`);
  if (tied.length) await conn.execute(`update ${table} set created_at = ?, updated_at = ? where id in (${tied.map(() => '?').join(',')})`, [TIE, TIE, ...tied]);
}

async function seedCalls() {
  await buildNotification(app, { title: 'Bravo call, 50% face-to-face' });
  await buildNotification(app, { title: 'Charlie call', status: NotificationStatus.CLOSED });
  await buildNotification(app, { title: 'Delta draft call', status: NotificationStatus.DRAFT });
  await buildNotification(app, { title: 'Echo call 500 seats' });
  await spreadTimes('project_notification');
}

/** A person mentioned in six messages (six alerts), two of them at the same instant. */
async function seedInbox(): Promise<string> {
  const user = await buildUser(app, { org: 'JP', email: 'lists.reader@jpc.example', name: 'Lists Reader' });
  const { pairing } = await buildPairing(app, { notification: call, topic: 'Zulu thread home', status: PairingStatus.PLANNING });
  const thread = (await app.gql(`mutation($p:ID!){ createThread(pairingId:$p, title:"Lists"){ id } }`, { p: pairing.id }, np)).data.createThread;
  for (const word of ['delta', 'alpha', 'echo', 'bravo', 'charlie', 'alpha']) {
    const r = await app.gql(`mutation($t:ID!,$b:String!){ postMessage(threadId:$t, body:$b){ id } }`, { t: thread.id, b: `${word} @lists.reader@jpc.example` }, np);
    expect(r.errors).toBeUndefined();
  }
  const items = await app.db.orm.em.getConnection().execute(`select id from inbox_item where user_id = ? order by created_at limit 2`, [user.id]);
  await app.db.orm.em.getConnection().execute(`update inbox_item set created_at = ? where id in (?, ?)`, [TIE, items[0].id, items[1].id]);
  return app.login('lists.reader@jpc.example');
}

/** Every row of the list in the given order, `size` at a time, following endCursor. */
async function walk(list: List, token: string, vars: Record<string, unknown>, size: number): Promise<Node[]> {
  const rows: Node[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const r = await app.gql(list.query, { ...vars, first: size, after }, token);
    expect(r.errors).toBeUndefined();
    const conn = list.pick(r.data);
    rows.push(...conn.edges.map((e: any) => e.node));
    if (!conn.pageInfo.hasNextPage) return rows;
    after = conn.pageInfo.endCursor;
  }
  throw new Error('the list did not end');
}

/** Whether each row comes after the previous one in this order (equal keys: ascending id). */
function inOrder(rows: Node[], key: (n: Node) => string, direction: 'ASC' | 'DESC'): boolean {
  return rows.every((row, i) => {
    if (i === 0) return true;
    const [a, b] = [key(rows[i - 1]), key(row)];
    if (a === b) return rows[i - 1].id < row.id;
    return direction === 'ASC' ? a < b : a > b;
  });
}

describe('sorting each list', () => {
  const cases: Array<[keyof typeof LISTS, () => string]> = [['proposals', () => sec], ['proposals', () => np], ['pairings', () => sec], ['pairings', () => np], ['inbox', () => mentioned], ['calls', () => sec]];
  for (const [name, who] of cases) {
    for (const [field, key] of Object.entries(LISTS[name].keys)) {
      for (const direction of ['ASC', 'DESC'] as const) {
        it(`${name} by ${field} ${direction}: pages of 3 give the sequence of one page, in that order`, async () => {
          const vars = { orderBy: { field, direction } };
          const whole = await walk(LISTS[name], who(), vars, 100);
          expect(whole.length).toBeGreaterThan(3);
          expect(inOrder(whole, key!, direction)).toBe(true);
          expect((await walk(LISTS[name], who(), vars, 3)).map((n) => n.id)).toEqual(whole.map((n) => n.id));
        });
      }
    }
  }

  it('without orderBy each list keeps its order, newest first, with cursors that still work', async () => {
    for (const [name, token] of [['proposals', sec], ['pairings', sec], ['inbox', mentioned], ['calls', sec]] as const) {
      const byDefault = await walk(LISTS[name], token, {}, 2);
      expect(byDefault.map((n) => n.id)).toEqual((await walk(LISTS[name], token, { orderBy: { field: 'CREATED_AT', direction: 'DESC' } }, 100)).map((n) => n.id));
    }
  });

  it('sorts by title A–Z as a reader expects: ties (same topic) stay together, ordered by id', async () => {
    const rows = await walk(LISTS.proposals, np, { orderBy: { field: 'TITLE', direction: 'ASC' } }, 2);
    expect(rows.map((n) => n.topic)).toEqual(['Bravo lean', 'Charlie kaizen', 'Delta digital', 'Echo duplicate', 'Echo duplicate', 'Echo duplicate', 'Echo pairing', 'Echo pairing', 'Kappa 100% yield', 'Lambda 1000 yield', 'Mu rate_limit study', 'Nu ratexlimit study', 'Oscar pairing', 'Papa pairing', 'Zulu thread home']);
  });

  it("the review queue's two waiting statuses in one list, oldest first, paged like one page", async () => {
    const vars = { filter: { statuses: ['SUBMITTED', 'UNDER_REVIEW'] }, orderBy: { field: 'CREATED_AT', direction: 'ASC' } };
    const whole = await walk(LISTS.proposals, sec, vars, 100);
    expect(whole.map((n) => n.topic).sort()).toEqual(['Kappa 100% yield', 'Mu rate_limit study', 'Nu ratexlimit study']);
    expect(inOrder(whole, (n) => n.createdAt, 'ASC')).toBe(true);
    expect((await walk(LISTS.proposals, sec, vars, 1)).map((n) => n.id)).toEqual(whole.map((n) => n.id));
  });

  it('pages by title across a 500-character topic in Japanese (a long cursor is still ours)', async () => {
    const long = `Zeta ${'生産性向上'.repeat(99)}`;
    await buildProposal(app, { notification: call, sending: 'TH', topic: long });
    await buildProposal(app, { notification: call, sending: 'TH', topic: `${long.slice(0, 499)}x` });
    const rows = await walk(LISTS.proposals, await app.login('th@npo.demo'), { orderBy: { field: 'TITLE', direction: 'DESC' } }, 1);
    expect(rows.map((n) => n.topic.length)).toEqual([500, 500]);
  });
});

const topics = async (token: string, text: string) => (await walk(LISTS.proposals, token, { filter: { text }, orderBy: { field: 'TITLE', direction: 'ASC' } }, 100)).map((n) => n.topic);

describe('text filter', () => {
  it('matches part of the topic in any case, % and _ taken literally', async () => {
    expect(await topics(np, 'YIELD')).toEqual(['Kappa 100% yield', 'Lambda 1000 yield']);
    expect(await topics(np, '100%')).toEqual(['Kappa 100% yield']);
    expect(await topics(np, 'e_l')).toEqual(['Mu rate_limit study']);
    expect(await topics(np, '%')).toEqual(['Kappa 100% yield']);
    expect(await topics(np, '\\')).toEqual([]);
    expect(await topics(np, '   ')).toHaveLength(15); // blank: no filter
  });

  it('filters pairings by topic or organization, the inbox by summary, calls by title or code', async () => {
    const pairings = await walk(LISTS.pairings, np, { filter: { text: 'echo' } }, 1);
    expect(pairings.map((n) => n.proposal.topic)).toEqual(['Echo pairing', 'Echo pairing']);
    expect((await walk(LISTS.pairings, np, { filter: { text: 'KPC' } }, 100)).length).toBe(2); // the Korean host's acronym
    const inbox = await walk(LISTS.inbox, mentioned, { filter: { text: 'ALPHA' }, orderBy: { field: 'TITLE', direction: 'ASC' } }, 1);
    expect(inbox.map((n) => n.summary.replace(/^.*: /, ''))).toEqual(['alpha @lists.reader@jpc.example', 'alpha @lists.reader@jpc.example']);
    expect((await walk(LISTS.calls, sec, { search: '50%' }, 100)).map((n) => n.title)).toEqual(['Bravo call, 50% face-to-face']);
  });

  it("never reveals another organization's drafts or pairings, nor draft calls to NPOs: counts agree", async () => {
    const r = await app.gql(LISTS.proposals.query, { filter: { text: 'secret' } }, np);
    expect(r.data.proposals).toMatchObject({ totalCount: 0, edges: [] });
    expect((await app.gql(LISTS.proposals.query, { filter: { text: 'secret' } }, sec)).data.proposals.totalCount).toBe(1);
    expect((await app.gql(LISTS.pairings.query, { filter: { text: 'Kappa' } }, np)).data.pairings.totalCount).toBe(0);
    expect((await app.gql(LISTS.pairings.query, { filter: { text: 'SG' } }, np)).data.pairings.totalCount).toBe(0);
    expect((await app.gql(LISTS.calls.query, { search: 'Delta' }, np)).data.projectNotifications.totalCount).toBe(0);
    expect((await app.gql(LISTS.calls.query, { search: 'Delta' }, sec)).data.projectNotifications.totalCount).toBe(1);
  });
});

describe('bad input', () => {
  it('refuses a filter text over 200 characters with BAD_USER_INPUT naming it', async () => {
    const r = await app.gql(LISTS.proposals.query, { filter: { text: 'x'.repeat(201) } }, np);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('filter.text');
    expect(codeOf(await app.gql(LISTS.inbox.query, { filter: { text: 'x'.repeat(201) } }, mentioned))).toBe('BAD_USER_INPUT');
  });

  it('refuses an order the list does not offer, and names the ones it does', async () => {
    const r = await app.gql(LISTS.inbox.query, { orderBy: { field: 'STATUS', direction: 'ASC' } }, mentioned);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain('CREATED_AT, TITLE');
    expect(codeOf(await app.gql(LISTS.proposals.query, { orderBy: { field: 'SIZE', direction: 'ASC' } }, np))).toBe('BAD_USER_INPUT');
  });

  it("refuses a cursor of another order (or of the default order), which would skip rows", async () => {
    const byTitle = (await app.gql(LISTS.proposals.query, { first: 2, orderBy: { field: 'TITLE', direction: 'ASC' } }, np)).data.proposals.pageInfo.endCursor;
    const byDefault = (await app.gql(LISTS.proposals.query, { first: 2 }, np)).data.proposals.pageInfo.endCursor;
    for (const [after, orderBy] of [[byTitle, { field: 'TITLE', direction: 'DESC' }], [byTitle, null], [byDefault, { field: 'CREATED_AT', direction: 'DESC' }]] as const) {
      const r = await app.gql(LISTS.proposals.query, { first: 2, after, orderBy }, np);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field).toBe('after');
    }
  });
});
