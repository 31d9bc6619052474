import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Department } from '../../organisation/departments/department.entity';
import { DataCategory } from './consent.enums';

/** Which categories may flow from one department to another at all. A consent cannot widen it. */
@Entity('data_flow_policy')
@Index('uq_data_flow_policy_pair', ['municipalityId', 'fromDepartmentId', 'toDepartmentId'], { unique: true })
export class DataFlowPolicy extends TenantEntity {
  @Column({ name: 'from_department_id', type: 'uuid' })
  fromDepartmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('from_department_id'))
  fromDepartment?: Department;

  @Column({ name: 'to_department_id', type: 'uuid' })
  toDepartmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('to_department_id'))
  toDepartment?: Department;

  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  categories: DataCategory[];
}
