// Full-text search (issue 18): two generated tsvector columns per searchable table, each with a
// GIN index. `search_en` (English stemming, weighted: A title and codes, B the body) matches
// words in their forms; `search_simple` (no stemming, no stop words) matches names, acronyms and
// codes such as 25-SN-03-GE-BCN-C exactly. Pairings have no text of their own: a search joins
// their proposal's and organizations' columns. `search_join` is `array_to_string` declared
// immutable, which a generated column needs (text[] elements print the same everywhere).
import { Migration } from '@mikro-orm/migrations';

type Table = { table: string; a: string; b: string };

const TABLES: Table[] = [
  {
    table: 'project_notification',
    a: `coalesce(title::text, '') || ' ' || coalesce(project_code::text, '') || ' ' || coalesce(reference_no::text, '')`,
    b: `coalesce(objectives, '') || ' ' || coalesce(rationale, '') || ' ' || coalesce(topics, '') || ' ' || coalesce(outcome, '') || ' ' || search_join(background)`,
  },
  { table: 'proposal', a: `coalesce(topic, '')`, b: `coalesce(objectives, '') || ' ' || coalesce(expected_outcome, '')` },
  { table: 'organization', a: `coalesce(name::text, '') || ' ' || coalesce(acronym::text, '')`, b: `search_join(expertise_topics)` },
  { table: 'follow_up_activity', a: `coalesce(title, '')`, b: `''` },
  { table: 'message', a: `''`, b: `coalesce(body, '')` },
];

const vector = (config: string, t: Table) =>
  `setweight(to_tsvector('${config}', ${t.a}), 'A') || setweight(to_tsvector('${config}', ${t.b}), 'B')`;

export class Migration20261207004800_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function search_join(text[]) returns text language sql immutable parallel safe as $$ select coalesce(array_to_string($1, ' '), '') $$`);
    for (const t of TABLES) {
      for (const config of ['english', 'simple']) {
        const column = config === 'english' ? 'search_en' : 'search_simple';
        this.addSql(`alter table "${t.table}" add column "${column}" tsvector generated always as (${vector(config, t)}) stored`);
        this.addSql(`create index "${t.table}_${column}_index" on "${t.table}" using gin ("${column}")`);
      }
    }
  }

  override async down(): Promise<void> {
    for (const t of TABLES) this.addSql(`alter table "${t.table}" drop column "search_en", drop column "search_simple"`);
    this.addSql(`drop function search_join(text[])`);
  }
}
