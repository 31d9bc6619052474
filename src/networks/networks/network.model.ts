import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Discipline } from '../../organisation/departments/discipline.enum';
import { MembershipRole, NetworkKind } from './network-kind.enum';

@ObjectType('Network')
export class NetworkModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => NetworkKind)
  kind: NetworkKind;

  @Field()
  purpose: string;

  @Field({ description: 'RFC 5545 RRULE of the usual meeting rhythm, e.g. FREQ=MONTHLY;INTERVAL=2' })
  cadence: string;
}

@ObjectType('NetworkMember', { description: 'One period of membership; leaving ends it, rejoining starts a new one' })
export class NetworkMemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field({ description: 'YYYY-MM-DD' })
  joinedOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while a member' })
  leftOn: string | null;

  networkId: string;
  staffUserId: string;
}

@ObjectType('DisciplineCoverage', { description: 'Which of the five core disciplines the current members cover' })
export class DisciplineCoverageModel {
  @Field(() => [Discipline])
  covered: Discipline[];

  @Field(() => [Discipline])
  missing: Discipline[];
}

/** A specialist team as others may know it: that it exists, to refer a case to it (nothing of its content). */
@ObjectType('SpecialistTeam')
export class SpecialistTeamModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
