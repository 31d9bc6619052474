import type { Request } from 'express';
import { Principal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';

/** What every resolver can reach. Built once per HTTP request. */
export interface GraphQLContext {
  req: Request;
  requestId: string;
  unitOfWork: UnitOfWork;
  principal?: Principal;
  /** Why a presented token was rejected; the guard reports it when the operation needs a principal. */
  authError?: AppError;
  /** Set when the signed-in user is over their rate limit; the operation is refused with it. */
  rateLimited?: AppError;
}

/** Set on the request by the request-scope middleware (and `id` by pino-http). */
export interface ScopedRequest extends Request {
  unitOfWork?: UnitOfWork;
}
