// Inbox times to the millisecond, as new rows are written (events/event-log.ts): the inbox pages
// by time with cursors that hold JavaScript dates, so a row's time must be one a cursor can hold.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207004500_inbox_times_in_milliseconds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "inbox_item" set "created_at" = date_trunc('milliseconds', "created_at") where "created_at" <> date_trunc('milliseconds', "created_at");`);
  }
}
