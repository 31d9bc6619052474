import { SetMetadata } from '@nestjs/common';
import { Role } from './role.enum';

export const ACCESS_KEY = 'nsk:access';

export type AccessDeclaration = { public: true } | { roles: Role[] };

/**
 * Declares who may call an operation. The guard refuses any query or
 * mutation without a declaration, so forgetting it fails closed.
 */
export const Allow = (...roles: [Role, ...Role[]]) => SetMetadata(ACCESS_KEY, { roles } satisfies AccessDeclaration);

/** Declares an operation reachable without a token. Use sparingly and say why at the call site. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessDeclaration);
