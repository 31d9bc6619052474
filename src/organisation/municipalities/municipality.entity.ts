import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant. Row-level security shows a municipality only its own row. */
@Entity('municipality')
export class Municipality {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The four-digit Danish municipality code (kommunekode), e.g. 0159 for Gladsaxe. */
  @Column({ type: 'varchar', length: 4, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /**
   * A unified administration (enhedsforvaltning, e.g. Horsens) may pass
   * information between administrations when relevant: enables that legal basis.
   */
  @Column({ name: 'unified_administration', type: 'boolean', default: false })
  unifiedAdministration: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
