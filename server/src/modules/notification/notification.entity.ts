// A project notification (a call), e.g. 25-SN-03-GE-BCN-C. Every field of the APO document.
import { Collection, Entity, Enum, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Flag, OptionalDay, OptionalText, ShortText, TextList, UpdatedEntity, SearchVector, type SearchText } from '../base.entity.js';
import { Modality, NotificationStatus } from './notification.enums.js';
import { ApplicationRound } from './round.entity.js';

/** Overseas participant limits per modality, e.g. { VIRTUAL: 10, FACE_TO_FACE: 4 }. */
export type ParticipantLimits = Partial<Record<Modality, number>>;

/** Searched by modules/search; the migration 20261207004800_search holds the same SQL. */
const SEARCH: SearchText = {
  a: `coalesce(title::text, '') || ' ' || coalesce(project_code::text, '') || ' ' || coalesce(reference_no::text, '')`,
  b: `coalesce(objectives, '') || ' ' || coalesce(rationale, '') || ' ' || coalesce(topics, '') || ' ' || coalesce(outcome, '') || ' ' || search_join(background)`,
};

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

  @ShortText() title!: string;
  @OptionalDay('Date of issue, YYYY-MM-DD.') issueDate?: string;
  @OptionalDay('YYYY-MM-DD.') timingStart?: string;
  @OptionalDay('YYYY-MM-DD.') timingEnd?: string;

  /** Economy codes; empty with `hostingAllMembers` meaning every member. */
  @TextList('Economy codes; empty when hostingAllMembers.') hostingEconomies: Opt<string[]> = [];
  @Flag(false) hostingAllMembers: Opt<boolean> = false;
  @TextList('Empty when venueAllMembers.') venueCities: Opt<string[]> = [];
  @Flag(false) venueAllMembers: Opt<boolean> = false;

  @Field(() => Modality, { nullable: true })
  @Enum({ items: () => Modality, nullable: true })
  modality?: Modality;

  @TextList() implementingOrganizations: Opt<string[]> = [];
  @TextList('Economy codes; empty when participatingAllMembers.') participatingEconomies: Opt<string[]> = [];
  @Flag(false, 'All Member Countries: every active economy may take part.') participatingAllMembers: Opt<boolean> = false;

  @Property({ type: 'jsonb', default: '{}' })
  participantLimits: Opt<ParticipantLimits> = {};

  /** The document's own words for the limits, kept for display. */
  @OptionalText() overseasParticipantsText?: string;

  /** Null means "Not Applicable". */
  @Field(() => Int, { nullable: true, description: 'Null means Not Applicable.' })
  @Property({ type: 'integer', nullable: true })
  localParticipants?: number;

  @OptionalText() localParticipantsText?: string;
  @OptionalText() closingDateText?: string;
  @OptionalText() remarks?: string;
  @OptionalText() objectives?: string;
  @OptionalText() rationale?: string;

  /** Plain-text paragraphs; no markup from the source is kept. */
  @TextList('Plain-text paragraphs.') background: Opt<string[]> = [];
  @OptionalText() topics?: string;
  @OptionalText() outcome?: string;
  @OptionalText() qualifications?: string;
  @OptionalText('Name of the signatory.') signatory?: string;
  @OptionalText() signatoryTitle?: string;

  /** Labels the parser did not know, kept rather than dropped. */
  @Property({ type: 'jsonb', default: '{}' })
  extraFields: Opt<Record<string, string>> = {};

  @Field(() => NotificationStatus)
  @Enum({ items: () => NotificationStatus, default: NotificationStatus.DRAFT })
  status: Opt<NotificationStatus> = NotificationStatus.DRAFT;

  @OneToMany(() => ApplicationRound, (r) => r.notification, { orderBy: { ordinal: 'ASC' } })
  rounds = new Collection<ApplicationRound>(this);

  /** Full-text columns that PostgreSQL generates; never loaded. */
  @SearchVector('project_notification', 'english', SEARCH) searchEn?: Opt<string>;
  @SearchVector('project_notification', 'simple', SEARCH) searchSimple?: Opt<string>;
}
