import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength, Matches } from 'class-validator';
import { MembershipRole, NetworkKind } from '../network-kind.enum';
import { Formatted, Guarded } from '../../../platform/graphql/text-input';
import { IsLocalDate } from '../../../platform/graphql/local-date';

@InputType()
export class CreateNetworkInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  @Guarded()
  name: string;

  @Field(() => NetworkKind)
  @IsEnum(NetworkKind)
  kind: NetworkKind;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  @Guarded()
  purpose: string;

  @Field({ nullable: true, description: 'RRULE parts; defaults to every second month' })
  @IsOptional()
  @MaxLength(500)
  @Matches(/^[A-Za-z0-9=;,:+-]+$/, { message: '$property must be RRULE parts, e.g. FREQ=MONTHLY;INTERVAL=2' })
  @Formatted('RRULE parts (FREQ=MONTHLY;INTERVAL=2 ...)')
  cadence?: string;

  @Field(() => ID, { description: 'The member of staff who coordinates the network' })
  @IsUUID()
  coordinatorId: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD the network (and its coordinator) started, for networks that predate the system; defaults to today' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
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
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  joinedOn?: string;
}

@InputType()
export class EndNetworkMembershipInput {
  @Field(() => ID)
  @IsUUID()
  membershipId: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; defaults to today' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  leftOn?: string;
}
