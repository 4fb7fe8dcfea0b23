// A project notification (a call), e.g. 25-SN-03-GE-BCN-C. Every field of the APO document.
import { Collection, Entity, Enum, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { UpdatedEntity } from '../base.entity.js';
import { Modality, NotificationStatus } from './notification.enums.js';
import { ApplicationRound } from './round.entity.js';

/** Overseas participant limits per modality, e.g. { VIRTUAL: 10, FACE_TO_FACE: 4 }. */
export type ParticipantLimits = Partial<Record<Modality, number>>;

@ObjectType('ProjectNotification', { description: 'A call for BCN proposals, with every field of the APO document.' })
@Entity()
export class ProjectNotification extends UpdatedEntity {
  @Field(() => String, { nullable: true, description: 'Reference No. of the document, e.g. 520.' })
  @Property({ type: 'string', nullable: true })
  referenceNo?: string;

  /** `YY-XX-NN-GE-XXX-L`, unique. */
  @Field(() => String)
  @Property({ type: 'string', unique: true })
  projectCode!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Date of issue, YYYY-MM-DD.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  issueDate?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  timingStart?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  timingEnd?: string;

  /** Economy codes; empty with `hostingAllMembers` meaning every member. */
  @Field(() => [String], { description: 'Economy codes; empty when hostingAllMembers.' })
  @Property({ type: 'text[]', default: '{}' })
  hostingEconomies: Opt<string[]> = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  hostingAllMembers: Opt<boolean> = false;

  @Field(() => [String], { description: 'Empty when venueAllMembers.' })
  @Property({ type: 'text[]', default: '{}' })
  venueCities: Opt<string[]> = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  venueAllMembers: Opt<boolean> = false;

  @Field(() => Modality, { nullable: true })
  @Enum({ items: () => Modality, nullable: true })
  modality?: Modality;

  @Field(() => [String])
  @Property({ type: 'text[]', default: '{}' })
  implementingOrganizations: Opt<string[]> = [];

  @Field(() => [String], { description: 'Economy codes; empty when participatingAllMembers.' })
  @Property({ type: 'text[]', default: '{}' })
  participatingEconomies: Opt<string[]> = [];

  @Field(() => Boolean, { description: 'All Member Countries: every active economy may take part.' })
  @Property({ type: 'boolean', default: false })
  participatingAllMembers: Opt<boolean> = false;

  @Property({ type: 'jsonb', default: '{}' })
  participantLimits: Opt<ParticipantLimits> = {};

  /** The document's own words for the limits, kept for display. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  overseasParticipantsText?: string;

  /** Null means "Not Applicable". */
  @Field(() => Int, { nullable: true, description: 'Null means Not Applicable.' })
  @Property({ type: 'integer', nullable: true })
  localParticipants?: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  localParticipantsText?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  closingDateText?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  remarks?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  objectives?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  rationale?: string;

  /** Plain-text paragraphs; no markup from the source is kept. */
  @Field(() => [String], { description: 'Plain-text paragraphs.' })
  @Property({ type: 'text[]', default: '{}' })
  background: Opt<string[]> = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  topics?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcome?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  qualifications?: string;

  @Field(() => String, { nullable: true, description: 'Name of the signatory.' })
  @Property({ type: 'text', nullable: true })
  signatory?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  signatoryTitle?: string;

  /** Labels the parser did not know, kept rather than dropped. */
  @Property({ type: 'jsonb', default: '{}' })
  extraFields: Opt<Record<string, string>> = {};

  @Field(() => NotificationStatus)
  @Enum({ items: () => NotificationStatus, default: NotificationStatus.DRAFT })
  status: Opt<NotificationStatus> = NotificationStatus.DRAFT;

  @OneToMany(() => ApplicationRound, (r) => r.notification, { orderBy: { ordinal: 'ASC' } })
  rounds = new Collection<ApplicationRound>(this);

}
