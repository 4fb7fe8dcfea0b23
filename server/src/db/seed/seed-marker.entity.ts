// A record that a seeding step ran (or was decided against) in this database, so that a restart
// never seeds again: demo data goes once, into an empty program, and never near users' records.
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

@Entity()
export class SeedMarker {
  /** e.g. "demo". */
  @PrimaryKey({ type: 'string' })
  name!: string;

  /** SEEDED, or SKIPPED when the program already held data. */
  @Property({ type: 'string' })
  outcome!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
