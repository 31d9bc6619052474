import { Module } from '@nestjs/common';
import { NetworkModule } from '../networks/network.module';
import { MeetingResolver, NetworkMeetingsResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';

@Module({
  imports: [NetworkModule],
  providers: [MeetingService, MeetingResolver, NetworkMeetingsResolver],
  exports: [MeetingService],
})
export class MeetingModule {}
