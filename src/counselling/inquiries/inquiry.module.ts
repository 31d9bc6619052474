import { Module } from '@nestjs/common';
import { DepartmentModule } from '../../organisation/departments/department.module';
import { NetworkModule } from '../../networks/networks/network.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { InquiryResolver } from './inquiry.resolver';
import { InquiryService } from './inquiry.service';

@Module({
  imports: [NetworkModule, StaffModule, DepartmentModule],
  providers: [InquiryService, InquiryResolver],
})
export class InquiryModule {}
