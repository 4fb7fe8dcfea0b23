// Mail's tables: a person's choice per kind (only choices that differ from the default are
// kept), the outbox (one row per user, event and kind: at most one mail each, whatever retries,
// restarts and instances do), and the mail dispatcher's position in the event log.
import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { UuidEntity } from '../base.entity.js';
import { User } from '../user/user.entity.js';
import { NotificationDelivery, NotificationKind } from './mail.kinds.js';

@Entity()
@Unique({ properties: ['user', 'kind'] })
export class MailPreference extends UuidEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Enum({ items: () => NotificationDelivery })
  delivery!: NotificationDelivery;
}

export const MailStatus = { PENDING: 'PENDING', SENT: 'SENT', SKIPPED: 'SKIPPED', FAILED: 'FAILED' } as const;
export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

/** What every mail to one person keeps while it is sent: its state, the attempts, when it went. */
abstract class MailToSend extends UuidEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => Object.values(MailStatus), default: MailStatus.PENDING })
  status: Opt<MailStatus> = MailStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attemptCount: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null;
}

@Entity()
@Unique({ properties: ['user', 'eventId', 'kind'] })
export class MailOutbox extends MailToSend {
  @Property({ type: new BigIntType('string') })
  eventId!: string;

  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  /** What the inbox shows for the alert. */
  @Property({ type: 'text' })
  summary!: string;

  /** The Message-ID header, fixed at the first attempt so that a retry repeats it. */
  @Property({ type: 'text', nullable: true })
  messageId?: string | null;
}

/** One row: the last event the mail dispatcher has turned into outbox rows (events/log-follower.ts). */
@Entity()
export class MailDispatchCursor {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: new BigIntType('string') })
  lastEventId!: string;
}

/**
 * One row: the key that signs unsubscribe links when MAIL_UNSUBSCRIBE_SECRET is not set. In the
 * database rather than a file under DATA_DIR, so that every instance signs and checks alike.
 */
@Entity()
export class MailSigningKey {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'text' })
  secret!: string;
}

/**
 * A reminder produced (mail.reminders.ts): its key, e.g. `round:<round id>:<org id>:7d`, inserted
 * in the transaction that records the reminder's event, so that each is produced once whatever
 * restarts and instances do.
 */
@Entity()
export class MailReminder {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

/**
 * One person's daily digest of one local day (unique: one a day, whatever instances do). It covers
 * the events after `afterEventId` up to `uptoEventId`; the next digest starts after the latter.
 */
@Entity()
@Unique({ properties: ['user', 'localDate'] })
export class MailDigest extends MailToSend {
  /** The day in the person's organization's zone, YYYY-MM-DD. */
  @Property({ type: 'string', columnType: 'date' })
  localDate!: string;

  @Property({ type: new BigIntType('string') })
  afterEventId!: string;

  @Property({ type: new BigIntType('string') })
  uptoEventId!: string;
}
