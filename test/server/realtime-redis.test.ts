// Two real server processes announcing events over Redis pub/sub (REDIS_URL) instead of NOTIFY.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { liveClientPool } from '../helpers/live-client.js';
import { startServerProcess, type ServerProcess } from '../helpers/processes.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { demoUser } from '../helpers/factories/users.js';
import { ACTIVITY, createUserVia, latestCursor } from '../helpers/factories/realtime.js';

let db: TestDatabase;
let redis: RedisServer;
let a: ServerProcess;
let b: ServerProcess;
const onB = liveClientPool(() => b.wsUrl);

beforeAll(async () => {
  redis = await startRedisServer();
  // A long poll, so that delivery within the test proves the Redis path works.
  const env = { REDIS_URL: redis.url, REALTIME_POLL_MS: '60000' };
  db = await createTestDatabase();
  // The people the servers sign in below (the template holds no users).
  await Promise.all(['secretariat@apo.demo', 'jp@npo.demo'].map((e) => demoUser({ db }, e)));
  [a, b] = await Promise.all([startServerProcess(db.url, env), startServerProcess(db.url, env)]);
}, 90_000);

afterAll(async () => {
  await onB.disposeAll();
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
  await redis?.stop();
});

it('delivers a mutation made through instance A to a subscriber on instance B over Redis, in order', async () => {
  const [secretariat, jpAdmin] = await Promise.all([a.login('secretariat@apo.demo'), a.login('jp@npo.demo')]);
  const client = onB.open(jpAdmin);
  const sub = client.subscribe(ACTIVITY, { after: await latestCursor(a.gql, secretariat) });
  const ids = [];
  for (let i = 0; i < 3; i++) ids.push(await createUserVia(a.gql, jpAdmin, `redis${i}`));
  const results = await sub.waitFor(3);
  expect(results.map((r) => r.data.activity.subjectId)).toEqual(ids);
});
