// GraphQL shapes of mail preferences (the enums validate the values).
import { Field, InputType, ObjectType } from 'type-graphql';
import { NotificationDelivery, NotificationKind } from './mail.kinds.js';

@ObjectType({ description: 'How alerts of one kind reach you by email.' })
export class NotificationPreference {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationDelivery) delivery!: NotificationDelivery;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationDelivery) delivery!: NotificationDelivery;
}
