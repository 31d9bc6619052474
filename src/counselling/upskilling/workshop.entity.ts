import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Department } from '../../organisation/departments/department.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';

/** A workshop or talk a resource person gave to a department. */
@Entity('workshop')
@Index('uq_workshop_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_workshop_department_held', ['departmentId', 'heldOn'])
@Check('ck_workshop_participants', 'participants >= 0')
export class Workshop extends TenantEntity {
  @Column({ name: 'given_by_id', type: 'uuid' })
  givenById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('given_by_id'))
  givenBy?: StaffUser;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('department_id'))
  department?: Department;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'int' })
  participants: number;

  @Column({ type: 'varchar', length: 300 })
  topic: string;
}
