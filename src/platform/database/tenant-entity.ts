import { CreateDateColumn, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Columns every tenant-owned table has. Each subclass also declares the
 * unique index on (id, municipality_id) that tenantJoin() references, and its
 * migration enables and forces row-level security.
 */
export abstract class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Part of the primary key, as sharding by municipality (Citus) requires of every key of a distributed table.
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  // Named, not imported: the platform does not depend on the organisation area
  // that defines the entity. The relation is here only for its foreign key.
  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: { id: string };

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
