// A BCN project proposed by a sending NPO (or by the Secretariat for one) under a notification.
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Flag, OptionalDay, OptionalText, OptionalTimestamp, Text, UpdatedEntity, IndexedRef, SearchVector, type SearchText } from '../base.entity.js';
import { ProjectNotification } from '../notification/notification.entity.js';
import { ApplicationRound } from '../notification/round.entity.js';
import { Modality } from '../notification/notification.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { ProposalStatus, type Qualification } from './proposal.enums.js';
import { ProposalPreferredHost } from './preferred-host.entity.js';
import { ProposalRevision } from './proposal-revision.entity.js';

export type PlannedParticipant = { name: string; title?: string; qualification: Qualification };

/** Searched by modules/search; the migration 20261207004800_search holds the same SQL. */
const SEARCH: SearchText = {
  a: `coalesce(topic, '')`,
  b: `coalesce(objectives, '') || ' ' || coalesce(expected_outcome, '')`,
};

@ObjectType('Proposal', { description: 'A BCN project proposed by a sending NPO (or by the Secretariat for one) under a notification.' })
@Entity()
@Index({ properties: ['sendingOrganization', 'createdAt'] })
// The lists' default order (newest first, ties by id): a page is read from this index, not sorted.
@Index({ name: 'proposal_created_at_desc_id_index', expression: 'create index "proposal_created_at_desc_id_index" on "proposal" ("created_at" desc, "id")' })
export class Proposal extends UpdatedEntity {
  @IndexedRef(() => ProjectNotification)
  notification!: Ref<ProjectNotification>;

  /** Fixed when the proposal is submitted. */
  @ManyToOne(() => ApplicationRound, { ref: true, nullable: true })
  round?: Ref<ApplicationRound>;

  @ManyToOne(() => Organization, { ref: true })
  sendingOrganization!: Ref<Organization>;

  @ManyToOne(() => User, { ref: true })
  proposedBy!: Ref<User>;

  /** True when the Secretariat proposed it on behalf of the sending NPO. */
  @Flag(false, 'True when the Secretariat proposed it on behalf of the sending NPO.') proposedBySecretariat: Opt<boolean> = false;

  @OneToMany(() => ProposalPreferredHost, (h) => h.proposal, { orderBy: { rank: 'ASC' }, orphanRemoval: true })
  preferredHosts = new Collection<ProposalPreferredHost>(this);

  /** Snapshots at each submission, loaded through the (batched) collection. */
  @OneToMany(() => ProposalRevision, (r) => r.proposal, { orderBy: { number: 'ASC' } })
  revisions = new Collection<ProposalRevision>(this);

  @Text() topic!: string;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  objectives: Opt<string> = '';

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  expectedOutcome: Opt<string> = '';

  @Field(() => Modality)
  @Enum({ items: () => Modality })
  modality!: Modality;

  @OptionalDay('Proposed start, YYYY-MM-DD.') periodStart?: string;
  @OptionalDay('Proposed end, YYYY-MM-DD.') periodEnd?: string;

  @Property({ type: 'jsonb', default: '[]' })
  plannedParticipants: Opt<PlannedParticipant[]> = [];

  @Field(() => ProposalStatus)
  @Index()
  @Enum({ items: () => ProposalStatus, default: ProposalStatus.DRAFT })
  status: Opt<ProposalStatus> = ProposalStatus.DRAFT;

  /** The reviewer's comment, the rejection or the withdrawal reason of the last decision. */
  @OptionalText('The change request comment, the rejection or the withdrawal reason of the last such step.') statusReason?: string;

  @Field(() => Int, { description: 'Send it back with every change; a stale one is a CONFLICT.' })
  declare version: Opt<number>;

  @OptionalTimestamp('The last submission.') submittedAt?: Date;

  /** Full-text columns that PostgreSQL generates; never loaded. */
  @SearchVector('proposal', 'english', SEARCH) searchEn?: Opt<string>;
  @SearchVector('proposal', 'simple', SEARCH) searchSimple?: Opt<string>;
}
