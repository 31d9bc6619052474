import { Module } from '@nestjs/common';
import { NetworkModule } from '../networks/network.module';
import { StaffModule } from '../staff/staff.module';
import { CompetenceResolver } from './competence.resolver';
import { CompetenceService } from './competence.service';

@Module({
  imports: [NetworkModule, StaffModule],
  providers: [CompetenceService, CompetenceResolver],
  exports: [CompetenceService],
})
export class CompetenceModule {}
