// An APO member economy (data/apo-members.csv).
import { Entity, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Flag, NodeEntity, ShortText } from '../base.entity.js';

@ObjectType({ description: 'An APO member economy.' })
@Entity()
export class Economy extends NodeEntity {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. JP.' })
  @Property({ type: 'string', length: 2, unique: true })
  code!: string;

  @ShortText() name!: string;

  @Field(() => Int, { description: 'Year the economy joined the APO.' })
  @Property({ type: 'integer' })
  joinedYear!: number;

  @Flag(true) active: Opt<boolean> = true;
}
