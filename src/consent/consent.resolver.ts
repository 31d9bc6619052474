import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';
import { Allow } from '../auth/allow.decorator';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { CurrentPrincipal } from '../graphql/current-principal.decorator';
import { ParseIdPipe } from '../graphql/validation';
import { DataCategory } from './consent.enums';
import { ConsentModel, RecordConsentInput } from './consent.model';
import { ConsentService } from './consent.service';
import { DataFlowPolicyService } from './data-flow-policy.service';

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

@Resolver(() => ConsentModel)
export class ConsentResolver {
  constructor(
    private readonly consents: ConsentService,
    private readonly policies: DataFlowPolicyService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => ConsentModel, { description: "Record a citizen's consent to exchange between departments" })
  recordConsent(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordConsentInput): Promise<ConsentModel> {
    return this.consents.record(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => ConsentModel, { description: "Withdraw a consent on the citizen's word: effective immediately" })
  withdrawConsent(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<ConsentModel> {
    return this.consents.withdraw(principal, id);
  }

  @Allow(Role.STAFF)
  @Query(() => [ConsentModel], { description: "A citizen's consents with their current state (the look-up is recorded)" })
  citizenConsents(@CurrentPrincipal() principal: Principal, @Args('input') input: CitizenLookupInput): Promise<ConsentModel[]> {
    return this.consents.forCitizen(principal, input.cpr);
  }

  @Allow(Role.STAFF)
  @Query(() => [DataFlowPolicyModel])
  dataFlowPolicies(): Promise<DataFlowPolicyModel[]> {
    return this.policies.list();
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => DataFlowPolicyModel, { description: 'Declare which categories may pass between two departments at all' })
  setDataFlowPolicy(@CurrentPrincipal() principal: Principal, @Args('input') input: SetDataFlowPolicyInput): Promise<DataFlowPolicyModel> {
    return this.policies.set(principal, input.fromDepartmentId, input.toDepartmentId, input.categories);
  }
}
