// Committed migrations, in order. Listed explicitly so they load the same under tsx, tsc and vitest.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000_initial } from './Migration20261128000000_initial.js';
import { Migration20261128044500_inbox_event_index } from './Migration20261128044500_inbox_event_index.js';
import { Migration20261202020000_event_ids_at_commit } from './Migration20261202020000_event_ids_at_commit.js';
import { Migration20261202030000_seed_marker } from './Migration20261202030000_seed_marker.js';
import { Migration20261206100000_webhooks } from './Migration20261206100000_webhooks.js';
import { Migration20261206110000_calendar_feeds } from './Migration20261206110000_calendar_feeds.js';
import { Migration20261206120000_mail } from './Migration20261206120000_mail.js';
import { Migration20261206220000_event_committed_at } from './Migration20261206220000_event_committed_at.js';
import { Migration20261207004100_account_tokens } from './Migration20261207004100_account_tokens.js';
import { Migration20261207004500_inbox_times_in_milliseconds } from './Migration20261207004500_inbox_times_in_milliseconds.js';
import { Migration20261207004700_mail_schedule } from './Migration20261207004700_mail_schedule.js';
import { Migration20261207004800_search } from './Migration20261207004800_search.js';
import { Migration20261207004900_attachments } from './Migration20261207004900_attachments.js';
import { Migration20261207050000_outcomes } from './Migration20261207050000_outcomes.js';
import { Migration20261207051000_showcase } from './Migration20261207051000_showcase.js';
import { Migration20261207052000_record_attachments } from './Migration20261207052000_record_attachments.js';
import { Migration20261207060000_proposal_list_order } from './Migration20261207060000_proposal_list_order.js';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128000000_initial', class: Migration20261128000000_initial },
  { name: 'Migration20261128044500_inbox_event_index', class: Migration20261128044500_inbox_event_index },
  { name: 'Migration20261202020000_event_ids_at_commit', class: Migration20261202020000_event_ids_at_commit },
  { name: 'Migration20261202030000_seed_marker', class: Migration20261202030000_seed_marker },
  { name: 'Migration20261206100000_webhooks', class: Migration20261206100000_webhooks },
  { name: 'Migration20261206110000_calendar_feeds', class: Migration20261206110000_calendar_feeds },
  { name: 'Migration20261206120000_mail', class: Migration20261206120000_mail },
  { name: 'Migration20261206220000_event_committed_at', class: Migration20261206220000_event_committed_at },
  { name: 'Migration20261207004100_account_tokens', class: Migration20261207004100_account_tokens },
  { name: 'Migration20261207004500_inbox_times_in_milliseconds', class: Migration20261207004500_inbox_times_in_milliseconds },
  { name: 'Migration20261207004700_mail_schedule', class: Migration20261207004700_mail_schedule },
  { name: 'Migration20261207004800_search', class: Migration20261207004800_search },
  { name: 'Migration20261207004900_attachments', class: Migration20261207004900_attachments },
  { name: 'Migration20261207050000_outcomes', class: Migration20261207050000_outcomes },
  { name: 'Migration20261207051000_showcase', class: Migration20261207051000_showcase },
  { name: 'Migration20261207052000_record_attachments', class: Migration20261207052000_record_attachments },
  { name: 'Migration20261207060000_proposal_list_order', class: Migration20261207060000_proposal_list_order },
];
