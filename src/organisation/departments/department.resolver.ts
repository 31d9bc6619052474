import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Role } from '../../platform/auth/role.enum';
import { DepartmentModel } from './department.model';
import { DepartmentService } from './department.service';
import { CreateDepartmentInput } from './dto/create-department.input';

@Resolver(() => DepartmentModel)
export class DepartmentResolver {
  constructor(private readonly departmentService: DepartmentService) {}

  @Allow(Role.STAFF)
  @Query(() => [DepartmentModel], { description: "The municipality's departments, by name" })
  departments(): Promise<DepartmentModel[]> {
    return this.departmentService.list();
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => DepartmentModel)
  createDepartment(@Args('input') input: CreateDepartmentInput): Promise<DepartmentModel> {
    return this.departmentService.create(input);
  }
}
