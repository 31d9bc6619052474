import { Municipality } from '../municipalities/municipality.entity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Department } from '../departments/department.entity';
import { tenantJoin } from '../database/tenant-join';

/** A member of staff who signs in. `subject` is the identity provider's `sub` claim. */
@Entity('staff_user')
@Unique('uq_staff_user_subject', ['municipalityId', 'subject'])
@Index('uq_staff_user_tenant_key', ['id', 'municipalityId'], { unique: true })
export class StaffUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
