import { Column, Entity, Index, Unique } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { Discipline } from './discipline.enum';

/** A department (forvaltning/afdeling): the unit between which personal data exchange is gated. */
@Entity('department')
@Unique('uq_department_name', ['municipalityId', 'name'])
@Index('uq_department_tenant_key', ['id', 'municipalityId'], { unique: true })
export class Department extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: Discipline, enumName: 'discipline' })
  discipline: Discipline;
}
