import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, EntityTarget, In } from 'typeorm';
import { notFound } from '../errors/app-error';
import { leanEntity, leanSelect } from './lean-read';
import { byKeys } from './loader-registry';
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

  /** The current unit of work's DataLoader for `name`, created with `batch` on first use. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    return this.current().loaders.get(name, batch);
  }

  /** Loads rows of `entity` by id in one statement per request; a missing id is NOT_FOUND. */
  byIdLoader<T extends { id: string }>(entity: EntityTarget<T>, what: string): DataLoader<string, T> {
    return this.loader<string, T>(`${String((entity as { name?: string }).name)}ById`, async (ids) => {
      const manager = await this.manager();
      const rows = leanEntity(manager.connection, entity) ? await leanSelect(manager, entity, 't.id = ANY($1)', [ids]) : await manager.findBy(entity, { id: In([...ids]) } as never);
      return byKeys(ids, rows, (row) => row.id, () => notFound(what));
    });
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
