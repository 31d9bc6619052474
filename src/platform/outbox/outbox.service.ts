import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxMessage } from './outbox-message.entity';

export interface OutgoingMail {
  municipalityId: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  ics?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

export const recipientAssociatedData = (message: Pick<OutboxMessage, 'municipalityId' | 'id'>) => `outbox:${message.municipalityId}:${message.id}`;

/** Writes e-mails into the outbox in the caller's transaction: the change and its message commit together or not at all. */
@Injectable()
export class OutboxService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<OutboxMessage> {
    const id = (await manager.query('SELECT gen_random_uuid() AS id'))[0].id as string;
    const message = manager.create(OutboxMessage, {
      id,
      municipalityId: mail.municipalityId,
      kind: mail.kind,
      recipientSealed: this.config.crypto.keyring.seal('mail-recipient', mail.to, recipientAssociatedData({ municipalityId: mail.municipalityId, id })),
      subject: mail.subject,
      textBody: mail.text,
      icsMethod: mail.ics?.method ?? null,
      ics: mail.ics?.content ?? null,
    });
    await manager.insert(OutboxMessage, message);
    return message;
  }
}
