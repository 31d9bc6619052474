import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound } from '../../platform/errors/app-error';
import { NetworkAccessService } from '../../networks/networks/network-access.service';
import { Speaker } from './speaker.entity';
import { CreateSpeakerInput, SpeakerContactModel, SpeakerSearchInput } from './speaker.model';

const normaliseTopic = (topic: string) => topic.trim().toLowerCase().replace(/\s+/g, ' ');

/** Binds a speaker's sealed contact to its row. */
export const speakerAssociatedData = (speaker: { municipalityId: string; id: string }) => `speaker:${speaker.municipalityId}:${speaker.id}`;

@Injectable()
export class SpeakerService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(principal: Principal, input: CreateSpeakerInput): Promise<Speaker> {
    const caller = await this.access.assertAnyCoordinator(principal);
    const manager = await this.db.manager();
    const speaker = manager.create(Speaker, {
      municipalityId: caller.staff.municipalityId,
      name: input.name,
      organisation: input.organisation ?? null,
      kind: input.kind,
      topics: [...new Set(input.topics.map(normaliseTopic).filter(Boolean))],
      notes: input.notes,
      contactSealed: Buffer.alloc(0),
    });
    speaker.id = (await manager.query('SELECT gen_random_uuid() AS id'))[0].id;
    speaker.contactSealed = this.sealContact(speaker, { email: input.email, phone: input.phone ?? null });
    return manager.save(Speaker, speaker);
  }

  /** The directory, filtered by topic tag and kind; every member of staff may search it (contact details aside). */
  async search(input: SpeakerSearchInput): Promise<Speaker[]> {
    const manager = await this.db.manager();
    const query = manager.createQueryBuilder(Speaker, 's').orderBy('s.name').limit(200);
    if (input.topic) query.andWhere(':topic = ANY(s.topics)', { topic: normaliseTopic(input.topic) });
    if (input.kind) query.andWhere('s.kind = :kind', { kind: input.kind });
    return query.getMany();
  }

  load(id: string): Promise<Speaker> {
    return this.db.byIdLoader(Speaker, 'The speaker').load(id);
  }

  /** Locks the speaker's row: bookings of one speaker are checked one at a time. */
  async lock(manager: EntityManager, id: string): Promise<Speaker> {
    const speaker = await manager.createQueryBuilder(Speaker, 's').where('s.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!speaker) throw notFound('The speaker');
    return speaker;
  }

  async contactFor(principal: Principal, speaker: Speaker): Promise<SpeakerContactModel> {
    await this.access.assertAnyCoordinator(principal);
    return this.contact(speaker);
  }

  contact(speaker: Speaker): SpeakerContactModel {
    return JSON.parse(this.config.crypto.keyring.open('speaker-contact', speaker.contactSealed, speakerAssociatedData(speaker))) as SpeakerContactModel;
  }

  private sealContact(speaker: Speaker, contact: SpeakerContactModel): Buffer {
    return this.config.crypto.keyring.seal('speaker-contact', JSON.stringify(contact), speakerAssociatedData(speaker));
  }
}
