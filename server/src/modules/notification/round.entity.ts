// One closing date of a notification. A round is open until the end of its closing day in
// Asia/Tokyo (the Secretariat's zone): `closesAt` is that instant in UTC.
import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../base.entity.js';
import { ProjectNotification } from './notification.entity.js';

@ObjectType('ApplicationRound', { description: 'One closing date of a notification.' })
@Entity()
@Unique({ properties: ['notification', 'ordinal'] })
export class ApplicationRound extends NodeEntity {
  @ManyToOne(() => ProjectNotification, { ref: true, deleteRule: 'cascade' })
  notification!: Ref<ProjectNotification>;

  /** 1 for the first closing date, 2 for the second … */
  @Field(() => Int)
  @Property({ type: 'integer' })
  ordinal!: number;

  @Field(() => String, { description: 'The closing day, YYYY-MM-DD (Asia/Tokyo).' })
  @Property({ type: 'string', columnType: 'date' })
  closesOn!: string;

  @Field(() => Date, { description: 'End of the closing day in Asia/Tokyo.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  closesAt!: Date;
}
