import { Module } from '@nestjs/common';
import { NetworkModule } from '../networks/network.module';
import { CalendarController } from './calendar.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarResolver } from './calendar.resolver';

@Module({ imports: [NetworkModule], controllers: [CalendarController], providers: [CalendarFeedService, CalendarResolver] })
export class CalendarModule {}
