// Two real server processes on one database: events written through one reach subscribers on
// the other, each authorized for its viewer; resume by cursor; credentials that end close the socket.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { liveClientPool, slowReader } from '../helpers/live-client.js';
import { startServerProcess, type ServerProcess } from '../helpers/processes.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { demoUser } from '../helpers/factories/users.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { ACTIVITY, HEAVY_MESSAGES, LONG_BODY, createThreadVia, createUserVia, latestCursor, postMessageVia } from '../helpers/factories/realtime.js';

let db: TestDatabase;
let a: ServerProcess;
let b: ServerProcess;
let secretariat: string;
let jpAdmin: string;
let npAdmin: string;
// The subscribers, all on instance B; the events are written through A.
const onB = liveClientPool(() => b.wsUrl);

const env = {
  // A long poll, so that delivery within the test proves the NOTIFY path works.
  REALTIME_POLL_MS: '60000',
  REALTIME_MAX_SUBSCRIPTIONS: '3',
  REALTIME_MAX_CONNECTIONS_PER_TOKEN: '3',
  REALTIME_MAX_QUEUE: '20',
  REALTIME_CREDENTIAL_CHECK_MS: '500',
  // The slow consumer stops reading, and so answering pings, for several seconds.
  REALTIME_KEEPALIVE_MS: '120000',
};

beforeAll(async () => {
  db = await createTestDatabase();
  // The people the servers sign in below (the template holds no users).
  await Promise.all(['secretariat@apo.demo', 'jp@npo.demo', 'jp-member@npo.demo', 'np@npo.demo', 'my@npo.demo', 'th@npo.demo'].map((e) => demoUser({ db }, e)));
  // The pairing in planning that the slow-reader test finds (the template holds no demo records).
  await buildPairing({ db }, { status: PairingStatus.PLANNING });
  [a, b] = await Promise.all([startServerProcess(db.url, env), startServerProcess(db.url, env)]);
  [secretariat, jpAdmin, npAdmin] = await Promise.all(['secretariat@apo.demo', 'jp@npo.demo', 'np@npo.demo'].map((e) => a.login(e)));
}, 90_000);

// A failure here is rare and timing-bound: keep what the two servers logged (warnings up) beside it.
afterEach(({ task }) => {
  if (task.result?.state !== 'fail') return;
  for (const [name, server] of [['A', a], ['B', b]] as const) console.error(`instance ${name} said:\n${server?.output().slice(-6000) || '(nothing)'}`);
});

afterAll(async () => {
  await onB.disposeAll();
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
});

describe('fan-out across instances', () => {
  it('delivers a mutation made through instance A to a subscriber on instance B, and nothing to an unrelated NPO', async () => {
    const after = await latestCursor(a.gql, secretariat);
    const jpSub = onB.open(jpAdmin).subscribe(ACTIVITY, { after });
    const npSub = onB.open(npAdmin).subscribe(ACTIVITY, { after });

    const jpUser = await createUserVia(a.gql, jpAdmin, 'jp');
    const [jpEvent] = await jpSub.waitFor(1);
    expect(jpEvent.data.activity).toMatchObject({ type: 'USER_CREATED', subjectType: 'User', subjectId: jpUser, actor: { email: 'jp@npo.demo' } });

    // The NPO of Nepal's first event is its own, later one: Japan's never reached it.
    const npUser = await createUserVia(a.gql, npAdmin, 'np');
    const [npEvent] = await npSub.waitFor(1);
    expect(npEvent.data.activity.subjectId).toBe(npUser);
    expect(BigInt(npEvent.data.activity.cursor)).toBeGreaterThan(BigInt(jpEvent.data.activity.cursor));
  });

  it('resumes from the last cursor after a dropped socket: each missed event once, in order, also while events keep coming', async () => {
    const after = await latestCursor(a.gql, secretariat);
    const first = onB.open(jpAdmin);
    const sub = first.subscribe(ACTIVITY, { after });
    const u1 = await createUserVia(a.gql, jpAdmin, 'r1');
    const [e1] = await sub.waitFor(1);
    expect(e1.data.activity.subjectId).toBe(u1);
    await first.dispose();

    const missed = [];
    for (let i = 0; i < 3; i++) missed.push(await createUserVia(a.gql, jpAdmin, `missed${i}`));
    // More events commit while the resumed subscription is replaying.
    const during = Array.from({ length: 8 }, (_, i) => createUserVia(a.gql, jpAdmin, `during${i}`));
    const resumed = onB.open(jpAdmin).subscribe(ACTIVITY, { after: e1.data.activity.cursor });
    const duringIds = await Promise.all(during);
    const results = await resumed.waitFor(11);

    const subjects = results.map((r) => r.data.activity.subjectId);
    expect(subjects.slice(0, 3)).toEqual(missed);
    expect(new Set(subjects)).toEqual(new Set([...missed, ...duringIds]));
    const cursors = results.map((r) => BigInt(r.data.activity.cursor));
    expect(cursors).toEqual([...cursors].sort((x, y) => (x < y ? -1 : 1)));
    expect(new Set(cursors).size).toBe(cursors.length);

    const u5 = await createUserVia(a.gql, jpAdmin, 'r5');
    const all = await resumed.waitFor(12);
    expect(all.length).toBe(12);
    expect(all[11].data.activity.subjectId).toBe(u5);
  });
});

