import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The append-only, hash-chained record of consent events, exchange decisions
 * and reads of personal data. entry_hash = SHA-256(position, prev_hash,
 * content_hash) and content_hash = SHA-256(content), content being canonical
 * JSON. A trigger refuses UPDATE, DELETE and TRUNCATE for every role.
 */
@Entity('ledger_entry')
@Index('ix_ledger_entry_citizen', ['municipalityId', 'citizenId'])
export class LedgerEntry {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  /** 1, 2, 3 ... within the municipality. */
  @PrimaryColumn({ type: 'bigint' })
  position: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** Copied out of the content so the access report can find a citizen's entries. */
  @Column({ name: 'citizen_id', type: 'uuid', nullable: true })
  citizenId: string | null;

  @Column({ type: 'text' })
  content: string;

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ name: 'entry_hash', type: 'varchar', length: 64 })
  entryHash: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** The newest entry of each municipality's chain; locking it serialises appends. */
@Entity('ledger_head')
export class LedgerHead {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'bigint' })
  position: string;

  @Column({ name: 'entry_hash', type: 'varchar', length: 64 })
  entryHash: string;
}
