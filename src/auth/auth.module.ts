import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { SafeExceptionFilter } from '../graphql/exception.filter';
import { AccessGuard } from './access.guard';
import { TokenVerifier } from './token-verifier.service';

@Global()
@Module({
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AccessGuard }, { provide: APP_FILTER, useClass: SafeExceptionFilter }],
  exports: [TokenVerifier],
})
export class AuthModule {}
