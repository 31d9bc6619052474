import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { enqueueJob } from '../jobs/enqueue-job';
import { OutboxMessage } from './outbox-message.entity';

/** The job that delivers one message; its payload names the message, never the recipient. */
export const OUTBOX_DELIVERY = 'outbox.deliver';
export interface OutboxDelivery {
  municipalityId: string;
  messageId: string;
}
/** Attempts before a message is given up as failed. */
export const MAX_ATTEMPTS = 8;

export interface OutgoingMail {
  municipalityId: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  ics?: { method: 'REQUEST' | 'CANCEL'; content: string };
  /** Extra headers, e.g. List-Unsubscribe; never personal data (they are stored as they are). */
  headers?: Record<string, string>;
}

export const recipientAssociatedData = (message: Pick<OutboxMessage, 'municipalityId' | 'id'>) => `outbox:${message.municipalityId}:${message.id}`;

/** Writes e-mails into the outbox, with the job that sends each, in the caller's transaction: the change, its message and the job commit together or not at all. */
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
      headers: mail.headers ?? null,
    });
    await manager.insert(OutboxMessage, message);
    const delivery: OutboxDelivery = { municipalityId: mail.municipalityId, messageId: id };
    await enqueueJob(manager, OUTBOX_DELIVERY, { ...delivery }, { key: `outbox:${id}`, maxAttempts: MAX_ATTEMPTS });
    return message;
  }
}
