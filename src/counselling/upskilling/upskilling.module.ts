import { Module } from '@nestjs/common';
import { DepartmentModule } from '../../organisation/departments/department.module';
import { NetworkModule } from '../../networks/networks/network.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { WorkshopResolver } from './upskilling.resolver';
import { UpskillingService } from './upskilling.service';

@Module({
  imports: [NetworkModule, StaffModule, DepartmentModule],
  providers: [UpskillingService, WorkshopResolver],
})
export class UpskillingModule {}
