// What a pair agrees to do after the meeting; each has its own discussion thread.
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organization/organization.entity.js';
import { Pairing } from './pairing.entity.js';

export enum FollowUpKind {
  JOINT_PROGRAM = 'JOINT_PROGRAM',
  SUPPORT_PROGRAM = 'SUPPORT_PROGRAM',
  EXPERT_EXCHANGE = 'EXPERT_EXCHANGE',
  OTHER = 'OTHER',
}
registerEnumType(FollowUpKind, { name: 'FollowUpKind' });

export enum FollowUpStatus {
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });

@Entity()
export class FollowUpActivity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Pairing, { ref: true })
  pairing!: Ref<Pairing>;

  @Enum({ items: () => FollowUpKind })
  kind!: FollowUpKind;

  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => Organization, { ref: true })
  ownerOrganization!: Ref<Organization>;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  dueDate?: string;

  @Enum({ items: () => FollowUpStatus, default: FollowUpStatus.PROPOSED })
  status: Opt<FollowUpStatus> = FollowUpStatus.PROPOSED;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
