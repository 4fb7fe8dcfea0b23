// The activity feed as an anonymous visitor sees it: public events only, and no people.
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

it('shows anonymous visitors a published call without naming who published it', async () => {
  const sec = await app.login('secretariat@apo.demo');
  const text = fs.readFileSync('test/fixtures/apo-notification-25-SN-03-GE-BCN-C.txt', 'utf8').replace('25-SN-03-GE-BCN-C', '25-SN-03-GE-BCN-Z');
  const imported = await app.gql(`mutation($t:String!){ importProjectNotification(text:$t){ notification { id version } } }`, { t: text }, sec);
  const { id, version } = imported.data.importProjectNotification.notification;
  const published = await app.gql(`mutation($id:ID!,$v:Int!){ publishProjectNotification(id:$id, version:$v){ status } }`, { id, v: version }, sec);
  expect(published.data.publishProjectNotification.status).toBe('PUBLISHED');

  const FEED = `{ activity(first: 5) { edges { node { type subjectId actor { name email } } } } }`;
  const asSecretariat = (await app.gql(FEED, {}, sec)).data.activity.edges.map((e: any) => e.node);
  expect(asSecretariat[0]).toMatchObject({ type: 'NOTIFICATION_PUBLISHED', subjectId: id, actor: { email: 'secretariat@apo.demo' } });

  const anonymous = (await app.gql(FEED)).data.activity.edges.map((e: any) => e.node);
  expect(anonymous[0]).toEqual({ type: 'NOTIFICATION_PUBLISHED', subjectId: id, actor: null });
  // The draft's creation was never public.
  expect(anonymous.some((n: any) => n.subjectId === id && n.type !== 'NOTIFICATION_PUBLISHED')).toBe(false);
});
