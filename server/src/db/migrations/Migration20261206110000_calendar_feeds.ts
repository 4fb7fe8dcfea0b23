// Issue 16 exports: per-organization calendar feeds (only the secret's hash is kept) and the
// calendar SEQUENCE of each meeting, raised when its time changes, it is scheduled, rescheduled or cancelled.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261206110000_calendar_feeds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "calendar_feed" ("id" uuid not null, "organization_id" uuid not null, "description" text null, "created_by_id" uuid not null, "secret_hash" varchar(255) not null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "calendar_feed_pkey" primary key ("id"))`);
    this.addSql(`create index "calendar_feed_organization_id_index" on "calendar_feed" ("organization_id")`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_secret_hash_unique" unique ("secret_hash")`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade`);
    this.addSql(`alter table "meeting_plan" add column "calendar_sequence" int not null default 0`);
  }
}
