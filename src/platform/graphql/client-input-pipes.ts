import { ArgumentMetadata, PipeTransform } from '@nestjs/common';

/** GraphQL's ARGS paramtype (@nestjs/graphql's GqlParamtype.ARGS, not exported) and REST's body, query and route params. */
const CLIENT_INPUT = new Set<ArgumentMetadata['type'] | number>([3, 'body', 'query', 'param']);

/**
 * The global pipes, applied only to what a client sent. Nest runs global pipes
 * on every parameter of every resolver, field resolvers included: a page of
 * 100 meetings is thousands of @Parent() and @CurrentPrincipal() values, each
 * taken through validation and the anonymisation guard one await at a time.
 * Those are the service's own objects; one pipe that passes them on untouched
 * costs one await instead of one per pipe, and no class-validator walk.
 */
export class ClientInputPipes implements PipeTransform {
  constructor(private readonly pipes: PipeTransform[]) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    let result = value;
    for (const pipe of this.pipes) result = await pipe.transform(result, metadata);
    return result;
  }
}
