// The meeting a pair works out: when (UTC), where, the agenda and the delegates.
import { Entity, Enum, OneToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Modality } from '../notification/notification.enums.js';
import type { Qualification } from '../proposal/proposal.enums.js';
import type { Pairing } from './pairing.entity.js';

export type AgendaItem = { startsAt: string; endsAt: string; topic: string; presenter: string };
export type Delegate = { name: string; title: string; organizationId: string; qualification: Qualification };

@Entity()
export class MeetingPlan {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne('Pairing', (p: Pairing) => p.meetingPlan, { owner: true, deleteRule: 'cascade' })
  pairing!: Pairing;

  @Enum({ items: () => Modality, nullable: true })
  modality?: Modality;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  startsAt?: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  endsAt?: Date;

  @Property({ type: 'text', nullable: true })
  venue?: string;

  @Property({ type: 'text', nullable: true })
  onlineLink?: string;

  /** Ordered as the meeting runs. */
  @Property({ type: 'jsonb', default: '[]' })
  agenda: Opt<AgendaItem[]> = [];

  @Property({ type: 'jsonb', default: '[]' })
  delegates: Opt<Delegate[]> = [];

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
