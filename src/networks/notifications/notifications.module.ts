import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { NetworkModule } from '../networks/network.module';
import { OutboxModule } from '../../platform/outbox/outbox.module';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** Mails to members about their meetings: agenda, minutes for approval, action items, reminders. */
@Module({
  imports: [AgendaModule, NetworkModule, OutboxModule],
  controllers: [UnsubscribeController],
  providers: [NotificationService, NotificationResolver],
})
export class NotificationModule {}
