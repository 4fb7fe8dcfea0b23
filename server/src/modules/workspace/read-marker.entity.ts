// How far a user has read a thread; unread counts are messages after `readUpTo`.
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../user/user.entity.js';
import { Thread } from './thread.entity.js';

@Entity()
@Unique({ properties: ['thread', 'user'] })
export class ThreadReadMarker {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Thread, { ref: true, deleteRule: 'cascade' })
  thread!: Ref<Thread>;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  readUpTo!: Date;
}
