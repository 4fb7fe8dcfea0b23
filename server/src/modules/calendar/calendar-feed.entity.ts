// A calendar feed of an organization's meetings at a secret URL, for Outlook or Google to
// subscribe to. The secret is shown once; only its SHA-256 is kept (as for API tokens).
import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { CreatedEntity, IndexedRef, OptionalText, OptionalTimestamp } from '../base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';

@ObjectType({ description: "A secret calendar URL listing the scheduled meetings of an organization's pairings (all pairings for the Secretariat)." })
@Entity()
export class CalendarFeed extends CreatedEntity {
  @IndexedRef(() => Organization)
  organization!: Ref<Organization>;

  @OptionalText('What the feed is for, e.g. "Team Outlook".') description?: string;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'string', unique: true, hidden: true })
  secretHash!: string;

  @OptionalTimestamp('When it stopped working; its URL then answers 404.') revokedAt?: Date;
}
