import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDate, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ConsentGivenBy, ConsentMethod, ConsentStatus, DataCategory, ExchangePurpose } from './consent.enums';

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

  @Field(() => String, { nullable: true })
  custodyHolderRelation: string | null;

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
  categories: DataCategory[];

  @Field(() => [ExchangePurpose])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(ExchangePurpose, { each: true })
  purposes: ExchangePurpose[];

  @Field()
  @IsDate()
  @Type(() => Date)
  validFrom: Date;

  @Field()
  @IsDate()
  @Type(() => Date)
  validTo: Date;

  @Field(() => ConsentMethod)
  @IsEnum(ConsentMethod)
  method: ConsentMethod;

  @Field()
  @IsNotEmpty()
  @MaxLength(50)
  consentTextVersion: string;

  @Field(() => ConsentGivenBy, { defaultValue: ConsentGivenBy.CITIZEN })
  @IsEnum(ConsentGivenBy)
  givenBy: ConsentGivenBy;

  @Field({ nullable: true, description: 'For a child: the custody holder who consented, by relation (e.g. "mother"), never by name' })
  @IsOptional()
  @MaxLength(100)
  custodyHolderRelation?: string;
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
  cpr: string;
}
