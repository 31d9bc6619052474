import { Module } from '@nestjs/common';
import { DepartmentModule } from '../../organisation/departments/department.module';
import { MeetingModule } from '../../networks/meetings/meeting.module';
import { NetworkModule } from '../../networks/networks/network.module';
import { PreparednessModule } from '../../guidance/preparedness/preparedness.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { CaseRetentionService } from './case-retention.service';
import { CaseResolver, CaseResponseResolver, MeetingCasesResolver } from './case.resolver';
import { CaseService } from './case.service';

@Module({
  imports: [NetworkModule, MeetingModule, DepartmentModule, StaffModule, PreparednessModule],
  providers: [CaseService, CaseRetentionService, CaseResolver, CaseResponseResolver, MeetingCasesResolver],
  exports: [CaseRetentionService],
})
export class CaseModule {}
