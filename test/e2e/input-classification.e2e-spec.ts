import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import { buildSchema, getNamedType, GraphQLInputObjectType, GraphQLInputType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType } from 'graphql';
import { TextKind, textDeclarations } from '../../src/platform/graphql/text-input';
import { MAX_PAGE_SIZE } from '../../src/platform/graphql/pagination';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

type InputClass = abstract new (...args: never[]) => unknown;

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
const inputTypes = Object.values(schema.getTypeMap()).filter((type): type is GraphQLInputObjectType => isInputObjectType(type));

/** Format constraints class-validator knows by name; a FORMAT field must carry one. */
const FORMAT_CONSTRAINTS = new Set(['matches', 'isUuid', 'isEmail', 'isUrl', 'isIso8601', 'isIn', 'isWithinServiceYears']);
/** Page-size fields: 1..MAX_PAGE_SIZE. */
const PAGE_SIZE_FIELDS = new Set(['first']);

/**
 * Arguments outside input types, each with the bound a resolver pipe enforces
 * (checked through HTTP below, since pipes leave no metadata to read).
 */
const BOUNDED_ARGUMENTS: Record<string, { query: string; tooBig: unknown; tooSmall?: unknown }> = {
  'Network.upcomingMeetings(limit)': { query: 'query($v: Int) { networks { upcomingMeetings(limit: $v) { id } } }', tooBig: 2_000_000_000, tooSmall: -1 },
  'Query.talkCoverage(months)': { query: 'query($v: Int) { talkCoverage(networkId: "00000000-0000-4000-8000-000000000000", months: $v) { covered } }', tooBig: 10_000, tooSmall: 0 },
  'Query.preparednessPlan(version)': { query: 'query($v: Int) { preparednessPlan(version: $v) { version } }', tooBig: 2_000_000_000, tooSmall: 0 },
  'Query.previewAnonymisation(text)': { query: 'query($v: String!) { previewAnonymisation(text: $v) { redacted } }', tooBig: 'a'.repeat(50_001) },
  'Mutation.cancelMeeting(reason)': { query: 'mutation($v: String) { cancelMeeting(id: "00000000-0000-4000-8000-000000000000", reason: $v) { id } }', tooBig: 'a'.repeat(501) },
};

function classOf(typeName: string): InputClass {
  const found = TypeMetadataStorage.getInputTypesMetadata().find((meta) => meta.name === typeName);
  if (!found) throw new Error(`no class for input type ${typeName}`);
  return found.target as InputClass;
}

/** The class-validator constraints on a property, by type or name, including inherited ones. */
function constraintsOf(target: InputClass, property: string): Map<string, unknown[]> {
  const metas = getMetadataStorage().getTargetValidationMetadatas(target as never, '', true, false);
  const found = new Map<string, unknown[]>();
  for (const meta of metas.filter((m) => m.propertyName === property)) {
    const name = meta.name ?? meta.type;
    found.set(name, meta.constraints ?? []);
    found.set(meta.type, meta.constraints ?? []);
  }
  return found;
}

const isList = (type: GraphQLInputType): boolean => (isNonNullType(type) ? isList(type.ofType) : isListType(type));

