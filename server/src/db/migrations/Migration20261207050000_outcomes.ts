// Issue 19, the outcome side of a pairing: the meeting record (and its confirmed revisions) and the
// completion report (and its submitted revisions); both go with their pairing (cascade).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207050000_outcomes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "meeting_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "version" int not null default 1, "updated_at" timestamptz not null default now(), "pairing_id" uuid not null, "held_from" date null, "held_to" date null, "modality" text check ("modality" in ('VIRTUAL', 'FACE_TO_FACE', 'HYBRID')) null, "participants" jsonb not null default '[]', "sessions" jsonb not null default '[]', "key_learnings" text null, "follow_up_ids" jsonb not null default '[]', "sending_confirmed_by_id" uuid null, "sending_confirmed_at" timestamptz null, "host_confirmed_by_id" uuid null, "host_confirmed_at" timestamptz null, "confirmed_revision" int not null default 0, constraint "meeting_record_pkey" primary key ("id"))`);
    this.addSql(`alter table "meeting_record" add constraint "meeting_record_pairing_id_unique" unique ("pairing_id")`);
    this.addSql(`create table "meeting_record_revision" ("id" uuid not null, "record_id" uuid not null, "number" int not null, "fields" jsonb not null, "confirmed_at" timestamptz not null default now(), constraint "meeting_record_revision_pkey" primary key ("id"))`);
    this.addSql(`alter table "meeting_record_revision" add constraint "meeting_record_revision_record_id_number_unique" unique ("record_id", "number")`);
    this.addSql(`create table "completion_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "version" int not null default 1, "updated_at" timestamptz not null default now(), "pairing_id" uuid not null, "status" text check ("status" in ('DUE', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED', 'WAIVED')) not null default 'DUE', "due_at" timestamptz not null, "outcomes" text not null default '', "application" text not null default '', "follow_up_plan" text not null default '', "change_request" text null, "waiver_reason" text null, "submitted_at" timestamptz null, "decided_at" timestamptz null, "decided_by_id" uuid null, constraint "completion_report_pkey" primary key ("id"))`);
    this.addSql(`alter table "completion_report" add constraint "completion_report_pairing_id_unique" unique ("pairing_id")`);
    this.addSql(`create index "completion_report_status_index" on "completion_report" ("status")`);
    this.addSql(`create table "completion_report_revision" ("id" uuid not null, "report_id" uuid not null, "number" int not null, "fields" jsonb not null, "author_id" uuid not null, "created_at" timestamptz not null default now(), constraint "completion_report_revision_pkey" primary key ("id"))`);
    this.addSql(`alter table "completion_report_revision" add constraint "completion_report_revision_report_id_number_unique" unique ("report_id", "number")`);
    this.addSql(`alter table "meeting_record" add constraint "meeting_record_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "meeting_record" add constraint "meeting_record_sending_confirmed_by_id_foreign" foreign key ("sending_confirmed_by_id") references "app_user" ("id") on update cascade on delete set null`);
    this.addSql(`alter table "meeting_record" add constraint "meeting_record_host_confirmed_by_id_foreign" foreign key ("host_confirmed_by_id") references "app_user" ("id") on update cascade on delete set null`);
    this.addSql(`alter table "meeting_record_revision" add constraint "meeting_record_revision_record_id_foreign" foreign key ("record_id") references "meeting_record" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "completion_report" add constraint "completion_report_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "completion_report" add constraint "completion_report_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null`);
    this.addSql(`alter table "completion_report_revision" add constraint "completion_report_revision_report_id_foreign" foreign key ("report_id") references "completion_report" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "completion_report_revision" add constraint "completion_report_revision_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade`);
  }
}
