import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Department } from '../departments/department.entity';

/** A member of staff who signs in. `subject` is the identity provider's `sub` claim. */
@Entity('staff_user')
@Unique('uq_staff_user_subject', ['municipalityId', 'subject'])
@Index('uq_staff_user_tenant_key', ['id', 'municipalityId'], { unique: true })
export class StaffUser extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('department_id'))
  department?: Department;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
