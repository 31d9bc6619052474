import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { currentUnitOfWork, UnitOfWork } from './unit-of-work';

/**
 * How services reach tenant data: `await this.db.manager()` returns the entity
 * manager of the current request's transaction, with the tenant already set.
 * Jobs and seeders run their own unit of work with `runAsTenant`.
 */
@Injectable()
export class TenantDatabase {
  constructor(private readonly dataSource: DataSource) {}

  createUnitOfWork(): UnitOfWork {
    return new UnitOfWork(this.dataSource);
  }

  current(): UnitOfWork {
    const unitOfWork = currentUnitOfWork.getStore();
    if (!unitOfWork) throw new Error('No unit of work: tenant data was requested outside a request or job');
    return unitOfWork;
  }

  manager(): Promise<EntityManager> {
    return this.current().manager();
  }

  /** Runs `work` in its own transaction as the given tenant; commits on success, rolls back on error. */
  async runAsTenant<T>(municipalityId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const unitOfWork = this.createUnitOfWork();
    unitOfWork.setTenant(municipalityId);
    return currentUnitOfWork.run(unitOfWork, async () => {
      try {
        const result = await work(await unitOfWork.manager());
        await unitOfWork.finish(true);
        return result;
      } catch (error) {
        await unitOfWork.finish(false);
        throw error;
      }
    });
  }
}
