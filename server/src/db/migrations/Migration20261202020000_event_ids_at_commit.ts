// Event ids in commit order without a global lock held across client round trips (issue 13.5).
// An event row gets a provisional (negative) id when inserted; a deferred constraint trigger,
// which PostgreSQL runs inside COMMIT, takes the event-order lock and gives each row its final
// id from the sequence. The lock is held from there to the end of the commit only, all of it on
// the server, so a writer on a slow link never makes other writers wait for its round trips.
// Ids still become visible in increasing order: a reader that has seen id N never later finds
// an id below N. Each row also keeps its writer's transaction id (xid8), so that a writer can
// find the final ids of its events after its commit.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020000_event_ids_at_commit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "activity_event_provisional_id_seq"`);
    this.addSql(`alter table "activity_event" alter column "id" set default -nextval('activity_event_provisional_id_seq')`);
    this.addSql(`alter table "activity_event" add column "xid" xid8 not null default pg_current_xact_id()`);
    this.addSql(`create index "activity_event_xid_index" on "activity_event" ("xid")`);
    this.addSql(`create function activity_event_number() returns trigger language plpgsql as $$
begin
  -- The same key event-log.ts used before; taken at commit, released when the commit ends.
  perform pg_advisory_xact_lock(7262025);
  update activity_event set id = nextval('activity_event_id_seq') where id = new.id;
  return null;
end $$`);
    this.addSql(`create constraint trigger "activity_event_number" after insert on "activity_event"
      deferrable initially deferred for each row execute function activity_event_number()`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "activity_event_number" on "activity_event"`);
    this.addSql(`drop function activity_event_number()`);
    this.addSql(`alter table "activity_event" drop column "xid"`);
    this.addSql(`alter table "activity_event" alter column "id" set default nextval('activity_event_id_seq')`);
    this.addSql(`drop sequence "activity_event_provisional_id_seq"`);
  }
}
