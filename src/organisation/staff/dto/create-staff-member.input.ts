import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsUUID, Matches, MaxLength } from 'class-validator';
import { Formatted, PersonalData } from '../../../platform/graphql/text-input';

@InputType()
export class CreateStaffMemberInput {
  @Field({ description: "The identity provider's subject (sub claim) for this person" })
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/^[\x21-\x7e]+$/, { message: '$property must be printable ASCII without spaces' })
  @Formatted("the identity provider's subject: printable ASCII without spaces")
  subject: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  @PersonalData("a member of staff's own record: written by the municipality admin, shown to the municipality's staff (row-level security)")
  displayName: string;

  @Field()
  @IsEmail()
  @MaxLength(320)
  @PersonalData("a member of staff's own record: written by the municipality admin, shown to the municipality's staff (row-level security)")
  email: string;

  @Field(() => ID)
  @IsUUID()
  departmentId: string;
}
