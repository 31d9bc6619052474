import { Column, Entity, Index } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';
import { TenantEntity } from '../../platform/database/tenant-entity';

export enum SpeakerKind {
  SPECIALIST_TEAM = 'specialist_team',
  CIVIL_SOCIETY = 'civil_society',
  LOCAL_ACTOR = 'local_actor',
  AUTHORITY = 'authority',
  RESEARCHER = 'researcher',
}
registerEnumType(SpeakerKind, { name: 'SpeakerKind' });

/**
 * An external speaker or organisation (no user account). Contact details are
 * personal data: stored sealed (AES-256-GCM) and shown to coordinators only.
 */
@Entity('speaker')
@Index('uq_speaker_tenant_key', ['id', 'municipalityId'], { unique: true })
export class Speaker extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation: string | null;

  @Column({ type: 'enum', enum: SpeakerKind, enumName: 'speaker_kind' })
  kind: SpeakerKind;

  /** Topic tags, lower case, e.g. "digital control", "forced marriage", "patriark". */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  /** JSON { email, phone }, sealed. */
  @Column({ name: 'contact_sealed', type: 'bytea' })
  contactSealed: Buffer;

  @Column({ type: 'text', default: '' })
  notes: string;
}
