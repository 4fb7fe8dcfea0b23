// A message of a thread: markdown as written (rendered safely on read), replies, mentions.
// A deleted message keeps its row as a tombstone so replies still make sense.
import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OptionalTimestamp, VersionedEntity, SearchVector, type SearchText } from '../base.entity.js';
import { User } from '../user/user.entity.js';
import { Thread } from './thread.entity.js';
import { MessageReaction } from './reaction.entity.js';

/** Searched by modules/search; the migration 20261207004800_search holds the same SQL. */
const SEARCH: SearchText = {
  a: `''`,
  b: `coalesce(body, '')`,
};

@ObjectType({ description: 'A message of a thread. A deleted message stays as a tombstone: body null, deletedAt set.' })
@Entity()
@Index({ properties: ['thread', 'createdAt', 'id'] })
export class Message extends VersionedEntity {
  @ManyToOne(() => Thread, { ref: true })
  thread!: Ref<Thread>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Property({ type: 'text' })
  body!: string;

  @ManyToOne(() => Message, { ref: true, nullable: true })
  parent?: Ref<Message>;

  /** Ids of mentioned users. */
  @Field(() => [ID], { description: 'Users mentioned with @email in the body (only members of the pairing: both NPOs and the Secretariat).' })
  @Property({ type: 'uuid[]', default: '{}' })
  mentionedUserIds: Opt<string[]> = [];

  /** Loaded in batches (the ORM's dataloader) for `Message.reactions`. */
  @OneToMany(() => MessageReaction, (r) => r.message, { orderBy: { createdAt: 'ASC', id: 'ASC' } })
  reactions = new Collection<MessageReaction>(this);

  @OptionalTimestamp() editedAt?: Date;
  @OptionalTimestamp() deletedAt?: Date;

  /** Full-text columns that PostgreSQL generates; never loaded. */
  @SearchVector('message', 'english', SEARCH) searchEn?: Opt<string>;
  @SearchVector('message', 'simple', SEARCH) searchSimple?: Opt<string>;
}
