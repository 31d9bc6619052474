import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { DepartmentModule } from '../../organisation/departments/department.module';
import { MeetingModule } from '../meetings/meeting.module';
import { NetworkModule } from '../networks/network.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { KnowledgeResolver, MeetingKnowledgeResolver } from './knowledge.resolver';
import { KnowledgeService } from './knowledge.service';

@Module({
  imports: [MeetingModule, AttendanceModule, NetworkModule, StaffModule, DepartmentModule],
  providers: [KnowledgeService, KnowledgeResolver, MeetingKnowledgeResolver],
})
export class KnowledgeModule {}
