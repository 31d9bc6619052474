import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The append-only, hash-chained record of consent events, exchange decisions
 * and reads of personal data. Version 2 (every entry since LedgerProofs):
 * entry_hash is the RFC 6962 leaf hash of every column shown (see
 * ledger-leaf.ts and docs/ledger.md); version 1: SHA-256(position, prev_hash,
 * content_hash). A trigger refuses UPDATE, DELETE and TRUNCATE for every role.
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

  /** Version 1 only: SHA-256 of the content (version 2 hashes the content with the rest). */
  @Column({ name: 'content_hash', type: 'varchar', length: 64, nullable: true })
  contentHash: string | null;

  @Column({ name: 'hash_version', type: 'smallint', default: 1 })
  hashVersion: number;

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

/** A signed checkpoint, kept beside the entries; its signature (and the witness's copy) is the evidence, not this row. */
@Entity('ledger_checkpoint')
export class LedgerCheckpointRow {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @PrimaryColumn({ name: 'tree_size', type: 'bigint' })
  treeSize: string;

  @Column({ name: 'root_hash', type: 'varchar', length: 64 })
  rootHash: string;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  /** The C2SP signed note. */
  @Column({ type: 'text' })
  note: string;

  /** The roots of the tree's perfect subtrees at this size (base64): later checkpoints and checks continue from here. */
  @Column({ type: 'jsonb' })
  frontier: string[];
}
