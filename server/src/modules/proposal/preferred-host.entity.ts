// A proposal's ranked preferred host NPO (rank 1 = first choice).
import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { UuidEntity } from '../base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { Proposal } from './proposal.entity.js';

@ObjectType('PreferredHost', { description: 'A preferred host NPO of a proposal; rank 1 is the first choice.' })
@Entity()
@Unique({ properties: ['proposal', 'organization'] })
export class ProposalPreferredHost extends UuidEntity {
  @ManyToOne('Proposal', { ref: true, deleteRule: 'cascade' })
  proposal!: Ref<Proposal>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  rank!: number;
}
