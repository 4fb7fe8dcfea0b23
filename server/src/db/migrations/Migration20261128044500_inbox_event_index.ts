// Inbox items are looked up by event: the realtime layer reads each event's recipients with it.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261128044500_inbox_event_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "inbox_item_event_id_index" on "inbox_item" ("event_id");`);
  }
}
