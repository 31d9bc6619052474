import { Module } from '@nestjs/common';
import { MeetingModule } from '../meetings/meeting.module';
import { NetworkModule } from '../networks/network.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { AgendaResolver, MeetingAgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';

@Module({
  imports: [MeetingModule, NetworkModule, StaffModule],
  providers: [AgendaService, AgendaResolver, MeetingAgendaResolver],
  exports: [AgendaService],
})
export class AgendaModule {}
