// Mail (issue 17): each person's delivery choice per kind, the outbox (unique per user, event and
// kind: at most one mail each), and the mail dispatcher's cursor in the event log. The cursor
// starts at the newest event: an upgrade does not mail people about the past.
import { Migration } from '@mikro-orm/migrations';

const KINDS = `'MENTION', 'THREAD_MESSAGE', 'HOST_INVITATION', 'HOST_DECISION', 'REVIEW_DECISION', 'STATUS_CHANGE', 'FOLLOW_UP_DUE', 'ROUND_CLOSING', 'MEETING_SOON'`;

export class Migration20261206120000_mail extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "mail_preference" ("id" uuid not null, "user_id" uuid not null, "kind" text check ("kind" in (${KINDS})) not null,
      "delivery" text check ("delivery" in ('IMMEDIATE', 'DAILY_DIGEST', 'OFF')) not null, constraint "mail_preference_pkey" primary key ("id"))`);
    this.addSql(`alter table "mail_preference" add constraint "mail_preference_user_id_kind_unique" unique ("user_id", "kind")`);
    this.addSql(`alter table "mail_preference" add constraint "mail_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`);

    this.addSql(`create table "mail_outbox" ("id" uuid not null, "user_id" uuid not null, "event_id" bigint not null, "kind" text check ("kind" in (${KINDS})) not null,
      "summary" text not null, "status" text check ("status" in ('PENDING', 'SENT', 'SKIPPED', 'FAILED')) not null default 'PENDING',
      "attempt_count" int not null default 0, "last_error" text null, "message_id" text null, "created_at" timestamptz not null default now(),
      "sent_at" timestamptz null, constraint "mail_outbox_pkey" primary key ("id"))`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_user_id_event_id_kind_unique" unique ("user_id", "event_id", "kind")`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`);

    this.addSql(`create table "mail_dispatch_cursor" ("id" int not null, "last_event_id" bigint not null, constraint "mail_dispatch_cursor_pkey" primary key ("id"))`);
    // The unsubscribe links' signing key, created at first use when MAIL_UNSUBSCRIBE_SECRET is not set.
    this.addSql(`create table "mail_signing_key" ("id" int not null, "secret" text not null, constraint "mail_signing_key_pkey" primary key ("id"))`);
    this.addSql(`insert into "mail_dispatch_cursor" ("id", "last_event_id") select 1, coalesce(max("id"), 0) from "activity_event" where "id" > 0`);
  }
}
