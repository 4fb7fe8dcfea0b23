// Subscriptions over graphql-ws against one real server: every stream authorizes each event for
// its viewer, resumes by cursor, and never skips an event id that committed late.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { loadConfig } from '../../server/src/config.js';
import { errorCodeOf, liveClientPool, slowReader, until, type SlowReader } from '../helpers/live-client.js';
import { buildNotification, roundsAhead } from '../helpers/factories/notifications.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { demoUser } from '../helpers/factories/users.js';
import { ProposalStatus } from '../../server/src/modules/proposal/proposal.enums.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import {
  ACTIVITY,
  HEAVY_MESSAGES,
  LONG_BODY,
  createThreadVia,
  createUserVia,
  draftCallVia,
  eventIdOf,
  latestCursor,
  postMessageVia,
  publishCallVia,
} from '../helpers/factories/realtime.js';

// buildPairing's overrides intersect the proposal and pairing status types, hence the `as never` casts below.
let app: TestApp;
let secretariat: string;
let jpAdmin: string;
let npAdmin: string;
let thAdmin: string;
const wsUrl = () => app.url.replace('http', 'ws') + '/graphql';
const { open, disposeAll } = liveClientPool(wsUrl);

beforeAll(async () => {
  // The backlog test's readers stop reading, and so answering pings, for several seconds.
  app = await startTestApp({ realtime: { ...loadConfig({}).realtime, keepAliveMs: 120_000 } });
  [secretariat, jpAdmin, npAdmin, thAdmin] = await Promise.all(['secretariat@apo.demo', 'jp@npo.demo', 'np@npo.demo', 'th@npo.demo'].map((e) => app.login(e)));
  // Mentioned (and its row locked) before anyone signs in as them.
  await demoUser(app, 'jp-member@npo.demo');
});

afterAll(async () => {
  await disposeAll();
  await app.stop();
});