describe('every input field is classified and bounded', () => {
  beforeAll(async () => {
    // Booting the application registers every input class with its decorators.
    const api = await createTestApp();
    await api.close();
  });

  const problems = (check: (typeName: string, field: string, target: InputClass, type: GraphQLInputType) => string | undefined) =>
    inputTypes.flatMap((type) =>
      Object.values(type.getFields()).flatMap((field) => {
        const problem = check(type.name, field.name, classOf(type.name), field.type);
        return problem ? [`${type.name}.${field.name}: ${problem}`] : [];
      }),
    );

  it('declares what every String input may hold: guarded, a format, personal data with its protection, or query-only', () => {
    expect(
      problems((typeName, field, target, type) => {
        if (getNamedType(type).name !== 'String') return undefined;
        const declaration = textDeclarations(target).get(field);
        if (!declaration) return 'not classified (@Guarded, @Formatted, @PersonalData or @QueryOnly)';
        const constraints = constraintsOf(target, field);
        if (declaration.kind === TextKind.FORMAT && ![...constraints.keys()].some((name) => FORMAT_CONSTRAINTS.has(name))) return 'declared a format but has no format constraint';
        if (declaration.kind === TextKind.QUERY_ONLY) {
          const usedBy = [schema.getMutationType()!].flatMap((root) => Object.values(root.getFields())).filter((f) => f.args.some((arg) => getNamedType(arg.type).name === typeName));
          if (usedBy.length > 0) return 'query-only, but a mutation takes it';
        }
        if ((declaration.kind === TextKind.PERSONAL_DATA || declaration.kind === TextKind.FORMAT) && !declaration.note) return 'needs a note saying how';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('caps the length of every String input', () => {
    expect(problems((_t, field, target, type) => (getNamedType(type).name === 'String' && !constraintsOf(target, field).has('maxLength') && !constraintsOf(target, field).has('isUuid') ? 'no @MaxLength' : undefined))).toEqual([]);
  });

  it('caps every list input', () => {
    expect(problems((_t, field, target, type) => (isList(type) && !constraintsOf(target, field).has('arrayMaxSize') ? 'no @ArrayMaxSize' : undefined))).toEqual([]);
  });

  it('bounds every Int input, page sizes to 1..100', () => {
    expect(
      problems((_t, field, target, type) => {
        if (getNamedType(type).name !== 'Int') return undefined;
        const constraints = constraintsOf(target, field);
        const [min] = (constraints.get('min') ?? []) as number[];
        const [max] = (constraints.get('max') ?? []) as number[];
        if (min === undefined || max === undefined) return 'no @Min/@Max';
        if (PAGE_SIZE_FIELDS.has(field) && (min < 1 || max > MAX_PAGE_SIZE)) return `page size ${min}..${max}`;
        return undefined;
      }),
    ).toEqual([]);
  });

  it('keeps every DateTime input within the service years, and validates nested inputs', () => {
    expect(
      problems((_t, field, target, type) => {
        const named = getNamedType(type);
        if (named.name === 'DateTime' && !constraintsOf(target, field).has('isWithinServiceYears')) return 'no @IsWithinServiceYears';
        if (isInputObjectType(named) && !constraintsOf(target, field).has('nestedValidation')) return 'nested input without @ValidateNested';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('lists every argument outside an input type that is an Int or a String', () => {
    const found: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) if (['Int', 'String'].includes(getNamedType(arg.type).name)) found.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(found.sort()).toEqual(Object.keys(BOUNDED_ARGUMENTS).sort());
  });
});

describe('bounds through HTTP', () => {
  let api: TestApp;
  let town: TestMunicipality;

  let networkId: string;
  const adminId = () => Object.values(town.staff).find((s) => s.subject.startsWith('admin-'))!.id;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Grænser');
    const network = await api.gql<{ createNetwork: { id: string } }>('mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }', { i: { name: 'Grænsenetværk', kind: 'RESOURCE_NETWORK', coordinatorId: adminId() } }, town.tokens.admin);
    if (!network.data) throw new Error(JSON.stringify(network.errors));
    networkId = network.data.createNetwork.id;
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it.each(Object.entries(BOUNDED_ARGUMENTS))('refuses %s out of bounds with BAD_USER_INPUT', async (_name, { query, tooBig, tooSmall }) => {
    for (const value of [tooBig, tooSmall].filter((v) => v !== undefined)) {
      const result = await api.gql(query, { v: value }, town.tokens.admin);
      expect(result.errors?.map((e) => e.extensions.code)).toContain('BAD_USER_INPUT');
    }
  });

  it('refuses a meeting in year -1 or 2200, and a date outside 2000-2099', async () => {
    const schedule = 'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }';
    for (const [startsAt, endsAt] of [['-000001-01-01T10:00:00Z', '0000-01-01T10:00:00Z'], ['2200-01-01T10:00:00Z', '2200-01-01T12:00:00Z']]) {
      const result = await api.gql(schedule, { i: { networkId, title: 'Møde', startsAt, endsAt } }, town.tokens.admin);
      expect(result.errors?.[0].extensions.code).toMatch(/BAD_USER_INPUT/);
    }
    const member = await api.gql('mutation($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }', { i: { networkId, staffMemberId: Object.values(town.staff).find((s) => s.subject.startsWith('member-'))!.id, joinedOn: '1999-12-31' } }, town.tokens.admin);
    expect(member.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('scans a guarded field of any area before it is stored (department name, minutes, nested action card)', async () => {
    const result = await api.gql('mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }', { i: { name: 'Afdeling for 010203-1234', discipline: 'OTHER' } }, town.tokens.admin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'PERSONAL_DATA_DETECTED', findings: [expect.objectContaining({ field: 'name', kind: 'cpr' })] });
    const plan = await api.gql('mutation($i: PublishPreparednessPlanInput!) { publishPreparednessPlan(input: $i) { version } }', {
      i: { title: 'Beredskab', cards: [{ title: 'Ring til Fatima Hansen på 22 33 44 55', steps: ['Skriv ned'] }] },
    }, town.tokens.admin);
    expect(plan.errors?.[0].extensions.code).toBe('PERSONAL_DATA_DETECTED');
    expect(JSON.stringify(plan.errors)).not.toContain('22 33 44 55');
  });
});
