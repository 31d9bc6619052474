import { Module } from '@nestjs/common';
import { StaffModule } from '../../organisation/staff/staff.module';
import { PreparednessResolver } from './preparedness.resolver';
import { PreparednessService } from './preparedness.service';
import { PublicHelpController } from './public-help.controller';
import { PublicHelpService } from './public-help.service';

@Module({
  imports: [StaffModule],
  controllers: [PublicHelpController],
  providers: [PreparednessService, PreparednessResolver, PublicHelpService],
  exports: [PreparednessService],
})
export class PreparednessModule {}
