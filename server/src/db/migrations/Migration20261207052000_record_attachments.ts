// Issue 19, documents of the meeting record: a meeting record becomes a fifth attachment target
// (meeting_record_id, cascading with its record like the other targets), and the one-target check
// counts it too.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207052000_record_attachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "attachment" add column "meeting_record_id" uuid null`);
    this.addSql(`alter table "attachment" add constraint "attachment_meeting_record_id_foreign" foreign key ("meeting_record_id") references "meeting_record" ("id") on update cascade on delete cascade`);
    this.addSql(`create index "attachment_meeting_record_id_created_at_index" on "attachment" ("meeting_record_id", "created_at")`);
    this.addSql(`alter table "attachment" drop constraint "attachment_one_target"`);
    this.addSql(`alter table "attachment" add constraint "attachment_one_target" check (num_nonnulls(proposal_id, pairing_id, message_id, follow_up_id, meeting_record_id) = case when status = 'ATTACHED' then 1 else 0 end)`);
  }
}
