// The showcase summary of one completed pairing (issue 19): what worked, what to try and whom to
// contact, written by either side, and each side's consent to show it. Consents are to a text:
// changing the text clears both (showcase.service.ts).
import { Entity, Enum, ManyToOne, OneToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ShortText, Text, UpdatedEntity } from '../base.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { User } from '../user/user.entity.js';
import { ShowcaseConsent } from './showcase.enums.js';

@ObjectType({ description: "A completed pairing's summary for the showcase: what worked, what to try, a contact." })
@Entity()
export class ShowcaseEntry extends UpdatedEntity {
  @OneToOne(() => Pairing, { owner: true, ref: true, deleteRule: 'cascade' })
  pairing!: Ref<Pairing>;

  @Text('What worked, for other NPOs to learn from.') whatWorked!: string;
  @Text('What another pair should try.') whatToTry!: string;
  @ShortText('Whom to ask about this pairing.') contactName!: string;
  @ShortText('Their email address.') contactEmail!: string;

  /** When the pairing completed (its completion event, or the pairing's last change), fixed when the summary is first written. */
  @Field(() => Date, { description: 'When the pairing was completed.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  completedAt!: Date;

  // Consents (and who gave them, when) are not fields here: showcase.resolver.ts shows them to the pair and the Secretariat only.
  /** Gated in showcase.resolver.ts: only the pair and the Secretariat read the consents. */
  @Enum({ items: () => ShowcaseConsent, default: ShowcaseConsent.NONE })
  sendingConsent: Opt<ShowcaseConsent> = ShowcaseConsent.NONE;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  sendingConsentBy?: Ref<User> | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  sendingConsentAt?: Date | null;

  @Enum({ items: () => ShowcaseConsent, default: ShowcaseConsent.NONE })
  hostConsent: Opt<ShowcaseConsent> = ShowcaseConsent.NONE;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  hostConsentBy?: Ref<User> | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  hostConsentAt?: Date | null;
}
