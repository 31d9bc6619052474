import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Speaker } from './speaker.entity';
import { CreateSpeakerInput, SpeakerContactModel, SpeakerModel, SpeakerSearchInput } from './speaker.model';
import { SpeakerService } from './speaker.service';
import { GraphQLContext } from '../../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../../platform/graphql/field-resolver-context';

@Resolver(() => SpeakerModel)
export class SpeakerResolver {
  constructor(private readonly speakerService: SpeakerService) {}

  @Allow(Role.STAFF)
  @Query(() => [SpeakerModel], { description: 'External speakers and organisations, by topic tag and kind' })
  speakers(@Args('filter', { nullable: true }) filter?: SpeakerSearchInput): Promise<SpeakerModel[]> {
    return this.speakerService.search(filter ?? {});
  }

  @Allow(Role.STAFF)
  @Mutation(() => SpeakerModel, { description: 'Coordinator: add a speaker to the directory' })
  createSpeaker(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateSpeakerInput): Promise<SpeakerModel> {
    return this.speakerService.create(principal, input);
  }

  @FieldAccess(FieldRule.COORDINATORS)
  @ResolveField(() => SpeakerContactModel, { description: 'Coordinators only' })
  contact(speaker: SpeakerModel, _args: NoArgs, context: GraphQLContext): Promise<SpeakerContactModel> {
    const principal = principalOf(context);
    return this.speakerService.contactFor(principal, speaker as Speaker);
  }
}
