import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDate } from '../../platform/graphql/local-date';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { CompetenceKind } from './competence.entity';
import { Formatted, Guarded } from '../../platform/graphql/text-input';

export enum CertificationStatus {
  VALID = 'valid',
  EXPIRING_SOON = 'expiring_soon',
  EXPIRED = 'expired',
  NONE = 'none',
}
registerEnumType(CertificationStatus, { name: 'CertificationStatus' });

@ObjectType('Competence', { description: "A resource person's training, certification or supervision session" })
export class CompetenceModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  staffUserId: string;

  @Field(() => CompetenceKind)
  kind: CompetenceKind;

  @Field()
  title: string;

  @Field()
  provider: string;

  @Field({ description: 'YYYY-MM-DD' })
  completedOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; certifications expire' })
  validUntil: string | null;
}

@ObjectType('MemberCompetences', { description: "One team member's competences, as the team view shows them" })
export class MemberCompetencesModel {
  @Field(() => StaffMemberModel)
  staffMember: StaffMemberModel;

  @Field(() => [CompetenceModel])
  competences: CompetenceModel[];

  @Field(() => CertificationStatus)
  patriarkStatus: CertificationStatus;

  @Field(() => String, { nullable: true })
  patriarkValidUntil: string | null;

  @Field()
  hasDiplomaModule: boolean;

  @Field(() => String, { nullable: true })
  lastSupervisionOn: string | null;
}

@InputType()
export class RecordCompetenceInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller; others: their team coordinator or the admin' })
  @IsOptional()
  @IsUUID()
  staffMemberId?: string;

  @Field(() => CompetenceKind)
  @IsEnum(CompetenceKind)
  kind: CompetenceKind;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  @Guarded()
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(200)
  @Guarded()
  provider: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  completedOn: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; required for a PATRIARK certification' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  validUntil?: string;
}

@InputType()
export class TeamCompetencesInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => Int, { defaultValue: 90, description: 'A certification expiring within this many days is EXPIRING_SOON' })
  @IsInt()
  @Min(1)
  @Max(730)
  expiringWithinDays: number;
}
