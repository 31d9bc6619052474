import { Module } from '@nestjs/common';
import { DepartmentModule } from '../departments/department.module';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

@Module({ imports: [DepartmentModule], providers: [StaffService, StaffResolver], exports: [StaffService] })
export class StaffModule {}
