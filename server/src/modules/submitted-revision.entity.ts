// What a proposal and a completion report keep at each submission: a numbered snapshot of the
// submitted fields, by its author. Each subclass names its parent and says how its fields are
// shown; like the levels of base.entity.ts, this one is a type-graphql object type only so that
// its fields are inherited, and is never emitted.
import { ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { UuidEntity } from './base.entity.js';
import { User } from './user/user.entity.js';

@ObjectType()
export abstract class SubmittedRevision extends UuidEntity {
  @Field(() => Int, { description: '1 for the first submission, 2 for the next …' })
  @Property({ type: 'integer' })
  number!: number;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
