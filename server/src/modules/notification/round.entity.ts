// One closing date of a notification. A round is open until the end of its closing day in
// Asia/Tokyo (the Secretariat's zone): `closesAt` is that instant in UTC.
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ProjectNotification } from './notification.entity.js';

@Entity()
@Unique({ properties: ['notification', 'ordinal'] })
export class ApplicationRound {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ProjectNotification, { ref: true, deleteRule: 'cascade' })
  notification!: Ref<ProjectNotification>;

  /** 1 for the first closing date, 2 for the second … */
  @Property({ type: 'integer' })
  ordinal!: number;

  @Property({ type: 'string', columnType: 'date' })
  closesOn!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  closesAt!: Date;
}
