import { Module } from '@nestjs/common';
import { NetworkModule } from '../../networks/networks/network.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { CompetenceResolver } from './competence.resolver';
import { CompetenceService } from './competence.service';

@Module({
  imports: [NetworkModule, StaffModule],
  providers: [CompetenceService, CompetenceResolver],
  exports: [CompetenceService],
})
export class CompetenceModule {}
