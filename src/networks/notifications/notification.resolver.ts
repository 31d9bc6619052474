import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { NotificationPreferencesModel, SetNotificationPreferencesInput } from './notification.model';
import { NotificationService } from './notification.service';

@Resolver(() => NotificationPreferencesModel)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Allow(Role.STAFF)
  @Query(() => NotificationPreferencesModel, { description: 'Which mails about meetings I get' })
  myNotificationPreferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferencesModel> {
    return this.notifications.preferencesOf(principal);
  }

  @Allow(Role.STAFF)
  @Mutation(() => NotificationPreferencesModel, { description: 'Choose which mails about meetings I get, and when reminders come' })
  setNotificationPreferences(@CurrentPrincipal() principal: Principal, @Args('input') input: SetNotificationPreferencesInput): Promise<NotificationPreferencesModel> {
    return this.notifications.setPreferences(principal, input);
  }
}
