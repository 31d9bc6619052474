import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { GrantableRole } from '../../platform/auth/role.enum';

@ObjectType('RoleGrant', { description: "A role held by grant in the municipality's records" })
export class RoleGrantModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  staffId: string;

  @Field(() => GrantableRole)
  role: GrantableRole;

  @Field(() => ID, { nullable: true, description: 'Who granted it; null for a first admin provisioned by the operator' })
  grantedBy: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@InputType()
export class RoleGrantInput {
  @Field(() => ID)
  @IsUUID()
  staffId: string;

  @Field(() => GrantableRole)
  @IsEnum(GrantableRole)
  role: GrantableRole;
}
