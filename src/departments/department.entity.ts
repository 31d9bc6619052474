import { Municipality } from '../municipalities/municipality.entity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Discipline } from './discipline.enum';

/** A department (forvaltning/afdeling): the unit between which personal data exchange is gated. */
@Entity('department')
@Unique('uq_department_name', ['municipalityId', 'name'])
@Index('uq_department_tenant_key', ['id', 'municipalityId'], { unique: true })
export class Department {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: Discipline, enumName: 'discipline' })
  discipline: Discipline;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
