import { Module } from '@nestjs/common';
import { MeetingModule } from '../meetings/meeting.module';
import { NetworkModule } from '../networks/network.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { ActionItemService } from './action-item.service';
import { ActionItemResolver, MeetingMinutesResolver, MinutesResolver, NetworkActionItemsResolver } from './minutes.resolver';
import { MinutesService } from './minutes.service';

@Module({
  imports: [MeetingModule, NetworkModule, StaffModule],
  providers: [MinutesService, ActionItemService, MinutesResolver, ActionItemResolver, MeetingMinutesResolver, NetworkActionItemsResolver],
})
export class MinutesModule {}
