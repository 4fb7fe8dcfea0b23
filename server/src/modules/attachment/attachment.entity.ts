// A file attached to a proposal, a pairing's meeting plan, a message or a follow-up. The row
// exists from createUpload on (PENDING, with a secret upload URL until expiresAt); attachFile
// checks the stored bytes and sets exactly one target (the database checks that too).
import { Entity, Enum, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { CreatedEntity } from '../base.entity.js';
import { User } from '../user/user.entity.js';

export enum AttachmentStatus {
  PENDING = 'PENDING',
  ATTACHED = 'ATTACHED',
}

/** What a file can be attached to; exactly one per attached file. */
export const TARGET_KINDS = ['proposal', 'pairing', 'message', 'followUp'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

@ObjectType({ description: 'A file attached to a proposal, a meeting plan, a message or a follow-up activity; downloaded from `url` with the same credential.' })
@Entity()
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

  @Property({ type: 'string', hidden: true })
  uploadSecretHash!: string;

  @ManyToOne(() => User, { ref: true })
  uploadedBy!: Ref<User>;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  attachedAt?: Date;

  @Property({ type: 'uuid', nullable: true }) proposalId?: string;
  @Property({ type: 'uuid', nullable: true }) pairingId?: string;
  @Property({ type: 'uuid', nullable: true }) messageId?: string;
  @Property({ type: 'uuid', nullable: true }) followUpId?: string;
}

export function targetOf(a: Attachment): { kind: TargetKind; id: string } | null {
  if (a.proposalId) return { kind: 'proposal', id: a.proposalId };
  if (a.pairingId) return { kind: 'pairing', id: a.pairingId };
  if (a.messageId) return { kind: 'message', id: a.messageId };
  if (a.followUpId) return { kind: 'followUp', id: a.followUpId };
  return null;
}

