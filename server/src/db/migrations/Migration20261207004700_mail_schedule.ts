// Reminders and daily digests (issue 17): the key of each reminder produced (inserted with its
// event, so that a reminder is produced once), and each person's digest per local day with the
// event-id bounds it covers.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207004700_mail_schedule extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "mail_reminder" ("key" text not null, "created_at" timestamptz not null default now(), constraint "mail_reminder_pkey" primary key ("key"))`);

    this.addSql(`create table "mail_digest" ("id" uuid not null, "user_id" uuid not null, "local_date" date not null, "after_event_id" bigint not null,
      "upto_event_id" bigint not null, "status" text check ("status" in ('PENDING', 'SENT', 'SKIPPED', 'FAILED')) not null default 'PENDING',
      "attempt_count" int not null default 0, "last_error" text null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null,
      constraint "mail_digest_pkey" primary key ("id"))`);
    this.addSql(`alter table "mail_digest" add constraint "mail_digest_user_id_local_date_unique" unique ("user_id", "local_date")`);
    this.addSql(`alter table "mail_digest" add constraint "mail_digest_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`);
  }
}
