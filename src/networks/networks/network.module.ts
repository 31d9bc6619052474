import { Module } from '@nestjs/common';
import { DepartmentModule } from '../../organisation/departments/department.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { MembershipService } from './membership.service';
import { NetworkAccessService } from './network-access.service';
import { NetworkMemberResolver, NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

@Module({
  imports: [StaffModule, DepartmentModule],
  providers: [NetworkAccessService, NetworkService, MembershipService, NetworkResolver, NetworkMemberResolver],
  exports: [NetworkAccessService, NetworkService],
})
export class NetworkModule {}
