// A webhook: an endpoint that receives the events its owner may see, signed per Standard
// Webhooks. Owned by an NPO (organization) or program-wide (no organization: the Secretariat's).
// Each delivery is one event (or a test ping) for one webhook; each attempt is one HTTP request.
import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../shared/enum.js';
import { CreatedEntity, Flag, OptionalText, TextList, UpdatedEntity, UuidEntity } from '../base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';

export const WebhookDeliveryStatus = defineEnum('WebhookDeliveryStatus', ['PENDING', 'SUCCEEDED', 'FAILED']);
export type WebhookDeliveryStatus = EnumValue<typeof WebhookDeliveryStatus>;

@ObjectType()
@Entity()
export class Webhook extends UpdatedEntity {
  /** Null: program-wide (the Secretariat's). */
  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  organization?: Ref<Organization> | null;

  @Field(() => String)
  @Property({ type: 'text' })
  url!: string;

  @OptionalText() description?: string | null;

  @TextList('Event types delivered; empty = every event type.') eventTypes: Opt<string[]> = [];

  @Flag(true, 'False once disabled (by its owner, or after failing continuously for 3 days).') active: Opt<boolean> = true;

  @OptionalText('Why the server disabled it; cleared when it is switched on again.') disabledReason?: string | null;

  /** The signing secret (`whsec_…`): kept readable, as signing needs it; never returned after creation. */
  @Property({ type: 'text', hidden: true })
  secret!: string;

  /** Events up to this id were committed before the webhook existed and are not delivered. */
  @Property({ type: new BigIntType('string'), hidden: true })
  sinceEventId!: string;

  /** Since when every attempt has failed (null after a success). */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true, hidden: true })
  failingSince?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy?: Ref<User> | null;
}

@ObjectType()
@Entity()
@Unique({ properties: ['webhook', 'eventId'] })
@Index({ properties: ['webhook', 'createdAt'] })
export class WebhookDelivery extends CreatedEntity {
  @ManyToOne(() => Webhook, { ref: true, deleteRule: 'cascade' })
  webhook!: Ref<Webhook>;

  /** The event delivered; null for a test ping. */
  @Property({ type: new BigIntType('string'), nullable: true })
  eventId?: string | null;

  /** The `webhook-id` header: the event id, or a fresh id for a test ping. */
  @Property({ type: 'text' })
  messageId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  eventType!: string;

  @Field(() => WebhookDeliveryStatus)
  @Enum({ items: () => WebhookDeliveryStatus, default: WebhookDeliveryStatus.PENDING })
  status: Opt<WebhookDeliveryStatus> = WebhookDeliveryStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attemptCount: Opt<number> = 0;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only).' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  nextAttemptAt?: Date | null;

  /** Start of the current retry window (creation, or the last redelivery). */
  @Property({ type: 'Date', columnType: 'timestamptz', hidden: true })
  windowStartedAt!: Date;
}

@ObjectType()
@Entity()
export class WebhookAttempt extends UuidEntity {
  @ManyToOne(() => WebhookDelivery, { ref: true, index: true, deleteRule: 'cascade' })
  delivery!: Ref<WebhookDelivery>;

  /** 1 for the first attempt of the delivery: the order of attempts, whatever the clock says. */
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz' })
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'Null when no response came (refused address, timeout, connection error).' })
  @Property({ type: 'integer', nullable: true })
  httpStatus?: number | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  durationMs!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  error?: string | null;
}

/** One row: the last event the dispatcher has turned into deliveries (webhook.dispatch.ts locks it). */
@Entity()
export class WebhookDispatchCursor {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: new BigIntType('string') })
  lastEventId!: string;
}
