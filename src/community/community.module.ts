import { Module } from '@nestjs/common';
import { NetworkModule } from '../networks/networks/network.module';
import { StaffModule } from '../organisation/staff/staff.module';
import { CivilSocietyGoalResolver, EngagementResolver, HousingAreaResolver, LocalActorResolver, NetworkCommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';

/** Housing areas, local actors, engagements, the civil-society strategy and working groups (src/community). */
@Module({
  imports: [NetworkModule, StaffModule],
  providers: [CommunityService, HousingAreaResolver, LocalActorResolver, EngagementResolver, CivilSocietyGoalResolver, NetworkCommunityResolver],
})
export class CommunityModule {}
