// What the meeting actually was (issue 19), opened when a pairing's meeting is marked held: the
// days and modality it took place in, who took part, the sessions held, what was learned and the
// follow-ups agreed. Both sides edit it (versioned, merged field by field in the client) and both
// NPO admins confirm it; each confirmed state is kept as a numbered revision, and an edit after a
// confirmation clears both confirmations.
import { Entity, Enum, ManyToOne, OneToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { OptionalDay, OptionalText, OptionalTimestamp, UpdatedEntity, UuidEntity } from '../base.entity.js';
import { Modality } from '../notification/notification.enums.js';
import { Pairing } from '../pairing/pairing.entity.js';
import type { Qualification } from '../proposal/proposal.enums.js';
import { User } from '../user/user.entity.js';

export type Participant = { name: string; title: string; organizationId: string; qualification: Qualification };
export type RecordSession = { title: string; summary: string };

@ObjectType({ description: 'What the meeting actually was: days, modality, participants, sessions, learnings, the follow-ups agreed.' })
@Entity()
export class MeetingRecord extends UpdatedEntity {
  @OneToOne(() => Pairing, { owner: true, ref: true, deleteRule: 'cascade' })
  pairing!: Ref<Pairing>;

  @OptionalDay('First day the meeting took place, YYYY-MM-DD.') heldFrom?: string | null;
  @OptionalDay('Last day the meeting took place, YYYY-MM-DD.') heldTo?: string | null;

  @Field(() => Modality, { nullable: true, description: 'How the meeting actually took place.' })
  @Enum({ items: () => Modality, nullable: true })
  modality?: Modality | null;

  /** Who actually took part; the notification asks for high-level officials, policymakers and NPO officials. */
  @Property({ type: 'jsonb', default: '[]' })
  participants: Opt<Participant[]> = [];

  @Property({ type: 'jsonb', default: '[]' })
  sessions: Opt<RecordSession[]> = [];

  @OptionalText('What the pair learned.') keyLearnings?: string | null;

  /** The follow-up activities agreed at the meeting (ids of this pairing's follow-ups). */
  @Property({ type: 'jsonb', default: '[]' })
  followUpIds: Opt<string[]> = [];

  @ManyToOne(() => User, { ref: true, nullable: true })
  sendingConfirmedBy?: Ref<User> | null;

  @OptionalTimestamp('When an administrator of the sending NPO confirmed the record as it is now.') sendingConfirmedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  hostConfirmedBy?: Ref<User> | null;

  @OptionalTimestamp('When an administrator of the host NPO confirmed the record as it is now.') hostConfirmedAt?: Date | null;

  @Field(() => Int, { description: 'How many times both sides have confirmed it; 0 until the first time.' })
  @Property({ type: 'integer', default: 0 })
  confirmedRevision: Opt<number> = 0;
}

@ObjectType({ description: 'The meeting record as both sides confirmed it, once.' })
@Entity()
@Unique({ properties: ['record', 'number'] })
export class MeetingRecordRevision extends UuidEntity {
  @ManyToOne(() => MeetingRecord, { ref: true, deleteRule: 'cascade' })
  record!: Ref<MeetingRecord>;

  @Field(() => Int, { description: '1 for the first confirmed state, 2 for the next …' })
  @Property({ type: 'integer' })
  number!: number;

  /** The confirmed fields by name (heldFrom, heldTo, modality, participants, sessions, keyLearnings, followUpIds). */
  @Property({ type: 'jsonb' })
  fields!: Record<string, unknown>;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  confirmedAt: Opt<Date> = new Date();
}
