// The economies list, as any client or integration reads it: every APO member from
// data/apo-members.csv, by name, with its fields typed as the schema says.
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const members = fs
  .readFileSync(new URL('../../data/apo-members.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  // A member whose participation is uncertain is noted "seed as inactive" (Hong Kong).
  .map(([code, name, joined, , , , note]) => ({ code, name, joinedYear: Number(joined), active: !/inactive/i.test(note ?? '') }));

it('lists every member economy by name, with its code, the year it joined and whether it is active', async () => {
  const r = await app.gql(`{ economies { id code name joinedYear active } }`);
  expect(r.errors).toBeUndefined();
  const byName = [...members].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  expect(r.data.economies.map(({ id: _id, ...rest }: { id: string }) => rest)).toEqual(byName);
  for (const e of r.data.economies) expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
});
