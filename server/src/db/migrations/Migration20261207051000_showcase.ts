// Issue 19, the showcase: one summary per completed pairing with each side's consent to show it
// (NONE, SIGNED_IN, PUBLIC); it goes with its pairing (cascade).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207051000_showcase extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "showcase_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "version" int not null default 1, "updated_at" timestamptz not null default now(), "pairing_id" uuid not null, "what_worked" text not null, "what_to_try" text not null, "contact_name" varchar(255) not null, "contact_email" varchar(255) not null, "completed_at" timestamptz not null, "sending_consent" text check ("sending_consent" in ('NONE', 'SIGNED_IN', 'PUBLIC')) not null default 'NONE', "sending_consent_by_id" uuid null, "sending_consent_at" timestamptz null, "host_consent" text check ("host_consent" in ('NONE', 'SIGNED_IN', 'PUBLIC')) not null default 'NONE', "host_consent_by_id" uuid null, "host_consent_at" timestamptz null, constraint "showcase_entry_pkey" primary key ("id"))`);
    this.addSql(`alter table "showcase_entry" add constraint "showcase_entry_pairing_id_unique" unique ("pairing_id")`);
    this.addSql(`alter table "showcase_entry" add constraint "showcase_entry_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "showcase_entry" add constraint "showcase_entry_sending_consent_by_id_foreign" foreign key ("sending_consent_by_id") references "app_user" ("id") on update cascade on delete set null`);
    this.addSql(`alter table "showcase_entry" add constraint "showcase_entry_host_consent_by_id_foreign" foreign key ("host_consent_by_id") references "app_user" ("id") on update cascade on delete set null`);
  }
}
