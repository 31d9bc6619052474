import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { MembershipRole, NetworkKind } from '../network-kind.enum';

@InputType()
export class CreateNetworkInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => NetworkKind)
  @IsEnum(NetworkKind)
  kind: NetworkKind;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  purpose: string;

  @Field({ nullable: true, description: 'RRULE parts; defaults to every second month' })
  @IsOptional()
  @MaxLength(500)
  cadence?: string;

  @Field(() => ID, { description: 'The member of staff who coordinates the network' })
  @IsUUID()
  coordinatorId: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD the network (and its coordinator) started, for networks that predate the system; defaults to today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  establishedOn?: string;
}

@InputType()
export class AddNetworkMemberInput {
  @Field(() => ID)
  @IsUUID()
  networkId: string;

  @Field(() => ID)
  @IsUUID()
  staffMemberId: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER })
  @IsEnum(MembershipRole)
  role: MembershipRole;

  @Field({ nullable: true, description: 'YYYY-MM-DD; defaults to today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  joinedOn?: string;
}

@InputType()
export class EndNetworkMembershipInput {
  @Field(() => ID)
  @IsUUID()
  membershipId: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; defaults to today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  leftOn?: string;
}
