import { Module } from '@nestjs/common';
import { DepartmentResolver } from './department.resolver';
import { DepartmentService } from './department.service';

@Module({ providers: [DepartmentService, DepartmentResolver], exports: [DepartmentService] })
export class DepartmentModule {}
