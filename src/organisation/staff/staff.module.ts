import { Global, Module } from '@nestjs/common';
import { PRINCIPAL_DIRECTORY } from '../../platform/auth/principal';
import { DepartmentModule } from '../departments/department.module';
import { StaffPrincipals } from './staff-principals';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

/**
 * Global because it provides the platform's PrincipalDirectory: every request
 * resolves its caller to a staff record here before any operation runs.
 */
@Global()
@Module({
  imports: [DepartmentModule],
  providers: [StaffService, StaffResolver, StaffPrincipals, { provide: PRINCIPAL_DIRECTORY, useExisting: StaffPrincipals }],
  exports: [StaffService, PRINCIPAL_DIRECTORY],
})
export class StaffModule {}
