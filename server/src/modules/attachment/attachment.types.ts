// GraphQL shapes around attachments: what createUpload answers.
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A header the upload request must carry.' })
export class UploadHeader {
  @Field(() => String) name!: string;
  @Field(() => String) value!: string;
}

@ObjectType({ description: 'Where to PUT the bytes of a new file: a short-lived signed URL. Then call attachFile with uploadId.' })
export class CreatedUpload {
  @Field(() => ID) uploadId!: string;

  @Field(() => String, { description: 'PUT the file body here (no credential needed: the URL is the permission), before expiresAt.' })
  url!: string;

  @Field(() => Date, { description: 'The URL stops working then; an upload not attached within an hour after is deleted.' })
  expiresAt!: Date;

  @Field(() => [UploadHeader], { description: 'Headers to send with the PUT (none for the stores supported today).' })
  headers!: UploadHeader[];
}
