// When each event committed (issue 16, metrics): created_at is the writing transaction's start
// (now()), so the time from commit to push could not be told apart from the transaction's own
// length. The deferred trigger that numbers events inside COMMIT now stamps clock_timestamp() too.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261206220000_event_committed_at extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "activity_event" add column "committed_at" timestamptz null`);
    this.addSql(`create or replace function activity_event_number() returns trigger language plpgsql as $$
begin
  -- The same key event-log.ts used before; taken at commit, released when the commit ends.
  perform pg_advisory_xact_lock(7262025);
  update activity_event set id = nextval('activity_event_id_seq'), committed_at = clock_timestamp() where id = new.id;
  return null;
end $$`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function activity_event_number() returns trigger language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7262025);
  update activity_event set id = nextval('activity_event_id_seq') where id = new.id;
  return null;
end $$`);
    this.addSql(`alter table "activity_event" drop column "committed_at"`);
  }
}
