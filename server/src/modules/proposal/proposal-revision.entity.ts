// A snapshot of a proposal's fields at each submission; two revisions can be diffed.
import { Entity, ManyToOne, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { UuidEntity } from '../base.entity.js';
import { User } from '../user/user.entity.js';
import type { Proposal } from './proposal.entity.js';

@ObjectType('ProposalRevision', { description: 'What a proposal said at one submission.' })
@Entity()
@Unique({ properties: ['proposal', 'number'] })
export class ProposalRevision extends UuidEntity {
  @ManyToOne('Proposal', { ref: true, deleteRule: 'cascade' })
  proposal!: Ref<Proposal>;

  @Field(() => Int, { description: '1 for the first submission, 2 for the next …' })
  @Property({ type: 'integer' })
  number!: number;

  /** The submitted fields, by name (topic, objectives, modality, preferredHostIds …). */
  @Field(() => GraphQLJSONObject, { description: 'The submitted fields by name: topic, objectives, expectedOutcome, modality, periodStart, periodEnd, plannedParticipants, preferredHostIds.' })
  @Property({ type: 'jsonb' })
  fields!: Record<string, unknown>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
