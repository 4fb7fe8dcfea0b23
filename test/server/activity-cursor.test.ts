// eventCursor: a page reads it before its data, then subscribes with `after: eventCursor`. A change
// committed between the two (the race the client's screens used to lose) must arrive, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { liveClientPool } from '../helpers/live-client.js';
import { ACTIVITY, createUserVia, draftCallVia, eventIdOf, latestCursor, publishCallVia } from '../helpers/factories/realtime.js';

let app: TestApp;
let secretariat: string;
let jpAdmin: string;
const live = liveClientPool(() => app.url.replace('http', 'ws') + '/graphql');

beforeAll(async () => {
  app = await startTestApp();
  [secretariat, jpAdmin] = await Promise.all(['secretariat@apo.demo', 'jp@npo.demo'].map((e) => app.login(e)));
});

afterAll(async () => {
  await live.disposeAll();
  await app.stop();
});

const readCursor = (token: string | null = null): Promise<string> => latestCursor(app.gql, token);

describe('eventCursor', () => {
  it('is the newest committed event id the viewer may see, so private activity does not move it for others', async () => {
    // A call published is everyone's event; a new draft call is the Secretariat's alone.
    const call = await publishCallVia(app.gql, secretariat, await draftCallVia(app.gql, secretariat));
    const publicId = await eventIdOf(app.gql, secretariat, call, 'NOTIFICATION_PUBLISHED');
    expect(await readCursor()).toBe(publicId);
    const privateId = await eventIdOf(app.gql, secretariat, (await draftCallVia(app.gql, secretariat)).id, 'NOTIFICATION_CREATED');
    // Anonymous (and JP) see only the public event: their cursor stays; the Secretariat's moves.
    expect(await readCursor()).toBe(publicId);
    expect(await readCursor(jpAdmin)).toBe(publicId);
    expect(await readCursor(secretariat)).toBe(privateId);
  });

  it('replays a change committed between reading it and subscribing, exactly once', async () => {
    const cursor = await readCursor(secretariat);
    const userId = await createUserVia(app.gql, jpAdmin, 'between');

    const client = live.open(secretariat);
    const sub = client.subscribe(ACTIVITY, { after: cursor });
    // A later change proves the stream went live; the earlier one must come first, once. A third
    // one closes the window: a duplicate would have arrived before it (cursors only increase).
    await sub.waitFor(1);
    const later = await createUserVia(app.gql, jpAdmin, 'after');
    await sub.waitFor(2);
    const last = await createUserVia(app.gql, jpAdmin, 'last');
    await sub.waitFor(3);
    const subjects = sub.results.map((r) => r.data.activity.subjectId);
    expect(subjects).toEqual([userId, later, last]);
    expect(BigInt(sub.results[0].data.activity.cursor)).toBeGreaterThan(BigInt(cursor));
  });
});
