// What a pair agrees to do after the meeting; each has its own discussion thread.
import { Collection, Entity, Enum, ManyToOne, OneToMany, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { OptionalDay, Text, VersionedEntity, IndexedRef, SearchVector, type SearchText } from '../base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Pairing } from './pairing.entity.js';
import type { Thread } from '../workspace/thread.entity.js';
import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const FollowUpKind = defineEnum('FollowUpKind', ['JOINT_PROGRAM', 'SUPPORT_PROGRAM', 'EXPERT_EXCHANGE', 'OTHER']);
export type FollowUpKind = EnumValue<typeof FollowUpKind>;

export const FollowUpStatus = defineEnum('FollowUpStatus', ['PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'DROPPED']);
export type FollowUpStatus = EnumValue<typeof FollowUpStatus>;

/** Searched by modules/search; the migration 20261207004800_search holds the same SQL. */
const SEARCH: SearchText = {
  a: `coalesce(title, '')`,
  b: `''`,
};

@ObjectType({ description: 'What a pair agrees to do after the meeting; each has its own discussion thread.' })
@Entity()
export class FollowUpActivity extends VersionedEntity {
  @IndexedRef(() => Pairing)
  pairing!: Ref<Pairing>;

  @Field(() => FollowUpKind)
  @Enum({ items: () => FollowUpKind })
  kind!: FollowUpKind;

  @Text() title!: string;

  @ManyToOne(() => Organization, { ref: true })
  ownerOrganization!: Ref<Organization>;

  @OptionalDay('YYYY-MM-DD.') dueDate?: string;

  @Field(() => FollowUpStatus)
  @Enum({ items: () => FollowUpStatus, default: FollowUpStatus.PROPOSED })
  status: Opt<FollowUpStatus> = FollowUpStatus.PROPOSED;

  /** Its discussion thread (one; `thread.follow_up_id` is unique), loaded in batches. */
  @OneToMany('Thread', (t: Thread) => t.followUp)
  threads = new Collection<Thread>(this);

  /** Full-text columns that PostgreSQL generates; never loaded. */
  @SearchVector('follow_up_activity', 'english', SEARCH) searchEn?: Opt<string>;
  @SearchVector('follow_up_activity', 'simple', SEARCH) searchSimple?: Opt<string>;
}
