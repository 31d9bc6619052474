import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Role } from '../../platform/auth/role.enum';
import { MunicipalityModel } from './municipality.model';
import { MunicipalityService } from './municipality.service';

@Resolver(() => MunicipalityModel)
export class MunicipalityResolver {
  constructor(private readonly municipalities: MunicipalityService) {}

  @Allow(Role.STAFF)
  @Query(() => MunicipalityModel, { description: "The caller's municipality" })
  municipality(): Promise<MunicipalityModel> {
    return this.municipalities.current();
  }
}
