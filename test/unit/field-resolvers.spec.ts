import 'reflect-metadata';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');
const RESOLVER_PROPERTY = 'graphql:resolve_property';
const PARAM_ARGS = '__routeArguments__';
/** @nestjs/graphql's GqlParamtype.ARGS, in the key Nest stores a parameter decorator under ("3:0"). */
const ARGS_PARAM = /^3:/;

function resolverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return resolverFiles(path);
    return name.endsWith('.resolver.ts') ? [path] : [];
  });
}

/** Every @ResolveField method of every resolver class under src/, with its parameter decorators' keys. */
function fieldResolvers(): { name: string; params: string[] }[] {
  return resolverFiles(SRC).flatMap((file) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- every resolver file, found at run time
    Object.values(require(file) as Record<string, unknown>)
      .filter((value): value is new () => object => typeof value === 'function' && !!value.prototype)
      .flatMap((type) =>
        Object.getOwnPropertyNames(type.prototype)
          .filter((method) => method !== 'constructor' && Reflect.hasMetadata(RESOLVER_PROPERTY, (type.prototype as Record<string, object>)[method]))
          .map((method) => ({ name: `${type.name}.${method}`, params: Object.keys(Reflect.getMetadata(PARAM_ARGS, type, method) ?? {}) })),
      ),
  );
}

describe('field resolvers', () => {
  const resolvers = fieldResolvers();

  it('are found', () => {
    expect(resolvers.length).toBeGreaterThan(50);
    expect(resolvers.map((r) => r.name)).toContain('AttendanceResolver.staffMember');
  });

  it('take GraphQL\'s own arguments (graphql-js calls them directly) unless they take client arguments, which go through the pipes', () => {
    // See src/platform/graphql/field-resolver-context.ts: a @Parent() or @CurrentPrincipal() puts every call through Nest's execution context.
    const wrapped = resolvers.filter((r) => r.params.length > 0 && !r.params.some((key) => ARGS_PARAM.test(key))).map((r) => r.name);
    expect(wrapped).toEqual([]);
  });
});
