import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { ActionCard, CardContact, PreparednessPlan } from './preparedness-plan.entity';

export interface PublicHelp {
  municipality: string;
  plan?: { title: string; version: number; publishedAt: Date; cards: Pick<ActionCard, 'title' | 'steps' | 'legalNotes' | 'acuteDanger' | 'personConcerned'>[] };
  /** The contact points the municipality published on its action cards, each once. */
  contacts: CardContact[];
}

/**
 * What a municipality publishes for citizens and staff without signing in:
 * its name and the current preparedness plan's action cards and contact
 * points. Nothing else is read: no staff, no drafts (a plan is published
 * whole or not at all), no case data.
 */
@Injectable()
export class PublicHelpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
  ) {}

  async forCode(code: string): Promise<PublicHelp | null> {
    if (!/^\d{4}$/.test(code)) return null;
    const [{ id }] = await this.dataSource.query('SELECT municipality_id_by_code($1) AS id', [code]);
    if (!id) return null;
    return this.db.runAsTenant(id as string, async (manager) => {
      const [{ name }] = await manager.query('SELECT name FROM municipality WHERE id = $1', [id]);
      const plan = await manager.findOne(PreparednessPlan, { where: {}, order: { version: 'DESC' } });
      if (!plan) return { municipality: name as string, contacts: [] };
      const cards = await manager.find(ActionCard, { where: { planId: plan.id }, order: { position: 'ASC' } });
      const contacts = new Map<string, CardContact>();
      for (const contact of cards.flatMap((card) => card.contacts)) contacts.set(`${contact.name}\u0000${contact.howToReach}`, contact);
      return {
        municipality: name as string,
        plan: { title: plan.title, version: plan.version, publishedAt: plan.createdAt, cards: cards.map(({ title, steps, legalNotes, acuteDanger, personConcerned }) => ({ title, steps, legalNotes, acuteDanger, personConcerned })) },
        contacts: [...contacts.values()],
      };
    });
  }
}
