// A project notification (a call), e.g. 25-SN-03-GE-BCN-C. Every field of the APO document.
import { Collection, Entity, Enum, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Modality, NotificationStatus } from './notification.enums.js';
import { ApplicationRound } from './round.entity.js';

/** Overseas participant limits per modality, e.g. { VIRTUAL: 10, FACE_TO_FACE: 4 }. */
export type ParticipantLimits = Partial<Record<Modality, number>>;

@Entity()
export class ProjectNotification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', nullable: true })
  referenceNo?: string;

  /** `YY-XX-NN-GE-XXX-L`, unique. */
  @Property({ type: 'string', unique: true })
  projectCode!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  issueDate?: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  timingStart?: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  timingEnd?: string;

  /** Economy codes; empty with `hostingAllMembers` meaning every member. */
  @Property({ type: 'text[]', default: '{}' })
  hostingEconomies: Opt<string[]> = [];

  @Property({ type: 'boolean', default: false })
  hostingAllMembers: Opt<boolean> = false;

  @Property({ type: 'text[]', default: '{}' })
  venueCities: Opt<string[]> = [];

  @Property({ type: 'boolean', default: false })
  venueAllMembers: Opt<boolean> = false;

  @Enum({ items: () => Modality, nullable: true })
  modality?: Modality;

  @Property({ type: 'text[]', default: '{}' })
  implementingOrganizations: Opt<string[]> = [];

  @Property({ type: 'text[]', default: '{}' })
  participatingEconomies: Opt<string[]> = [];

  @Property({ type: 'boolean', default: false })
  participatingAllMembers: Opt<boolean> = false;

  @Property({ type: 'jsonb', default: '{}' })
  participantLimits: Opt<ParticipantLimits> = {};

  /** The document's own words for the limits, kept for display. */
  @Property({ type: 'text', nullable: true })
  overseasParticipantsText?: string;

  /** Null means "Not Applicable". */
  @Property({ type: 'integer', nullable: true })
  localParticipants?: number;

  @Property({ type: 'text', nullable: true })
  localParticipantsText?: string;

  @Property({ type: 'text', nullable: true })
  closingDateText?: string;

  @Property({ type: 'text', nullable: true })
  remarks?: string;

  @Property({ type: 'text', nullable: true })
  objectives?: string;

  @Property({ type: 'text', nullable: true })
  rationale?: string;

  /** Plain-text paragraphs; no markup from the source is kept. */
  @Property({ type: 'text[]', default: '{}' })
  background: Opt<string[]> = [];

  @Property({ type: 'text', nullable: true })
  topics?: string;

  @Property({ type: 'text', nullable: true })
  outcome?: string;

  @Property({ type: 'text', nullable: true })
  qualifications?: string;

  @Property({ type: 'text', nullable: true })
  signatory?: string;

  @Property({ type: 'text', nullable: true })
  signatoryTitle?: string;

  /** Labels the parser did not know, kept rather than dropped. */
  @Property({ type: 'jsonb', default: '{}' })
  extraFields: Opt<Record<string, string>> = {};

  @Enum({ items: () => NotificationStatus, default: NotificationStatus.DRAFT })
  status: Opt<NotificationStatus> = NotificationStatus.DRAFT;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @OneToMany(() => ApplicationRound, (r) => r.notification, { orderBy: { ordinal: 'ASC' } })
  rounds = new Collection<ApplicationRound>(this);

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
