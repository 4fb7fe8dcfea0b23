// Arguments of the mailed links' mutations: the token from the link and the new password (the
// same rule as changePassword's newPassword).
import { Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class SetPasswordArgs {
  // Not validated here: a garbled token gets the same answer as an expired one (account-token.ts).
  @Field(() => String, { description: 'The `token` parameter of the mailed link.' })
  token!: string;

  @Field(() => String)
  @Length(8, 200, { message: 'password must be at least 8 characters long' })
  password!: string;
}
