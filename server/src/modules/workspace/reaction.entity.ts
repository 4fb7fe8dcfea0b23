// One user's reaction (an emoji) to a message; a user reacts with a given emoji at most once.
import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { CreatedEntity } from '../base.entity.js';
import { User } from '../user/user.entity.js';
import { Message } from './message.entity.js';

@Entity()
@Unique({ properties: ['message', 'user', 'emoji'] })
export class MessageReaction extends CreatedEntity {
  @ManyToOne(() => Message, { ref: true, deleteRule: 'cascade' })
  message!: Ref<Message>;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'string', length: 32 })
  emoji!: string;
}
