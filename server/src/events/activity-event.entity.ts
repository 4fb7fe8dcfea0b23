// The append-only log of every change (the outbox). Its bigint id is the cursor that
// subscriptions resume from; ids are handed out in commit order (see event-log.ts).
import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

@Entity()
@Index({ properties: ['subjectType', 'subjectId'] })
export class ActivityEvent {
  /**
   * Provisional (negative) when inserted, final at commit, in commit order (event-log.ts and
   * Migration20261202020000_event_ids_at_commit); never set by the ORM.
   */
  @PrimaryKey({ type: 'bigint', autoincrement: true, defaultRaw: `(- nextval('activity_event_provisional_id_seq'::regclass))` })
  id!: string;

  /** The writer's transaction id, to find a transaction's final ids after its commit. */
  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()', index: 'activity_event_xid_index', lazy: true })
  xid?: Opt<string>;

  /** e.g. PROPOSAL_SUBMITTED, PAIRING_CHANGED, MESSAGE_POSTED. */
  @Property({ type: 'string' })
  type!: string;

  /** The kind of object changed: Proposal, Pairing, Thread, ProjectNotification, User … */
  @Property({ type: 'string' })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  /** Organizations whose users may see this event (the Secretariat always may). */
  @Property({ type: 'uuid[]', default: '{}' })
  audienceOrgIds: Opt<string[]> = [];

  /** Anyone, even anonymous, may see it (e.g. a notification was published). */
  @Property({ type: 'boolean', default: false })
  audiencePublic: Opt<boolean> = false;

  @Property({ type: 'jsonb', default: '{}' })
  payload: Opt<Record<string, unknown>> = {};

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  /** Set inside COMMIT by the numbering trigger (clock_timestamp()); the start of the event's lag. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true, lazy: true })
  committedAt?: Date;
}
