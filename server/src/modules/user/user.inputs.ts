import { IsEmail, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from './user.entity.js';

@InputType({ description: 'Who to invite: they set their own password from the mailed link.' })
export class InviteUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { description: 'Defaults to your own organization.', nullable: true })
  organizationId?: string | null;
}

@InputType()
export class CreateUserInput extends InviteUserInput {
  @Field(() => String)
  @Length(8, 200, { message: 'password must be at least 8 characters long' })
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MaxLength(200)
  currentPassword!: string;

  @Field(() => String)
  @Length(8, 200, { message: 'newPassword must be at least 8 characters long' })
  newPassword!: string;
}
