import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LedgerVerification')
export class LedgerVerificationModel {
  @Field()
  ok: boolean;

  @Field(() => Int, { description: 'Entries in the chain' })
  size: number;

  @Field(() => String, { nullable: true, description: 'Hash of the newest entry, when the chain verifies' })
  headHash?: string | null;

  @Field(() => Int, { nullable: true, description: 'The first entry that does not verify' })
  firstInvalidPosition?: number | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;
}
