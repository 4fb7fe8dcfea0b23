// A National Productivity Organization of one economy, or the APO Secretariat.
import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity, ShortText, TextList, SearchVector, type SearchText } from '../base.entity.js';
import { Economy } from '../economy/economy.entity.js';
import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const OrganizationKind = defineEnum('OrganizationKind', ['NPO', 'SECRETARIAT']);
export type OrganizationKind = EnumValue<typeof OrganizationKind>;

/** Searched by modules/search; the migration 20261207004800_search holds the same SQL. */
const SEARCH: SearchText = {
  a: `coalesce(name::text, '') || ' ' || coalesce(acronym::text, '')`,
  b: `search_join(expertise_topics)`,
};

@ObjectType({ description: 'A National Productivity Organization, or the APO Secretariat.' })
@Entity()
export class Organization extends NodeEntity {
  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind })
  kind!: OrganizationKind;

  @ShortText() name!: string;
  @ShortText() acronym!: string;

  /** Null only for the Secretariat. Resolved by a field resolver (batched). */
  @Index()
  @ManyToOne(() => Economy, { ref: true, nullable: true })
  economy?: Ref<Economy>;

  @ShortText('IANA time zone, e.g. Asia/Kathmandu.') timeZone!: string;
  @TextList() expertiseTopics: Opt<string[]> = [];

  @Property({ type: 'text', nullable: true })
  note?: string;

  /** Full-text columns that PostgreSQL generates; never loaded. */
  @SearchVector('organization', 'english', SEARCH) searchEn?: Opt<string>;
  @SearchVector('organization', 'simple', SEARCH) searchSimple?: Opt<string>;
}
