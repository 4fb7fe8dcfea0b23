// Webhooks (issue 16): endpoints, their deliveries (one per event and webhook) and attempts, and
// the dispatcher's cursor in the event log. The cursor starts at the newest event: a new install
// does not replay history to endpoints that did not exist then.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261206100000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "webhook" ("id" uuid not null, "organization_id" uuid null, "url" text not null, "description" text null,
      "event_types" text[] not null default '{}', "active" boolean not null default true, "disabled_reason" text null, "secret" text not null,
      "since_event_id" bigint not null, "failing_since" timestamptz null, "created_by_id" uuid null,
      "created_at" timestamptz not null default now(), "version" int not null default 1, "updated_at" timestamptz not null default now(),
      constraint "webhook_pkey" primary key ("id"))`);
    this.addSql(`create index "webhook_organization_id_index" on "webhook" ("organization_id")`);
    this.addSql(`alter table "webhook" add constraint "webhook_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "webhook" add constraint "webhook_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "webhook_id" uuid not null, "event_id" bigint null, "message_id" text not null,
      "event_type" text not null, "status" text not null default 'PENDING', "attempt_count" int not null default 0, "next_attempt_at" timestamptz null,
      "window_started_at" timestamptz not null, "created_at" timestamptz not null default now(),
      constraint "webhook_delivery_pkey" primary key ("id"))`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_event_id_unique" unique ("webhook_id", "event_id")`);
    this.addSql(`create index "webhook_delivery_webhook_id_created_at_index" on "webhook_delivery" ("webhook_id", "created_at")`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_foreign" foreign key ("webhook_id") references "webhook" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_status_check" check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED'))`);

    this.addSql(`create table "webhook_attempt" ("id" uuid not null, "delivery_id" uuid not null, "number" int not null, "at" timestamptz not null, "http_status" int null,
      "duration_ms" int not null, "error" text null, constraint "webhook_attempt_pkey" primary key ("id"))`);
    this.addSql(`create index "webhook_attempt_delivery_id_index" on "webhook_attempt" ("delivery_id")`);
    this.addSql(`alter table "webhook_attempt" add constraint "webhook_attempt_delivery_id_foreign" foreign key ("delivery_id") references "webhook_delivery" ("id") on update cascade on delete cascade`);

    // One row: the last event the dispatcher has turned into deliveries (locked FOR UPDATE by each pass).
    this.addSql(`create table "webhook_dispatch_cursor" ("id" int not null primary key, "last_event_id" bigint not null)`);
    this.addSql(`insert into "webhook_dispatch_cursor" ("id", "last_event_id") select 1, coalesce(max("id"), 0) from "activity_event" where "id" > 0`);
  }
}
