import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Department } from '../../organisation/departments/department.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { Workshop } from './workshop.entity';

/** A need for knowledge noted for a department, until a workshop meets it. */
@Entity('knowledge_need')
@Index('uq_knowledge_need_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_knowledge_need_department', ['departmentId', 'notedOn'])
export class KnowledgeNeed extends TenantEntity {
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('department_id'))
  department?: Department;

  @Column({ name: 'noted_by_id', type: 'uuid' })
  notedById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('noted_by_id'))
  notedBy?: StaffUser;

  @Column({ name: 'noted_on', type: 'date' })
  notedOn: string;

  @Column({ type: 'varchar', length: 300 })
  topic: string;

  /** The workshop that met the need; null while it is open. */
  @Column({ name: 'met_by_workshop_id', type: 'uuid', nullable: true })
  metByWorkshopId: string | null;

  @ManyToOne(() => Workshop, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('met_by_workshop_id'))
  metByWorkshop?: Workshop;
}
