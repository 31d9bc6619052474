import { Module } from '@nestjs/common';
import { IdempotencyExpiryService } from './idempotency-expiry.service';

@Module({ providers: [IdempotencyExpiryService], exports: [IdempotencyExpiryService] })
export class IdempotencyModule {}
