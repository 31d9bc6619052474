import { Logger as NestLogger } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';
import { currentUnitOfWork } from './unit-of-work';

/**
 * TypeORM logger that counts statements per unit of work (the N+1 tests read
 * the count) and logs failures. Parameters are never logged: they may hold
 * personal data.
 */
export class StatementCountingLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    const unitOfWork = currentUnitOfWork.getStore();
    if (unitOfWork) unitOfWork.statementCount += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    const unitOfWork = currentUnitOfWork.getStore();
    if (unitOfWork) unitOfWork.statementCount += 1;
    const code = typeof error === 'object' ? (error as { code?: string }).code : undefined;
    this.logger.warn({ msg: 'query failed', sqlState: code, query: query.slice(0, 500) });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'slow query', ms: time, query: query.slice(0, 500) });
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.log({ msg: message });
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ msg: String(message) });
  }
}
