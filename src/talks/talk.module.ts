import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { AttendanceModule } from '../attendance/attendance.module';
import { DepartmentModule } from '../departments/department.module';
import { MeetingModule } from '../meetings/meeting.module';
import { NetworkModule } from '../networks/network.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SpeakerModule } from '../speakers/speaker.module';
import { StaffModule } from '../staff/staff.module';
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
