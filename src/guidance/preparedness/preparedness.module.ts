import { Module } from '@nestjs/common';
import { StaffModule } from '../../organisation/staff/staff.module';
import { PreparednessResolver } from './preparedness.resolver';
import { PreparednessService } from './preparedness.service';

@Module({
  imports: [StaffModule],
  providers: [PreparednessService, PreparednessResolver],
  exports: [PreparednessService],
})
export class PreparednessModule {}
