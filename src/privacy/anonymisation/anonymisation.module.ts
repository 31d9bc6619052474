import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { GuardedInputPipe } from './guarded-input.pipe';
import { KNOWN_NAMES, KnownNames } from './known-names';
import { TextScreening } from './text-screening.service';

/**
 * The anonymisation guard for every area: the global input pipe and the
 * screening service. Who counts as known is given by the composition
 * (src/known-names.ts), since privacy depends on no area.
 */
@Global()
@Module({})
export class AnonymisationModule {
  static forRoot(knownNames: Type<KnownNames>): DynamicModule {
    return {
      module: AnonymisationModule,
      providers: [{ provide: KNOWN_NAMES, useClass: knownNames }, TextScreening, GuardedInputPipe],
      exports: [TextScreening, GuardedInputPipe],
    };
  }
}
