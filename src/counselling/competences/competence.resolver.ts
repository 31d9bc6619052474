import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { CompetenceModel, MemberCompetencesModel, RecordCompetenceInput, TeamCompetencesInput } from './competence.model';
import { CompetenceService } from './competence.service';

@Resolver(() => CompetenceModel)
export class CompetenceResolver {
  constructor(private readonly competences: CompetenceService) {}

  @Allow(Role.STAFF)
  @Mutation(() => CompetenceModel, { description: 'Records training, a PATRIARK certification or a supervision session' })
  recordCompetence(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordCompetenceInput): Promise<CompetenceModel> {
    return this.competences.record(principal, input);
  }

  @Allow(Role.STAFF)
  @Query(() => [MemberCompetencesModel], { description: "Who in the team holds what, and what expires soon (members and the admin)" })
  teamCompetences(@CurrentPrincipal() principal: Principal, @Args('input') input: TeamCompetencesInput): Promise<MemberCompetencesModel[]> {
    return this.competences.forTeam(principal, input);
  }
}
