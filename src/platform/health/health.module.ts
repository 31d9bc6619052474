import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { Lifecycle } from './lifecycle';
import { ReadinessIndicators } from './readiness.indicators';

@Global()
@Module({
  // Terminus' own logger would print each failed check with its details; the request log and the 503 say enough.
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [Lifecycle, ReadinessIndicators],
  exports: [Lifecycle],
})
export class HealthModule {}
