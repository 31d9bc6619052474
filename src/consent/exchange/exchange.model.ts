import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DataCategory, ExchangeDecision, ExchangePurpose, LegalBasis, RefusalReason, ReviewStatus } from '../consent/consent.enums';
import { PageOf } from '../../platform/graphql/pagination';
import { PersonalData } from '../../platform/graphql/text-input';

@ObjectType('Exchange', { description: 'A decision on passing personal data between two departments; the content is read separately' })
export class ExchangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  conversationId: string;

  @Field(() => ID, { nullable: true })
  inReplyToId: string | null;

  @Field(() => [DataCategory])
  categories: DataCategory[];

  @Field(() => ExchangePurpose)
  purpose: ExchangePurpose;

  @Field(() => ExchangeDecision)
  decision: ExchangeDecision;

  @Field(() => RefusalReason, { nullable: true })
  refusalReason: RefusalReason | null;

  @Field(() => ID, { nullable: true, description: 'The consent the permission relied on' })
  consentId: string | null;

  @Field(() => LegalBasis, { nullable: true, description: 'Set when the exchange was made without consent on a statutory basis' })
  legalBasis: LegalBasis | null;

  @Field(() => ReviewStatus)
  reviewStatus: ReviewStatus;

  @Field()
  createdAt: Date;

  @Field({ description: "Position of the decision in the municipality's ledger" })
  ledgerPosition: string;

  fromDepartmentId: string;
  toDepartmentId: string;
  requestedById: string;
}

export const ExchangePage = PageOf(ExchangeModel, 'ExchangePage');

@ObjectType('ExchangeResult')
export class ExchangeResultModel {
  @Field(() => ExchangeModel)
  exchange: ExchangeModel;

  @Field()
  permitted: boolean;

  @Field({ description: 'The decision in words' })
  message: string;

  @Field(() => String, { nullable: true, description: 'When refused: what the member can do instead' })
  alternative: string | null;
}

@ObjectType('ExchangeContent')
export class ExchangeContentModel {
  @Field(() => ID)
  exchangeId: string;

  @Field()
  content: string;

  @Field(() => String, { nullable: true, description: 'The written justification of a statutory exchange' })
  justification: string | null;
}

/** The data categories an exchange carries: at least one, each once. */
const CategoriesField = () =>
  applyDecorators(Field(() => [DataCategory]), ArrayMinSize(1), ArrayMaxSize(10), ArrayUnique(), IsEnum(DataCategory, { each: true }));

@InputType()
export class RequestExchangeInput {
  @Field({ description: "The citizen's CPR number; hashed on arrival, never stored" })
  @IsString()
  @MaxLength(20)
  @PersonalData('a CPR number: validated, turned into a keyed hash on arrival, never stored, logged or echoed')
  cpr: string;

  @Field(() => ID, { description: "The requester's own department" })
  @IsUUID()
  fromDepartmentId: string;

  @Field(() => ID)
  @IsUUID()
  toDepartmentId: string;

  @CategoriesField()
  categories: DataCategory[];

  @Field(() => ExchangePurpose)
  @IsEnum(ExchangePurpose)
  purpose: ExchangePurpose;

  @Field({ description: 'The message with the personal data; stored encrypted, and only if permitted' })
  @IsNotEmpty()
  @MaxLength(20_000)
  @PersonalData('exchanged personal data: sealed with AES-256-GCM bound to the exchange, read only by the receiving department, every read in the ledger')
  content: string;

  @Field(() => LegalBasis, { nullable: true, description: 'Only for an exchange without consent on a statutory basis' })
  @IsOptional()
  @IsEnum(LegalBasis)
  legalBasis?: LegalBasis;

  @Field({ nullable: true, description: 'Required with a legal basis' })
  @IsOptional()
  @MaxLength(5000)
  @PersonalData('exchanged personal data: sealed with AES-256-GCM bound to the exchange, read only by the receiving department, every read in the ledger')
  justification?: string;
}

@InputType()
export class ReplyToExchangeInput {
  @Field(() => ID)
  @IsUUID()
  exchangeId: string;

  @CategoriesField()
  categories: DataCategory[];

  @Field()
  @IsNotEmpty()
  @MaxLength(20_000)
  @PersonalData('exchanged personal data: sealed with AES-256-GCM bound to the exchange, read only by the receiving department, every read in the ledger')
  content: string;
}
