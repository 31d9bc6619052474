import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode, isUniqueViolation, notFound } from '../../platform/errors/app-error';
import { Department } from './department.entity';
import { CreateDepartmentInput } from './dto/create-department.input';

@Injectable()
export class DepartmentService {
  constructor(private readonly db: TenantDatabase) {}

  async list(): Promise<Department[]> {
    const manager = await this.db.manager();
    return manager.find(Department, { order: { name: 'ASC', id: 'ASC' } });
  }

  async create(input: CreateDepartmentInput): Promise<Department> {
    const manager = await this.db.manager();
    const municipalityId = this.db.current().municipalityId!;
    try {
      return await manager.save(Department, manager.create(Department, { ...input, municipalityId }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_department_name')) {
        throw new AppError(ErrorCode.Conflict, 'A department with this name already exists');
      }
      throw error;
    }
  }

  /** Looks a department up under row-level security: another municipality's id is simply not found. */
  async get(id: string): Promise<Department> {
    const manager = await this.db.manager();
    const department = await manager.findOne(Department, { where: { id } });
    if (!department) throw notFound('The department');
    return department;
  }

  /** Batched by the request's DataLoader: one statement however many departments a page shows. */
  load(id: string): Promise<Department> {
    return this.db.byIdLoader(Department, 'The department').load(id);
  }

  /** Hands a department read with another row in this request (a member of staff's) to the by-id loader. */
  remember(department: Department): void {
    this.db.byIdLoader(Department, 'The department').prime(department.id, department);
  }
}
