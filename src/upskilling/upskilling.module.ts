import { Module } from '@nestjs/common';
import { DepartmentModule } from '../departments/department.module';
import { NetworkModule } from '../networks/network.module';
import { StaffModule } from '../staff/staff.module';
import { WorkshopResolver } from './upskilling.resolver';
import { UpskillingService } from './upskilling.service';

@Module({
  imports: [NetworkModule, StaffModule, DepartmentModule],
  providers: [UpskillingService, WorkshopResolver],
})
export class UpskillingModule {}
