import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { DepartmentModel } from '../../organisation/departments/department.model';
import { DepartmentService } from '../../organisation/departments/department.service';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Page, PageInput } from '../../platform/graphql/pagination';
import { ParseIdPipe } from '../../platform/graphql/validation';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { ExchangeContentModel, ExchangeModel, ExchangePage, ExchangeResultModel, ReplyToExchangeInput, RequestExchangeInput } from './exchange.model';
import { ExchangeService } from './exchange.service';

@Resolver(() => ExchangeModel)
export class ExchangeResolver {
  constructor(
    private readonly exchanges: ExchangeService,
    private readonly departments: DepartmentService,
    private readonly staff: StaffService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => ExchangeResultModel, { description: 'Consent-based case sparring with another department: decided and recorded at once' })
  requestExchange(@CurrentPrincipal() principal: Principal, @Args('input') input: RequestExchangeInput): Promise<ExchangeResultModel> {
    return this.exchanges.request(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => ExchangeResultModel, { description: 'The receiving department answers; gated in the reply direction' })
  replyToExchange(@CurrentPrincipal() principal: Principal, @Args('input') input: ReplyToExchangeInput): Promise<ExchangeResultModel> {
    return this.exchanges.reply(principal, input);
  }

  @Allow(Role.STAFF)
  @Query(() => ExchangeContentModel, { description: 'The exchanged personal data, for the receiving department; every read is recorded' })
  exchangeContent(@CurrentPrincipal() principal: Principal, @Args('exchangeId', { type: () => ID }, ParseIdPipe) exchangeId: string): Promise<ExchangeContentModel> {
    return this.exchanges.readContent(principal, exchangeId);
  }

  @Allow(Role.STAFF)
  @Query(() => ExchangePage, { description: "Exchanges to and from the caller's department (without content)" })
  departmentExchanges(@CurrentPrincipal() principal: Principal, @Args('page', { nullable: true }) page?: PageInput): Promise<Page<ExchangeModel>> {
    return this.exchanges.forMyDepartment(principal, page ?? {});
  }

  @Allow(Role.DATA_PROTECTION_OFFICER)
  @Query(() => ExchangePage, { description: 'Statutory exchanges awaiting review' })
  exchangesPendingReview(@Args('page', { nullable: true }) page?: PageInput): Promise<Page<ExchangeModel>> {
    return this.exchanges.pendingReview(page ?? {});
  }

  @Allow(Role.DATA_PROTECTION_OFFICER)
  @Mutation(() => ExchangeModel)
  markExchangeReviewed(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<ExchangeModel> {
    return this.exchanges.markReviewed(principal, id);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => DepartmentModel)
  fromDepartment(exchange: ExchangeModel): Promise<DepartmentModel> {
    return this.departments.load(exchange.fromDepartmentId);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => DepartmentModel)
  toDepartment(exchange: ExchangeModel): Promise<DepartmentModel> {
    return this.departments.load(exchange.toDepartmentId);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  requestedBy(exchange: ExchangeModel): Promise<StaffMemberModel> {
    return this.staff.load(exchange.requestedById);
  }
}
