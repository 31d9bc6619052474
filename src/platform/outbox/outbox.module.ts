import { Module } from '@nestjs/common';
import { OutboxSender } from './outbox-sender.service';
import { OutboxResolver } from './outbox.resolver';
import { OutboxService } from './outbox.service';

@Module({ providers: [OutboxService, OutboxSender, OutboxResolver], exports: [OutboxService, OutboxSender] })
export class OutboxModule {}
