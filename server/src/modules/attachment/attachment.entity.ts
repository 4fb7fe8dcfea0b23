// A file attached to a proposal, a pairing's meeting plan, a message, a follow-up or a meeting
// record. The row exists from createUpload on (PENDING, with a secret upload URL until
// expiresAt); attachFile checks the stored bytes and sets exactly one target (the database
// checks that too).
import { Check, Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { CreatedEntity } from '../base.entity.js';
import { FollowUpActivity } from '../pairing/follow-up.entity.js';
import { MeetingRecord } from '../meeting-record/meeting-record.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { Proposal } from '../proposal/proposal.entity.js';
import { User } from '../user/user.entity.js';
import { Message } from '../workspace/message.entity.js';

/** An attached file has exactly one target, a pending upload none. */
const ONE_TARGET = `num_nonnulls(proposal_id, pairing_id, message_id, follow_up_id, meeting_record_id) = case when status = 'ATTACHED' then 1 else 0 end`;

export enum AttachmentStatus {
  PENDING = 'PENDING',
  ATTACHED = 'ATTACHED',
}

/** What a file can be attached to; exactly one per attached file. */
export const TARGET_KINDS = ['proposal', 'pairing', 'message', 'followUp', 'meetingRecord'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

@ObjectType({ description: 'A file attached to a proposal, a meeting plan, a message, a follow-up activity or a meeting record; downloaded from `url` with the same credential.' })
@Entity()
@Index({ properties: ['proposalId', 'createdAt'] })
@Index({ properties: ['pairingId', 'createdAt'] })
@Index({ properties: ['messageId', 'createdAt'] })
@Index({ properties: ['followUpId', 'createdAt'] })
@Index({ properties: ['meetingRecordId', 'createdAt'] })
@Index({ properties: ['status', 'expiresAt'] })
@Check({ name: 'attachment_one_target', expression: ONE_TARGET })
export class Attachment extends CreatedEntity {
  @Enum({ items: () => AttachmentStatus, default: AttachmentStatus.PENDING })
  status: Opt<AttachmentStatus> = AttachmentStatus.PENDING;

  @Field(() => String, { description: 'The name it was uploaded with, made safe (no paths, control characters or markup).' })
  @Property({ type: 'string' })
  filename!: string;

  @Property({ type: 'string' })
  declaredContentType!: string;

  @Property({ type: 'integer' })
  declaredSize!: number;

  /** Found by reading the bytes (never the name or the client's word); set when attached. */
  @Property({ type: 'string', nullable: true })
  contentType?: string;

  @Property({ type: 'integer', nullable: true })
  size?: number;

  @Property({ type: 'string', hidden: true })
  storageKey!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  uploadSecretHash!: string;

  @ManyToOne(() => User, { ref: true })
  uploadedBy!: Ref<User>;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  attachedAt?: Date;

  // The target, by key only (the policy reads each through its own feature's finder); a target
  // deleted takes its files along.
  @ManyToOne(() => Proposal, { nullable: true, mapToPk: true, deleteRule: 'cascade', joinColumn: 'proposal_id' }) proposalId?: string;
  @ManyToOne(() => Pairing, { nullable: true, mapToPk: true, deleteRule: 'cascade', joinColumn: 'pairing_id' }) pairingId?: string;
  @ManyToOne(() => Message, { nullable: true, mapToPk: true, deleteRule: 'cascade', joinColumn: 'message_id' }) messageId?: string;
  @ManyToOne(() => FollowUpActivity, { nullable: true, mapToPk: true, deleteRule: 'cascade', joinColumn: 'follow_up_id' }) followUpId?: string;
  @ManyToOne(() => MeetingRecord, { nullable: true, mapToPk: true, deleteRule: 'cascade', joinColumn: 'meeting_record_id' }) meetingRecordId?: string;
}

export function targetOf(a: Attachment): { kind: TargetKind; id: string } | null {
  if (a.proposalId) return { kind: 'proposal', id: a.proposalId };
  if (a.pairingId) return { kind: 'pairing', id: a.pairingId };
  if (a.messageId) return { kind: 'message', id: a.messageId };
  if (a.followUpId) return { kind: 'followUp', id: a.followUpId };
  if (a.meetingRecordId) return { kind: 'meetingRecord', id: a.meetingRecordId };
  return null;
}