describe('activity query', () => {
  it('lists the events the viewer may see, newest first, with cursors that subscriptions take', async () => {
    // Japan's new user (Japan's), Nepal's (Nepal's), a draft call (the Secretariat's), the call published (everyone's).
    const mine = await eventIdOf(app.gql, secretariat, await createUserVia(app.gql, jpAdmin, 'mine'), 'USER_CREATED');
    const other = await eventIdOf(app.gql, secretariat, await createUserVia(app.gql, npAdmin, 'other'), 'USER_CREATED');
    const call = await publishCallVia(app.gql, secretariat, await draftCallVia(app.gql, secretariat));
    const pub = await eventIdOf(app.gql, secretariat, call, 'NOTIFICATION_PUBLISHED');

    const asJp = await app.gql(`{ activity(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, {}, jpAdmin);
    expect(asJp.data.activity.edges.map((e: any) => e.node.id)).toEqual([pub, mine]);
    expect(asJp.data.activity.edges[0].cursor).toBe(pub);
    const older = await app.gql(`query($a: String) { activity(first: 100, after: $a) { edges { node { id } } } }`, { a: asJp.data.activity.pageInfo.endCursor }, jpAdmin);
    expect(older.data.activity.edges.map((e: any) => e.node.id)).not.toContain(other);

    const anonymous = await app.gql(`{ activity(first: 100) { edges { node { id } } } }`);
    const ids = anonymous.data.activity.edges.map((e: any) => e.node.id);
    expect(ids).toContain(pub);
    expect(ids).not.toContain(mine);
  });
});

describe('ordering', () => {
  it('never skips an event whose transaction started first and committed last, and never makes a later writer wait for it', async () => {
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING as never });
    const threadId = await createThreadVia(app.gql, npAdmin, pairing.id, 'Held');
    const after = await latestCursor(app.gql, secretariat);
    const sub = open(secretariat).subscribe(ACTIVITY, { after });

    // Transaction A, a message that mentions someone, inserts its event (its id is final only at
    // commit) and its mention's inbox alert in one statement, which waits: the alert's foreign key needs a
    // share lock on the mentioned user's row, which another transaction holds for update.
    const holder = new pg.Client({ connectionString: app.db.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query(`select id from app_user where email = 'jp-member@npo.demo' for update`);
    const held = postMessageVia(app.gql, npAdmin, threadId, '@jp-member@npo.demo held');
    const sql = app.db.orm.em.fork().getConnection();
    await until(
      async () => (await sql.execute(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%insert into inbox_item%'`))[0].n > 0,
      10_000,
      () => 'the message never waited for the inbox',
    );

    // Transaction B (a user created) starts later and commits while A is still open: nothing makes it wait.
    const bUser = await createUserVia(app.gql, jpAdmin, 'late');
    await holder.query('rollback');
    await holder.end();
    const heldId = await eventIdOf(app.gql, secretariat, await held, 'MESSAGE_POSTED');
    const results = await sub.waitFor(2);
    expect(results[0].data.activity.subjectId).toBe(bUser);
    expect(results[1].data.activity.id).toBe(heldId);
    expect(BigInt(heldId)).toBeGreaterThan(BigInt(results[0].data.activity.id));
  });

  it('gives a subscriber without after every event committed once its subscribe message was answered', async () => {
    // graphql-ws has no per-subscription ack: a ping sent after `subscribe` is answered after the
    // server has read it, and the subscription's starting position is taken right then.
    const socket = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    const messages: Array<{ type: string; payload?: any }> = [];
    socket.on('message', (m) => messages.push(JSON.parse(String(m))));
    await new Promise((r) => socket.once('open', r));
    try {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${jpAdmin}` } }));
      await until(() => messages.some((m) => m.type === 'connection_ack'), 10_000, () => JSON.stringify(messages));
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: ACTIVITY } }));
      socket.send(JSON.stringify({ type: 'ping' }));
      await until(() => messages.some((m) => m.type === 'pong'), 10_000, () => JSON.stringify(messages));
      const user = await createUserVia(app.gql, jpAdmin, 'right-after');
      await until(() => messages.some((m) => m.type === 'next'), 10_000, () => JSON.stringify(messages));
      const next = messages.filter((m) => m.type === 'next');
      expect(next).toHaveLength(1);
      expect(next[0].payload.data.activity.subjectId).toBe(user);
    } finally {
      socket.close();
    }
  });
});

describe('dashboard query', () => {
  it('gives the Secretariat every status, every active economy and the rounds closing within six weeks; NPOs are refused', async () => {
    await buildNotification(app, { rounds: roundsAhead(app.clock, 30, 120) });
    const r = await app.gql(`{ dashboard { proposalsByStatus { status count } pairingsByStatus { status count } economies { economy { code } proposals } roundsClosingSoon { round { closesAt } notificationTitle submittedProposals } cursor } }`, {}, secretariat);
    expect(r.errors).toBeUndefined();
    expect(r.data.dashboard.proposalsByStatus.map((s: any) => s.status)).toContain('UNDER_REVIEW');
    expect(r.data.dashboard.pairingsByStatus).toHaveLength(8);
    expect(r.data.dashboard.economies.map((e: any) => e.economy.code)).toContain('JP');
    // The call built above: its first round closes in 30 days.
    expect(r.data.dashboard.roundsClosingSoon.length).toBeGreaterThan(0);
    for (const round of r.data.dashboard.roundsClosingSoon) {
      const closes = new Date(round.round.closesAt).getTime();
      expect(closes).toBeGreaterThanOrEqual(app.clock.now().getTime());
      expect(closes).toBeLessThanOrEqual(app.clock.now().getTime() + 42 * 86_400_000);
    }
    expect((await app.gql(`{ dashboard { cursor } }`, {}, jpAdmin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('dashboardChanged', () => {
  it('pushes fresh counts to the Secretariat when a proposal or pairing changes', async () => {
    const before = await app.gql(`{ dashboard { cursor pairingsByStatus { status count } } }`, {}, secretariat);
    const invited = (d: any) => d.pairingsByStatus.find((s: any) => s.status === 'HOST_INVITED').count;
    const sub = open(secretariat).subscribe(`subscription($after: String) { dashboardChanged(after: $after) { cursor event { type } dashboard { pairingsByStatus { status count } economies { economy { code } pairingsHosting } } } }`, { after: before.data.dashboard.cursor });
    // The Secretariat invites Thailand's NPO to host an approved proposal of Nepal's.
    const proposal = await buildProposal(app, { status: ProposalStatus.APPROVED, sending: 'NP', hosts: ['TH'] });
    const invite = await app.gql(`mutation($p: ID!, $h: ID!) { createPairing(proposalId: $p, hostOrganizationId: $h) { id status } }`, { p: proposal.id, h: (await orgOf(app, 'TH')).id }, secretariat);
    expect(invite.data.createPairing.status).toBe('HOST_INVITED');
    const [change] = await sub.waitFor(1);
    expect(change.data.dashboardChanged.event.type).toBe('PAIRING_CREATED');
    expect(invited(change.data.dashboardChanged.dashboard)).toBe(invited(before.data.dashboard) + 1);
    expect(change.data.dashboardChanged.dashboard.economies.find((e: any) => e.economy.code === 'TH').pairingsHosting).toBeGreaterThan(0);
  });

  it('is refused to an NPO', async () => {
    const sub = open(jpAdmin).subscribe(`subscription { dashboardChanged { cursor } }`);
    await sub.untilEnded();
    expect(errorCodeOf(sub)).toBe('FORBIDDEN');
  });
});

describe('inboxChanged', () => {
  it('delivers a new alert and the unread count to its user only', async () => {
    // Nepal's NPO writes in its pairing with Japan's and mentions one Japanese user per message.
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING as never });
    const threadId = await createThreadVia(app.gql, npAdmin, pairing.id, 'Inbox');
    const after = await latestCursor(app.gql, secretariat);
    const query = `subscription($after: String) { inboxChanged(after: $after) { cursor unreadCount item { kind summary } } }`;
    const mine = open(jpAdmin).subscribe(query, { after });
    const member = open(await app.login('jp-member@npo.demo')).subscribe(query, { after });
    await postMessageVia(app.gql, npAdmin, threadId, '@jp@npo.demo Hello');
    const forMember = await eventIdOf(app.gql, secretariat, await postMessageVia(app.gql, npAdmin, threadId, '@jp-member@npo.demo Hi member'), 'MESSAGE_POSTED');
    const [first] = await mine.waitFor(1);
    expect(first.data.inboxChanged.item).toEqual({ kind: 'MENTION', summary: expect.stringMatching(/mentioned you in “Inbox”: .*Hello$/) });
    expect(first.data.inboxChanged.unreadCount).toBeGreaterThan(0);
    const [m] = await member.waitFor(1);
    expect(m.data.inboxChanged.cursor).toBe(forMember);
  });
});

describe('subject subscriptions', () => {
  it('pairingChanged reaches the two parties and is NOT_FOUND for an unrelated NPO', async () => {
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING as never });
    const after = await latestCursor(app.gql, secretariat);
    const q = `subscription($id: ID!, $after: String) { pairingChanged(id: $id, after: $after) { cursor event { type } pairing { id status } } }`;
    const host = open(jpAdmin).subscribe(q, { id: pairing.id, after });
    const stranger = open(thAdmin).subscribe(q, { id: pairing.id, after });
    // First a change in another pairing of the same two NPOs (not this subscription's), then this pairing's meeting plan.
    const { pairing: otherPairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING as never });
    await createThreadVia(app.gql, npAdmin, otherPairing.id, 'Elsewhere');
    const plan = await app.gql(`mutation($id: ID!) { updateMeetingPlan(pairingId: $id, version: 1, input: { venue: "Tokyo" }) { version } }`, { id: pairing.id }, npAdmin);
    expect(plan.errors).toBeUndefined();
    const [change] = await host.waitFor(1);
    expect(change.data.pairingChanged).toMatchObject({ event: { type: 'PAIRING_MEETING_PLAN_UPDATED' }, pairing: { id: pairing.id, status: 'PLANNING' } });
    await stranger.untilEnded();
    expect(errorCodeOf(stranger)).toBe('NOT_FOUND');
  });

  it('messageAdded streams a thread\'s new messages to the parties, after replaying missed ones', async () => {
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING as never });
    const thread = await app.gql(`mutation($p: ID!) { createThread(pairingId: $p, title: "Agenda") { id } }`, { p: pairing.id }, npAdmin);
    const threadId = thread.data.createThread.id;
    const after = await latestCursor(app.gql, secretariat);
    const post = async (body: string) => (await app.gql(`mutation($t: ID!, $b: String!) { postMessage(threadId: $t, body: $b) { id } }`, { t: threadId, b: body }, npAdmin)).data.postMessage.id;
    const missed = await post('posted before the subscription');
    const q = `subscription($t: ID!, $after: String) { messageAdded(threadId: $t, after: $after) { cursor event { type } message { id } } }`;
    const sub = open(jpAdmin).subscribe(q, { t: threadId, after });
    const live = await post('posted while subscribed');
    const results = await sub.waitFor(2);
    expect(results.map((r) => r.data.messageAdded.message.id)).toEqual([missed, live]);
    expect(results[0].data.messageAdded.event.type).toBe('MESSAGE_POSTED');

    const stranger = open(thAdmin).subscribe(q, { t: threadId });
    await stranger.untilEnded();
    expect(errorCodeOf(stranger)).toBe('NOT_FOUND');
  });
});

describe('credentials that end while events wait', () => {
  // After a sign-out a stream delivers for at most CHECK_EVERY_MS (50 ms) before its next check:
  // the reader gets what its socket's buffers already held and what went out in that window,
  // never the queue behind them, and then 4401 (docs/API.md: sign in again).
  it('delivers none of a live backlog after sign-out: no more than its socket already held arrives, then 4401', async () => {
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING as never });
    const threadId = await createThreadVia(app.gql, npAdmin, pairing.id, 'Backlog');
    const after = await latestCursor(app.gql, secretariat);
    const member = await app.login('jp-member@npo.demo');
    // Two readers of the thread on stalled links: one signs out, the other (the control) stays signed in.
    const leaving = await slowReader(wsUrl(), member, HEAVY_MESSAGES, { t: threadId, after });
    const staying = await slowReader(wsUrl(), await app.login('jp@npo.demo'), HEAVY_MESSAGES, { t: threadId, after });
    const watcher = open(secretariat).subscribe(`subscription($t: ID!, $after: String) { messageAdded(threadId: $t, after: $after) { cursor } }`, { t: threadId, after });
    const cursors = (r: SlowReader) => r.results().map((p) => p.data.messageAdded.cursor);
    try {
      // ~15 MB per reader, several times what a socket's kernel buffers hold (~4 MB on Linux).
      const posts = 80;
      for (let i = 0; i < posts; i++) await postMessageVia(app.gql, npAdmin, threadId, LONG_BODY);
      // The hub hands each event to every stream of the process at once: once the watcher has them
      // all, whatever the readers' sockets could not take waits in their streams' queues.
      await watcher.waitFor(posts);
      expect((await app.gql('mutation { logout }', {}, member)).data).toEqual({ logout: true });
      leaving.resume();
      staying.resume();
      expect(await leaving.closed()).toBe(4401);
      await until(() => staying.results().length === posts, 30_000, () => `the control got ${staying.results().length} of ${posts}`);
      // The signed-out reader got a prefix (no gap, no reordering), well short of the backlog.
      const got = cursors(leaving);
      expect(got).toEqual(cursors(staying).slice(0, got.length));
      expect(got.length).toBeLessThan(posts / 2);
    } finally {
      leaving.close();
      staying.close();
    }
  }, 90_000);
});

describe('next messages on the wire', () => {
  it("gives two subscriptions of one answer the same payload under their own ids, and none to one the client completed", async () => {
    const ws = new WebSocket(wsUrl(), 'graphql-transport-ws');
    const messages: any[] = [];
    ws.on('message', (data) => messages.push(JSON.parse(String(data))));
    await new Promise((resolve) => ws.once('open', resolve));
    const send = (m: object) => ws.send(JSON.stringify(m));
    try {
      send({ type: 'connection_init', payload: { authorization: `Bearer ${secretariat}` } });
      await until(() => messages.some((m) => m.type === 'connection_ack'), 10_000, () => JSON.stringify(messages));
      const after = await latestCursor(app.gql, secretariat);
      for (const id of ['a', 'b']) send({ id, type: 'subscribe', payload: { query: ACTIVITY, variables: { after } } });
      const nextOf = (id: string) => messages.filter((m) => m.type === 'next' && m.id === id);

      const first = await createUserVia(app.gql, jpAdmin, 'wire-1');
      await until(() => nextOf('a').length >= 1 && nextOf('b').length >= 1, 10_000, () => JSON.stringify(messages));
      expect(nextOf('a')[0].payload.data.activity.subjectId).toBe(first);
      expect(nextOf('b')[0].payload).toEqual(nextOf('a')[0].payload);

      send({ id: 'a', type: 'complete' });
      const second = await createUserVia(app.gql, jpAdmin, 'wire-2');
      await until(() => nextOf('b').length >= 2, 10_000, () => JSON.stringify(messages));
      expect(nextOf('b')[1].payload.data.activity.subjectId).toBe(second);
      // The hub pushes each event to every stream in one pass, and the two share one result, written
      // in the order the streams subscribed: had 'a' still been subscribed, its message would have
      // come on this socket before the one for 'b'.
      expect(nextOf('a')).toHaveLength(1);
      expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    } finally {
      ws.close();
    }
  });
});
