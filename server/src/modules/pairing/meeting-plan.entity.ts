// The meeting a pair works out: when (UTC), where, the agenda and the delegates.
import { Entity, Enum, OneToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { OptionalText, OptionalTimestamp, NodeEntity } from '../base.entity.js';
import { Modality } from '../notification/notification.enums.js';
import type { Qualification } from '../proposal/proposal.enums.js';
import type { Pairing } from './pairing.entity.js';

export type AgendaItem = { startsAt: string; endsAt: string; topic: string; presenter: string };
export type Delegate = { name: string; title: string; organizationId: string; qualification: Qualification };

@ObjectType({ description: 'The meeting a pair works out. Times are stored in UTC; localTimes gives them in each party\'s zone.' })
@Entity()
export class MeetingPlan extends NodeEntity {
  @OneToOne('Pairing', (p: Pairing) => p.meetingPlan, { owner: true, deleteRule: 'cascade' })
  pairing!: Pairing;

  @Field(() => Modality, { nullable: true })
  @Enum({ items: () => Modality, nullable: true })
  modality?: Modality;

  @OptionalTimestamp('UTC.') startsAt?: Date;
  @OptionalTimestamp('UTC.') endsAt?: Date;
  @OptionalText() venue?: string;
  @OptionalText() onlineLink?: string;

  /** Ordered as the meeting runs. */
  @Property({ type: 'jsonb', default: '[]' })
  agenda: Opt<AgendaItem[]> = [];

  @Property({ type: 'jsonb', default: '[]' })
  delegates: Opt<Delegate[]> = [];

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  /**
   * The calendar SEQUENCE of the meeting (RFC 5545): raised whenever its time changes, it is
   * scheduled, rescheduled or cancelled, so that calendars replace the copy they hold. Not in the API.
   */
  @Property({ type: 'integer', default: 0 })
  calendarSequence: Opt<number> = 0;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
