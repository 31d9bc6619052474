import { Module } from '@nestjs/common';
import { AgendaModule } from '../../networks/agenda/agenda.module';
import { AttendanceModule } from '../../networks/attendance/attendance.module';
import { DepartmentModule } from '../../organisation/departments/department.module';
import { MeetingModule } from '../../networks/meetings/meeting.module';
import { NetworkModule } from '../../networks/networks/network.module';
import { OutboxModule } from '../../platform/outbox/outbox.module';
import { SpeakerModule } from '../speakers/speaker.module';
import { StaffModule } from '../../organisation/staff/staff.module';
import { TalkFeedbackService } from './talk-feedback.service';
import { TalkResponseController } from './talk-response.controller';
import { MeetingTalksResolver, TalkResolver } from './talk.resolver';
import { TalkService } from './talk.service';

@Module({
  imports: [MeetingModule, AgendaModule, AttendanceModule, NetworkModule, SpeakerModule, OutboxModule, StaffModule, DepartmentModule],
  controllers: [TalkResponseController],
  providers: [TalkService, TalkFeedbackService, TalkResolver, MeetingTalksResolver],
})
export class TalkModule {}
