import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { AppError, ErrorCode } from '../errors/app-error';
import { LoaderRegistry } from './loader-registry';
import { TENANT_SETTING } from './database-roles';

/**
 * What a statement gets when its request has already ended (its client left,
 * or it was answered): it is never sent. Not an error of the service, so it is
 * not logged as one.
 */
export class RequestEndedError extends Error {
  constructor() {
    super('The request has ended; its remaining work was not carried out');
    this.name = 'RequestEndedError';
  }
}

/**
 * One request's (or one job's) database work: a single transaction, begun on
 * first use, in which the tenant is set transaction-locally so that row-level
 * security applies to every statement. The tenant comes from the verified
 * token only; nothing a client sends can change it.
 */
export class UnitOfWork {
  /** Statements sent in this unit of work; tests and benchmarks read it to catch N+1 queries. */
  statementCount = 0;
  /**
   * Set when the work appended to the ledger (a read of personal data, a
   * decision). If the unit of work then rolls back, its evidence is gone, so
   * the request must not release the data either (unit-of-work.plugin.ts).
   */
  recordedEvidence = false;
  /** Per-request DataLoaders: batch within this unit of work, never cache across requests or tenants. */
  get loaders(): LoaderRegistry {
    return this.loaderRegistry;
  }
  private loaderRegistry = new LoaderRegistry();
  private municipality?: string;
  private runner?: QueryRunner;
  private begun?: Promise<EntityManager>;
  private finished = false;
  /** Set once the final COMMIT or ROLLBACK is under way: no other statement is sent after it. */
  private closed = false;
  /** The client went away before the answer; the work was rolled back and stopped. */
  endedByClient = false;
  private prelude?: Prelude;

  constructor(private readonly dataSource: DataSource) {}

  get municipalityId(): string | undefined {
    return this.municipality;
  }

  /** Binds the unit of work to a tenant. Allowed once, before any statement runs. */
  setTenant(municipalityId: string): void {
    if (this.begun || (this.municipality && this.municipality !== municipalityId)) {
      throw new Error('The tenant of a unit of work cannot change once set');
    }
    this.municipality = municipalityId;
  }

  /**
   * Forgets every row the loaders hold. A retried mutation starts from what
   * the database holds after the rollback to its savepoint, not from entities
   * the failed attempt already changed in memory.
   */
  resetLoaders(): void {
    this.loaderRegistry = new LoaderRegistry();
  }

  manager(): Promise<EntityManager> {
    if (!this.municipality) {
      // A public operation reached tenant data: a programming error, never a client's.
      return Promise.reject(new Error('Tenant data was requested without an authenticated tenant'));
    }
    if (this.finished) return Promise.reject(new RequestEndedError());
    this.begun ??= this.begin(this.municipality);
    return this.begun;
  }

  /**
   * Begins the unit of work with `sql` as its first statement, in the same
   * round trip as START TRANSACTION and the tenant setting, and returns its
   * rows: the caller's own record, which every authenticated request reads
   * first (one round trip of the five or six a short read takes). `sql` is
   * sent on the simple protocol, so it holds no parameters: a value in it must
   * be quoted with escapeLiteral. Once begun, it is an ordinary statement.
   */
  async beginWith<Row>(sql: string): Promise<Row[]> {
    if (this.begun || !this.municipality || this.finished) return (await this.manager()).query(sql);
    let rows: Row[] = [];
    this.prelude = { sql, receive: (received) => (rows = received as Row[]) };
    await this.manager();
    return rows;
  }

  private async begin(municipalityId: string): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    (runner.data as { unitOfWork?: UnitOfWork }).unitOfWork = this;
    try {
      await runner.connect();
      await beginAsTenant(runner, municipalityId, this.prelude, () => (this.statementCount += 1));
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw databaseUnavailable(error);
    }
    serializeQueries(runner, () => this.closed);
    this.runner = runner;
    return runner.manager;
  }

  /** Commits (or rolls back) and returns the connection to the pool. Safe to call twice. */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (!this.begun) return;
    await this.begun.catch(() => undefined);
    const runner = this.runner;
    if (!runner) return;
    // From here on only the COMMIT or ROLLBACK goes out: statements still queued or
    // issued by resolvers that run on are refused, never sent outside the transaction.
    this.closed = true;
    try {
      if (commit) await runner.commitTransaction();
      else await runner.rollbackTransaction();
    } catch (error) {
      if (commit) throw error;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }
}

/**
 * GraphQL resolves sibling fields concurrently, but one transaction is one
 * connection, and a pg client must not be handed a query while another is
 * running (deprecated in pg 8, removed in pg 9). Queue them instead.
 */
function serializeQueries(runner: QueryRunner, closed: () => boolean): void {
  const send = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const result = tail.then(() => (closed() && !FINAL_STATEMENT.test(args[0]) ? Promise.reject(new RequestEndedError()) : send(...args)));
    tail = result.catch(() => undefined);
    return result;
  }) as QueryRunner['query'];
}

const FINAL_STATEMENT = /^(COMMIT|ROLLBACK)$/;

/** A first statement sent with the transaction's start (UnitOfWork.beginWith). */
interface Prelude {
  sql: string;
  receive(rows: Record<string, unknown>[]): void;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * START TRANSACTION and the tenant setting in one round trip (a simple-protocol
 * message may hold two statements), through TypeORM's own startTransaction so
 * that its transaction state (savepoints, commit) stays right. Every request
 * begins this way; a round trip less is ~10 % of a short read's statements. The
 * id is inlined only as a checked UUID, and it comes from the verified principal.
 */
async function beginAsTenant(runner: QueryRunner, municipalityId: string, prelude: Prelude | undefined, counted: () => void): Promise<void> {
  if (!UUID.test(municipalityId)) throw new Error('The tenant is not a UUID');
  const query = runner.query.bind(runner);
  const begin = `START TRANSACTION; SELECT set_config('${TENANT_SETTING}', '${municipalityId}', true)`;
  // With a prelude, on the driver's client: TypeORM returns no rows for a message of several statements.
  const withPrelude = async () => {
    const client = (await runner.connect()) as { query(sql: string): Promise<{ rows: Record<string, unknown>[] }[]> };
    counted();
    let results: { rows: Record<string, unknown>[] }[];
    try {
      results = await client.query(`${begin}; ${prelude!.sql}`);
    } catch (error) {
      // The transaction may have begun before the prelude failed: end it, so the connection goes back to the pool clean.
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    prelude!.receive(results[2].rows);
  };
  runner.query = ((sql: string, ...rest: unknown[]) => (sql === 'START TRANSACTION' ? (prelude ? withPrelude() : query(begin)) : query(sql, ...(rest as [])))) as QueryRunner['query'];
  try {
    await runner.startTransaction();
  } finally {
    runner.query = query;
  }
}

/** The unit of work of the code that is running now (request or job). */
export const currentUnitOfWork = new AsyncLocalStorage<UnitOfWork>();

function databaseUnavailable(error: unknown): Error {
  const code = (error as { code?: string }).code;
  const connectionProblem = !code || code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300';
  if (!connectionProblem) return error as Error;
  return new AppError(ErrorCode.ServiceUnavailable, 'The database is not reachable right now; try again in a moment');
}
