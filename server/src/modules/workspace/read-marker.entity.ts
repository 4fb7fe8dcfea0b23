// How far a user has read a thread; unread counts are messages after `readUpTo`.
import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { UuidEntity } from '../base.entity.js';
import { User } from '../user/user.entity.js';
import { Thread } from './thread.entity.js';

@Entity()
@Unique({ properties: ['thread', 'user'] })
export class ThreadReadMarker extends UuidEntity {
  @ManyToOne(() => Thread, { ref: true, deleteRule: 'cascade' })
  thread!: Ref<Thread>;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  readUpTo!: Date;
}
