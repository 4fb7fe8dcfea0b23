// Issue 18 attachments: one row per upload. PENDING until attachFile checks its bytes and
// ties it to exactly one target (a proposal, a pairing's meeting plan, a message or a follow-up);
// rows of a target that is deleted go with it (cascade). Only the upload secret's hash is kept.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207004900_attachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "attachment" (
      "id" uuid not null, "created_at" timestamptz not null default now(),
      "status" text not null default 'PENDING' check ("status" in ('PENDING', 'ATTACHED')),
      "filename" varchar(255) not null, "declared_content_type" varchar(255) not null, "declared_size" integer not null,
      "content_type" varchar(255) null, "size" integer null,
      "storage_key" varchar(255) not null, "upload_secret_hash" varchar(64) not null,
      "uploaded_by_id" uuid not null, "expires_at" timestamptz not null, "attached_at" timestamptz null,
      "proposal_id" uuid null, "pairing_id" uuid null, "message_id" uuid null, "follow_up_id" uuid null,
      constraint "attachment_pkey" primary key ("id"),
      constraint "attachment_one_target" check (num_nonnulls(proposal_id, pairing_id, message_id, follow_up_id) = case when status = 'ATTACHED' then 1 else 0 end))`);
    this.addSql(`alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade`);
    this.addSql(`alter table "attachment" add constraint "attachment_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "attachment" add constraint "attachment_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "attachment" add constraint "attachment_message_id_foreign" foreign key ("message_id") references "message" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "attachment" add constraint "attachment_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up_activity" ("id") on update cascade on delete cascade`);
    for (const col of ['proposal_id', 'pairing_id', 'message_id', 'follow_up_id']) {
      this.addSql(`create index "attachment_${col}_created_at_index" on "attachment" ("${col}", "created_at")`);
    }
    this.addSql(`create index "attachment_status_expires_at_index" on "attachment" ("status", "expires_at")`);
  }
}
