// Arguments of createUpload and attachFile, validated field by field. The declared type and size
// are the client's word: the size is checked again, and the type found, from the stored bytes.
import { IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CreateUploadInput {
  @Field(() => String, { description: 'The file name; stored made safe (no folders, control characters or markup), at most 200 characters.' })
  @MaxLength(1000, { message: 'filename must be at most 1000 characters long' })
  filename!: string;

  @Field(() => String, { description: "What the client believes the type is; informational only: the type is found from the file's bytes." })
  @MaxLength(255, { message: 'contentType must be at most 255 characters long' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes; at most the server\'s limit (MAX_UPLOAD_MB, 25 MB by default). The upload URL refuses a longer body.' })
  @IsInt()
  @Min(1, { message: 'size must be at least 1 byte' })
  size!: number;
}

@InputType({ description: 'What to attach a file to: exactly one of the ids.' })
export class AttachmentTargetInput {
  @Field(() => ID, { nullable: true, description: 'A proposal (concept notes); the proposer\'s side attaches.' })
  @IsOptional()
  proposalId?: string | null;

  @Field(() => ID, { nullable: true, description: "A pairing's meeting plan (agendas, presentations); either party or the Secretariat." })
  @IsOptional()
  pairingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A message of a planning or follow-up thread; its author.' })
  @IsOptional()
  messageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A follow-up activity; either party or the Secretariat.' })
  @IsOptional()
  followUpId?: string | null;

  @Field(() => ID, { nullable: true, description: "A pairing's meeting record (minutes, signed documents); either party or the Secretariat, while MEETING_HELD or FOLLOW_UP." })
  @IsOptional()
  meetingRecordId?: string | null;
}
