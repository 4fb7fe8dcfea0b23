// Account mail (issue 17): the single-use links of invitations and password resets (only the
// SHA-256 of a link's token, once its mail is sent), and the mark of an invited person who has
// not yet set their password.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207004100_account_tokens extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "invitation_pending" boolean not null default false`);
    this.addSql(`create table "account_token" ("id" uuid not null, "user_id" uuid not null,
      "purpose" text check ("purpose" in ('INVITATION', 'PASSWORD_RESET')) not null, "token_hash" varchar(255) null,
      "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null,
      "sent_at" timestamptz null, constraint "account_token_pkey" primary key ("id"))`);
    this.addSql(`create index "account_token_user_id_purpose_index" on "account_token" ("user_id", "purpose")`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash")`);
    this.addSql(`alter table "account_token" add constraint "account_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`);
  }
}
