import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { RetryMutationInterceptor } from '../graphql/retry-mutation.interceptor';
import { SafeExceptionFilter } from '../graphql/exception.filter';
import { AccessGuard } from './access.guard';
import { PrincipalPreloads } from './principal-preloads';
import { TokenVerifier } from './token-verifier.service';

@Global()
@Module({
  providers: [TokenVerifier, PrincipalPreloads, { provide: APP_GUARD, useClass: AccessGuard }, { provide: APP_FILTER, useClass: SafeExceptionFilter }, { provide: APP_INTERCEPTOR, useClass: RetryMutationInterceptor }],
  exports: [TokenVerifier, PrincipalPreloads],
})
export class AuthModule {}
