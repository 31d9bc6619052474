import { Module } from '@nestjs/common';
import { OutboxSender } from './outbox-sender.service';
import { OutboxService } from './outbox.service';

@Module({ providers: [OutboxService, OutboxSender], exports: [OutboxService, OutboxSender] })
export class OutboxModule {}
