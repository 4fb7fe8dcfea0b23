// A message of a thread: markdown as written (rendered safely on read), replies, mentions.
// A deleted message keeps its row as a tombstone so replies still make sense.
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../user/user.entity.js';
import { Thread } from './thread.entity.js';

@Entity()
@Index({ properties: ['thread', 'createdAt', 'id'] })
export class Message {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Thread, { ref: true })
  thread!: Ref<Thread>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Property({ type: 'text' })
  body!: string;

  @ManyToOne(() => Message, { ref: true, nullable: true })
  parent?: Ref<Message>;

  /** Ids of mentioned users. */
  @Property({ type: 'uuid[]', default: '{}' })
  mentionedUserIds: Opt<string[]> = [];

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  editedAt?: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  deletedAt?: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
