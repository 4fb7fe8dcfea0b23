// `npm run schema:emit` writes schema/schema.graphql; with --check it fails when the file is stale.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from './schema.js';
import { findUp } from '../db/seed/reference.js';

const file = path.join(path.dirname(findUp('package.json')), 'schema', 'schema.graphql');
const text = printAppSchema(await buildAppSchema());
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error('schema/schema.graphql is stale: run `npm run schema:emit` and commit it.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date.');
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
