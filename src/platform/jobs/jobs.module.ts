import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner.service';

/** The job runner every area registers its background tasks with. */
@Global()
@Module({ providers: [JobRunner], exports: [JobRunner] })
export class JobsModule {}
