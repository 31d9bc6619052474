import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { ParseIdPipe } from '../../platform/graphql/validation';
import { CalendarFeedModel, NewCalendarFeedModel } from './calendar-feed.model';
import { CalendarFeedService } from './calendar-feed.service';

@Resolver(() => CalendarFeedModel)
export class CalendarResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Allow(Role.STAFF)
  @Query(() => [CalendarFeedModel], { description: "The caller's calendar feeds (without their secrets)" })
  myCalendarFeeds(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedModel[]> {
    return this.feeds.mine(principal);
  }

  @Allow(Role.STAFF)
  @Mutation(() => NewCalendarFeedModel, { description: "A feed of all the caller's networks, or of one network they belong to" })
  createCalendarFeed(
    @CurrentPrincipal() principal: Principal,
    @Args('networkId', { type: () => ID, nullable: true }, ParseIdPipe) networkId?: string,
  ): Promise<NewCalendarFeedModel> {
    return this.feeds.create(principal, networkId);
  }

  @Allow(Role.STAFF)
  @Mutation(() => CalendarFeedModel)
  revokeCalendarFeed(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<CalendarFeedModel> {
    return this.feeds.revoke(principal, id);
  }
}
