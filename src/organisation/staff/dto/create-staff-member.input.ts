import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreateStaffMemberInput {
  @Field({ description: "The identity provider's subject (sub claim) for this person" })
  @IsNotEmpty()
  @MaxLength(200)
  subject: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @Field()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field(() => ID)
  @IsUUID()
  departmentId: string;
}