describe('credentials that end', () => {
  it('closes a signed-out session\'s socket with 4401 before the next event reaches it', async () => {
    const member = await a.login('jp-member@npo.demo');
    const client = onB.open(member);
    const sub = client.subscribe(ACTIVITY, { after: await latestCursor(a.gql, secretariat) });
    await createUserVia(a.gql, jpAdmin, 'before-logout');
    await sub.waitFor(1);

    expect((await a.gql('mutation { logout }', {}, member)).data).toEqual({ logout: true });
    await createUserVia(a.gql, jpAdmin, 'after-logout');
    expect(await client.closed()).toBe(4401);
    expect(sub.results).toHaveLength(1);
  });

  it('closes a revoked API token\'s subscription', async () => {
    const created = await a.gql(`mutation { createApiToken(input: { name: "live tool" }) { token apiToken { id } } }`, {}, jpAdmin);
    const { token, apiToken } = created.data.createApiToken;
    const client = onB.open(token);
    const sub = client.subscribe(ACTIVITY, { after: await latestCursor(a.gql, secretariat) });
    await createUserVia(a.gql, jpAdmin, 'seen-by-token');
    await sub.waitFor(1);

    const revoked = await a.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: apiToken.id }, jpAdmin);
    expect(revoked.errors).toBeUndefined();
    await createUserVia(a.gql, jpAdmin, 'after-revoke');
    expect(await client.closed()).toBe(4401);
    expect(sub.results).toHaveLength(1);
  });

  it('closes the socket of a user who is deactivated', async () => {
    const userId = await createUserVia(a.gql, jpAdmin, 'leaver');
    const email = (await db.orm.em.fork().getConnection().execute(`select email from app_user where id = ?`, [userId]))[0].email;
    const token = await a.login(email, 'a-long-password');
    const client = onB.open(token);
    const sub = client.subscribe(ACTIVITY, { after: await latestCursor(a.gql, secretariat) });
    await createUserVia(a.gql, jpAdmin, 'seen-by-leaver');
    await sub.waitFor(1);
    expect((await a.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: userId }, jpAdmin)).errors).toBeUndefined();
    expect(await client.closed()).toBe(4401);
  });

  it('closes a signed-out session at the periodic check even when no event happens', async () => {
    const member = await a.login('jp-member@npo.demo');
    const client = onB.open(member);
    const sub = client.subscribe(ACTIVITY, { after: await latestCursor(a.gql, secretariat) });
    await createUserVia(a.gql, jpAdmin, 'before-quiet-logout');
    await sub.waitFor(1);
    // logout writes no event: only the periodic credential check can notice it.
    await a.gql('mutation { logout }', {}, member);
    expect(await client.closed()).toBe(4401);
  });

  it('refuses a connection without a valid token in connection_init with 4403', async () => {
    const client = onB.open('bcs_not-a-token');
    expect(await client.closed()).toBe(4403);
  });
});

describe('connection hygiene', () => {
  it('refuses more subscriptions per connection than allowed', async () => {
    const client = onB.open(await a.login('my@npo.demo'));
    const subs = Array.from({ length: 4 }, () => client.subscribe(ACTIVITY, {}));
    await subs[3].untilEnded();
    expect((subs[3].error as any[])[0].extensions.code).toBe('RATE_LIMITED');
    expect(subs.slice(0, 3).every((s) => !s.ended)).toBe(true);
  });

  it('refuses more connections per token than allowed', async () => {
    const token = await a.login('th@npo.demo');
    const conns = Array.from({ length: 3 }, () => onB.open(token));
    for (const c of conns) c.subscribe(ACTIVITY, {});
    // Acknowledged = registered against the token's limit.
    await Promise.all(conns.map((c) => c.connected()));
    const extra = onB.open(token);
    expect(await extra.closed()).toBe(4403);
    expect(conns.every((c) => c.closeCodes.length === 0)).toBe(true);
  });

  it('validates subscription documents like HTTP operations', async () => {
    const client = onB.open(await a.login('my@npo.demo'));
    const sub = client.subscribe(`subscription { activity { noSuchField } }`);
    await sub.untilEnded();
    expect((sub.error as any[])[0]).toMatchObject({ message: expect.stringContaining('noSuchField'), extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('disconnects a consumer that stops reading instead of queueing without bound (4408)', async () => {
    const reader = await a.login('secretariat@apo.demo');
    const planning = await a.gql(`{ pairings(first: 1, filter: { status: PLANNING }) { edges { node { id } } } }`, {}, reader);
    const threadId = await createThreadVia(a.gql, reader, planning.data.pairings.edges[0].node.id, 'Slow reader');
    const slow = await slowReader(b.wsUrl, reader, HEAVY_MESSAGES, { t: threadId, after: await latestCursor(a.gql, secretariat) });
    // ~15 MB of events: far more than the kernel buffers hold (~4 MB), so more than 20 wait in the queue.
    const posts = 80;
    for (let i = 0; i < posts; i++) await postMessageVia(a.gql, secretariat, threadId, LONG_BODY);
    slow.resume();
    expect(await slow.closed()).toBe(4408);
    expect(slow.results().length).toBeLessThan(posts);
  }, 120_000);
});
