// GraphQL shapes around a notification that are not columns of their own.
import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/connection.type.js';
import { ProjectNotification } from './notification.entity.js';
import { Modality } from './notification.enums.js';

@ObjectType({ description: 'The most overseas participants for one modality.' })
export class ParticipantLimit {
  @Field(() => Modality) modality!: Modality;
  @Field(() => Int) max!: number;
}

@ObjectType({ description: 'A labelled line of the document that BCN Hub does not know, kept as written.' })
export class ExtraField {
  @Field(() => String) label!: string;
  @Field(() => String) value!: string;
}

export const ProjectNotificationConnection = ConnectionType(ProjectNotification, 'ProjectNotification');

@ObjectType({ description: 'Something in the document that was kept but not understood, e.g. an unknown label.' })
export class ImportWarning {
  @Field(() => Int) line!: number;
  @Field(() => String) label!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'A notification imported from the APO text format, with what the parser noticed.' })
export class ImportProjectNotificationPayload {
  @Field(() => ProjectNotification) notification!: ProjectNotification;
  @Field(() => [ImportWarning]) warnings!: ImportWarning[];
}
