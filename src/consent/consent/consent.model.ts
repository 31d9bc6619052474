import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDate, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { ConsentGivenBy, ConsentMethod, ConsentStatus, CustodyHolderRelation, DataCategory, ExchangePurpose } from './consent.enums';

/** e.g. "samtykke-v3", "GDPR-2024.2": a code, not a sentence. */
const CONSENT_TEXT_VERSION = /^[A-Za-z][A-Za-z0-9._-]{0,49}$/;

/** A CPR number has ten digits; a version code with at most six cannot hold one. */
@ValidatorConstraint({ name: 'atMostSixDigits' })
class AtMostSixDigits implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && (value.match(/\d/g) ?? []).length <= 6;
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} may hold at most six digits`;
  }
}
import { Formatted, PersonalData } from '../../platform/graphql/text-input';
import { IsWithinServiceYears } from '../../platform/graphql/local-date';

@ObjectType('Consent', { description: 'A recorded consent and its current state (derived from the ledger of events)' })
export class ConsentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ConsentStatus)
  status: ConsentStatus;

  @Field(() => [ID])
  fromDepartmentIds: string[];

  @Field(() => [ID])
  toDepartmentIds: string[];

  @Field(() => [DataCategory])
  categories: DataCategory[];

  @Field(() => [ExchangePurpose])
  purposes: ExchangePurpose[];

  @Field()
  validFrom: Date;

  @Field()
  validTo: Date;

  @Field(() => ConsentMethod)
  method: ConsentMethod;

  @Field()
  consentTextVersion: string;

  @Field(() => ConsentGivenBy)
  givenBy: ConsentGivenBy;

  @Field(() => CustodyHolderRelation, { nullable: true })
  custodyHolderRelation: CustodyHolderRelation | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field()
  createdAt: Date;

  recordedById: string;
}

@InputType()
export class RecordConsentInput {
  @Field({ description: 'DDMMYY-SSSS; hashed on arrival, never stored' })
  @IsString()
  @MaxLength(20)
  @PersonalData('a CPR number: validated, turned into a keyed hash on arrival, never stored, logged or echoed')
  cpr: string;

  @Field(() => [ID], { description: 'Departments that may share' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  fromDepartmentIds: string[];

  @Field(() => [ID], { description: 'Departments that may receive' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  toDepartmentIds: string[];

  @Field(() => [DataCategory])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(DataCategory, { each: true })
  @ArrayMaxSize(50)
  categories: DataCategory[];

  @Field(() => [ExchangePurpose])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(ExchangePurpose, { each: true })
  @ArrayMaxSize(50)
  purposes: ExchangePurpose[];

  @Field()
  @IsDate()
  @IsWithinServiceYears()
  @Type(() => Date)
  validFrom: Date;

  @Field()
  @IsDate()
  @IsWithinServiceYears()
  @Type(() => Date)
  validTo: Date;

  @Field(() => ConsentMethod)
  @IsEnum(ConsentMethod)
  method: ConsentMethod;

  @Field()
  @MaxLength(50)
  @Matches(CONSENT_TEXT_VERSION, { message: '$property must be a version code: a letter, then letters, digits, dots, dashes or underscores' })
  @Validate(AtMostSixDigits)
  @Formatted('a version code of the consent text: starts with a letter, at most 6 digits')
  consentTextVersion: string;

  @Field(() => ConsentGivenBy, { defaultValue: ConsentGivenBy.CITIZEN })
  @IsEnum(ConsentGivenBy)
  givenBy: ConsentGivenBy;

  @Field(() => CustodyHolderRelation, { nullable: true, description: 'For a child: the custody holder who consented, by relation, never by name' })
  @IsOptional()
  @IsEnum(CustodyHolderRelation)
  custodyHolderRelation?: CustodyHolderRelation;
}

@ObjectType('DataFlowPolicy', { description: 'Which categories may pass from one department to another at all' })
export class DataFlowPolicyModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  fromDepartmentId: string;

  @Field(() => ID)
  toDepartmentId: string;

  @Field(() => [DataCategory])
  categories: DataCategory[];
}

@InputType()
export class SetDataFlowPolicyInput {
  @Field(() => ID)
  @IsUUID()
  fromDepartmentId: string;

  @Field(() => ID)
  @IsUUID()
  toDepartmentId: string;

  @Field(() => [DataCategory], { description: 'An empty list closes the pair' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEnum(DataCategory, { each: true })
  categories: DataCategory[];
}

@InputType()
export class CitizenLookupInput {
  @Field({ description: 'DDMMYY-SSSS; hashed on arrival, never stored' })
  @IsString()
  @MaxLength(20)
  @PersonalData('a CPR number: validated, turned into a keyed hash on arrival, never stored, logged or echoed')
  cpr: string;
}
