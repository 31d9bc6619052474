import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { RetryMutationInterceptor } from '../graphql/retry-mutation.interceptor';
import { SafeExceptionFilter } from '../graphql/exception.filter';
import { AccessGuard } from './access.guard';
import { TokenVerifier } from './token-verifier.service';

@Global()
@Module({
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AccessGuard }, { provide: APP_FILTER, useClass: SafeExceptionFilter }, { provide: APP_INTERCEPTOR, useClass: RetryMutationInterceptor }],
  exports: [TokenVerifier],
})
export class AuthModule {}
