import { JoinColumnOptions } from 'typeorm';

/**
 * Join columns for a reference to another tenant-owned row. The foreign key
 * includes municipality_id, so PostgreSQL itself refuses a row that points at
 * another municipality's row (foreign-key checks bypass row-level security, so
 * a plain `id` foreign key would not).
 */
export function tenantJoin(column: string): JoinColumnOptions[] {
  return [
    { name: column, referencedColumnName: 'id' },
    { name: 'municipality_id', referencedColumnName: 'municipalityId' },
  ];
}
