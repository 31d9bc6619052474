import { Module } from '@nestjs/common';
import { MeetingModule } from '../meetings/meeting.module';
import { NetworkModule } from '../networks/network.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { AttendanceResolver, MeetingInvitationsResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';

@Module({
  imports: [MeetingModule, NetworkModule, StaffModule],
  providers: [AttendanceService, AttendanceResolver, MeetingInvitationsResolver],
  exports: [AttendanceService],
})
export class AttendanceModule {}
