// Subscribers of the same document share each event's execution (realtime/shared-results.ts):
// visible through the front door as fewer SQL statements, and never as a payload built for
// someone else — every subscriber gets what the HTTP API shows that viewer, no more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { liveClientPool, type LiveSubscription } from '../helpers/live-client.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { demoUser } from '../helpers/factories/users.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { createThreadVia, createUserVia, draftCallVia, latestCursor, postMessageVia, publishCallVia } from '../helpers/factories/realtime.js';

let app: TestApp;
let sql: string[] = [];
let secretariat: string;
let jpAdmin: string;
let npAdmin: string;
const live = liveClientPool(() => app.url.replace('http', 'ws') + '/graphql');

const ACTIVITY = `subscription($after: String) { activity(after: $after) { id type actor { email } } }`;
const published = (s: LiveSubscription) => s.results.filter((r) => r.data?.activity.type === 'NOTIFICATION_PUBLISHED').length;

/**
 * Subscribers of `query` from the log's newest event, one socket each, brought live: a public
 * event (a published call) reaches them all before the test's own events, so that those come
 * from the hub's one fan-out rather than from each stream's replay.
 */
async function liveSubscribers(tokens: Array<string | null>, query = ACTIVITY): Promise<LiveSubscription[]> {
  const after = await latestCursor(app.gql, secretariat);
  const subs = tokens.map((token) => live.open(token).subscribe(query, { after }));
  await publishCallVia(app.gql, secretariat, await draftCallVia(app.gql, secretariat));
  if (query === ACTIVITY) await Promise.all(subs.map((s) => until(() => published(s) === 1)));
  return subs;
}

const until = async (check: () => boolean) => {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

/** What the HTTP API shows this viewer of the given events, oldest first, in the subscription's shape. */
async function activityOverHttp(token: string | null, ids: string[]) {
  const r = await app.gql(`{ activity(first: 50) { edges { node { id type actor { email } } } } }`, {}, token);
  return r.data.activity.edges.map((e: any) => e.node).filter((n: any) => ids.includes(n.id)).reverse();
}

beforeAll(async () => {
  app = await startTestApp({}, { onQuery: (s) => sql.push(s) });
  [secretariat, jpAdmin, npAdmin] = await Promise.all(['secretariat@apo.demo', 'jp@npo.demo', 'np@npo.demo'].map((e) => app.login(e)));
  await demoUser(app, 'jp-member@npo.demo');
});

afterAll(async () => {
  await live.disposeAll();
  await app.stop();
});

describe('shared execution of subscription events', () => {
  it('gives anonymous, two NPOs and the Secretariat on one document exactly what each may see', async () => {
    const viewers = [null, jpAdmin, npAdmin, secretariat];
    const subs = await liveSubscribers(viewers);
    const seen = subs.map((s) => s.results.length);
    // Japan's (a user of Japan's NPO), the Secretariat's (a draft call), everyone's (the call published).
    await createUserVia(app.gql, jpAdmin, 'shared');
    await publishCallVia(app.gql, secretariat, await draftCallVia(app.gql, secretariat));
    await Promise.all(subs.map((s) => until(() => published(s) === 2)));
    const all = subs[3].results.slice(seen[3]).map((r) => r.data.activity.id);
    expect(all).toHaveLength(3);
    for (const [i, s] of subs.entries()) {
      const got = s.results.slice(seen[i]).map((r) => r.data.activity);
      expect(got).toEqual(await activityOverHttp(viewers[i], all));
    }
    // What sets them apart: Japan's event for Japan and the Secretariat only, and no names for anonymous.
    expect(subs.map((s, i) => s.results.length - seen[i])).toEqual([1, 2, 1, 3]);
    expect(subs[0].results.at(-1)!.data.activity.actor).toBeNull();
    expect(subs[2].results.at(-1)!.data.activity.actor).toEqual({ email: 'secretariat@apo.demo' });
  });

  it('executes an event once for many subscribers who would get the same payload', async () => {
    const sessions = await Promise.all([1, 2, 3, 4].map(() => app.login('secretariat@apo.demo')));
    const subs = await liveSubscribers([...sessions, jpAdmin, jpAdmin]);
    const before = subs.map((s) => s.results.length);
    const call = await draftCallVia(app.gql, secretariat);
    // The draft's event (for the Secretariat's four) is delivered before counting starts.
    await Promise.all(subs.slice(0, 4).map((s, i) => until(() => s.results.length > before[i])));
    sql = [];
    await publishCallVia(app.gql, secretariat, call);
    await Promise.all(subs.map((s) => until(() => published(s) === 2)));
    // The payloads' statements (labelled; the mutation's own and the jobs' are not): the actor,
    // the Secretariat's user, is loaded by id once for the six sockets, not once per socket.
    const fanOut = sql.filter((s) => s.includes('(subscription)'));
    const actorLoads = fanOut.filter((s) => /from "app_user" as "u0" where "u0"."id" in/.test(s));
    expect(actorLoads, fanOut.join('\n')).toHaveLength(1);
    expect(new Set(subs.map((s) => JSON.stringify(s.results.at(-1))))).toHaveProperty('size', 1);
  });

  it('keeps per-user payloads per user: two people of one NPO on one inbox document each get their own alert', async () => {
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING as never });
    const threadId = await createThreadVia(app.gql, npAdmin, pairing.id, 'Shared inbox');
    const member = await app.login('jp-member@npo.demo');
    const query = `subscription($after: String) { inboxChanged(after: $after) { unreadCount item { id kind summary } } }`;
    const [admins, members] = await liveSubscribers([jpAdmin, member], query);
    // Each message is one event with an alert for each of the two; the second reaches both live.
    for (const n of [1, 2]) {
      await postMessageVia(app.gql, npAdmin, threadId, `@jp@npo.demo @jp-member@npo.demo both of you, ${n}`);
      await Promise.all([admins, members].map((sub) => until(() => sub.results.length === n)));
    }
    for (const [sub, token] of [[admins, jpAdmin], [members, member]] as const) {
      const own = (await app.gql(`{ inbox(first: 1) { unreadCount edges { node { id kind summary } } } }`, {}, token)).data.inbox;
      expect(sub.results[1].data.inboxChanged).toEqual({ unreadCount: own.unreadCount, item: own.edges[0].node });
    }
    expect(admins.results[1].data.inboxChanged.item.id).not.toBe(members.results[1].data.inboxChanged.item.id);
  });
});
