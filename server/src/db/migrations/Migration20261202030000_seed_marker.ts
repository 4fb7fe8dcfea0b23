// Demo data is seeded once per database: the marker records that it was (issue 12.1).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202030000_seed_marker extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "seed_marker" ("name" varchar(255) not null, "outcome" varchar(255) not null, "created_at" timestamptz not null default now(), constraint "seed_marker_pkey" primary key ("name"));`);
  }
}
