import { Module } from '@nestjs/common';
import { CompetenceModule } from '../competences/competence.module';
import { NetworkModule } from '../../networks/networks/network.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { CaseloadResolver } from './caseload.resolver';
import { CaseloadService } from './caseload.service';
import { EscalationService } from './escalation.service';
import { RiskAssessmentService } from './risk-assessment.service';

@Module({
  imports: [NetworkModule, StaffModule, CompetenceModule],
  providers: [CaseloadService, EscalationService, RiskAssessmentService, CaseloadResolver],
})
export class CaseloadModule {}
