// The committed migrations must produce exactly the schema the entities describe.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

it('has no difference between the entities and the migrated database', async () => {
  const diff = await db.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
  expect(diff.trim(), `a migration is missing; it needs:\n${diff}`).toBe('');
});
