import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { getNamedType, getNullableType, GraphQLArgument, GraphQLField, GraphQLInputObjectType, GraphQLInputType, GraphQLList, GraphQLSchema, isEnumType, isInputObjectType, isListType, isObjectType, isScalarType } from 'graphql';
import request from 'supertest';

/**
 * Sends malformed, hostile and random GraphQL requests and checks the
 * answers: never a 5xx, every error with an extensions.code, and no data of
 * another municipality. Deterministic for a given seed.
 */
export interface FuzzTarget {
  server: Server;
  schema: GraphQLSchema;
  /** Valid tokens of municipality A. */
  tokens: string[];
  /** Expired, forged or malformed tokens. */
  badTokens: string[];
  /** Ids that exist in municipality B: must never come back through A. */
  foreignIds: string[];
}

export interface FuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: { kind: string; status: number; body: string }[];
  errorsWithoutCode: { kind: string; body: string }[];
  foreignIdLeaks: { kind: string; body: string }[];
  codes: Record<string, number>;
}

export async function fuzz(target: FuzzTarget, count: number, seed = 1): Promise<FuzzReport> {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const operations = [
    ...Object.values(target.schema.getQueryType()?.getFields() ?? {}).map((field) => ({ type: 'query', field })),
    ...Object.values(target.schema.getMutationType()?.getFields() ?? {}).map((field) => ({ type: 'mutation', field })),
  ];

  const value = (type: GraphQLInputType, depth = 0): unknown => {
    const inner = getNullableType(type);
    if (random() < 0.1) return pick([null, '', 'x'.repeat(5000), -1, 1e308, true, [], {}, '010203-1234', "'; DROP TABLE staff_user; --"]);
    if (isListType(inner)) return depth > 2 ? [] : Array.from({ length: Math.floor(random() * 3) }, () => value((inner as GraphQLList<GraphQLInputType>).ofType, depth + 1));
    if (isEnumType(inner)) return pick(inner.getValues()).name;
    if (isInputObjectType(inner)) return depth > 3 ? {} : Object.fromEntries(Object.values((inner as GraphQLInputObjectType).getFields()).map((f) => [f.name, value(f.type, depth + 1)]));
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'ID':
          return pick([...target.foreignIds, randomUUID(), 'not-an-id', '00000000-0000-0000-0000-000000000000']);
        case 'Int':
          return pick([0, 1, 20, 100, 101, -5, 2 ** 31]);
        case 'Float':
          return random() * 10;
        case 'Boolean':
          return random() < 0.5;
        case 'DateTime':
          return pick([new Date(Date.now() + random() * 1e10).toISOString(), 'yesterday', '2027-02-30T25:00:00Z']);
        default:
          return pick(['tekst', 'FREQ=MONTHLY;INTERVAL=2', 'a@b.dk', '150385-1234', 'Søndergade 14', 'x'.repeat(300)]);
      }
    }
    return null;
  };

  const selection = (field: GraphQLField<unknown, unknown>, depth = 0): string => {
    const type = getNamedType(field.type);
    if (!isObjectType(type) || depth > 2) return '';
    const scalars = Object.values(type.getFields()).filter((f) => !isObjectType(getNamedType(f.type)) && f.args.every((a) => !(a.type.toString().endsWith('!'))));
    const objects = Object.values(type.getFields()).filter((f) => isObjectType(getNamedType(f.type)) && f.args.length === 0);
    const parts = [...scalars.slice(0, 4).map((f) => f.name), ...(depth < 2 ? objects.slice(0, 2).map((f) => `${f.name} ${selection(f, depth + 1)}`) : [])];
    return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
  };

  const randomOperation = () => {
    const { type, field } = pick(operations);
    const args = field.args.map((a: GraphQLArgument) => `${a.name}: $${a.name}`).join(', ');
    const defs = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const query = `${type}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field)} }`;
    const variables = Object.fromEntries(field.args.map((a: GraphQLArgument) => [a.name, value(a.type)]));
    return { kind: `op:${field.name}`, body: JSON.stringify({ query, variables }) };
  };

  const generators: (() => { kind: string; body: string; contentType?: string; token?: string | null; idempotencyKey?: string })[] = [
    randomOperation,
    randomOperation,
    randomOperation,
    randomOperation,
    () => ({ kind: 'malformed-json', body: pick(['{"query": ', '{', 'null', '[]', '"x"', '{"query": 5}', '{"query": "{", "variables": 7}', '\u0000\u0001']) }),
    () => ({ kind: 'wrong-content-type', body: 'query { me { roles } }', contentType: 'text/plain' }),
    () => ({ kind: 'depth-bomb', body: JSON.stringify({ query: `{ __type(name: "Query") { ${'ofType { '.repeat(40)} name ${'} '.repeat(40)} } }` }) }),
    () => ({ kind: 'alias-bomb', body: JSON.stringify({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { roles }`).join(' ')} }` }) }),
    () => ({ kind: 'fragment-bomb', body: JSON.stringify({ query: `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }` }) }),
    () => ({ kind: 'fragment-fanout', body: JSON.stringify({ query: `query { ${'...F '.repeat(300)} } fragment F on Query { me { roles staffMember { department { name } } } }` }) }),
    () => ({ kind: 'huge-string', body: JSON.stringify({ query: 'query($t: String!) { previewAnonymisation(text: $t) { redacted } }', variables: { t: 'Fatima '.repeat(pick([1000, 7000, 20000])) } }) }),
    () => ({ kind: 'bad-token', body: JSON.stringify({ query: '{ me { roles } }' }), token: pick(target.badTokens) }),
    () => ({ kind: 'no-token', body: JSON.stringify({ query: pick(['{ networks { id } }', 'mutation { verifyLedger { ok } }']) }), token: null }),
    // Documents that do not parse: cut off, unbalanced, stray tokens, or over the token limit.
    () => ({ kind: 'unparsable', body: JSON.stringify({ query: pick(['{', '}', '{ me { roles }', 'query (', '"unterminated', 'mutation { x(a: ) }', '{ a b c d e f g ... }', `{ ${'__typename '.repeat(5000)} }`]) }) }),
    () => ({ kind: 'unstorable', body: JSON.stringify({ query: 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }', variables: { i: { name: pick(['a\u0000b', 'x\uD800', '\uDFFFz']), discipline: 'OTHER' } } }) }),
    () => ({ kind: 'persisted-query', body: JSON.stringify({ query: pick([undefined, '{ __typename }']), extensions: { persistedQuery: { version: pick([1, 2, 'x']), sha256Hash: pick(['0'.repeat(64), 'nope']) } } }) }),
    () => ({ kind: 'bad-idempotency-key', body: JSON.stringify({ query: 'mutation { __typename }' }), idempotencyKey: pick(['x', ' ', 'a b c d e f g h', 'æøå-æøå-æøå', 'k'.repeat(500)]) }),
  ];

  const report: FuzzReport = { requests: 0, byStatus: {}, serverErrors: [], errorsWithoutCode: [], foreignIdLeaks: [], codes: {} };
  for (let i = 0; i < count; i++) {
    const spec = pick(generators)();
    const token = spec.token === undefined ? pick(target.tokens) : spec.token;
    let call = request(target.server).post('/graphql').set('content-type', spec.contentType ?? 'application/json');
    if (token) call = call.set('authorization', `Bearer ${token}`);
    if (spec.idempotencyKey !== undefined) call = call.set('idempotency-key', spec.idempotencyKey);
    const response = await call.send(spec.body);
    report.requests += 1;
    report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
    const text = response.text ?? '';
    if (response.status >= 500) report.serverErrors.push({ kind: spec.kind, status: response.status, body: text.slice(0, 300) });
    const errors = (response.body?.errors ?? []) as { extensions?: { code?: string } }[];
    for (const error of errors) {
      const code = error.extensions?.code;
      if (!code) report.errorsWithoutCode.push({ kind: spec.kind, body: text.slice(0, 300) });
      else report.codes[code] = (report.codes[code] ?? 0) + 1;
    }
    // A foreign id may be echoed back only inside an error's variables, never in data.
    const data = JSON.stringify(response.body?.data ?? null);
    for (const id of target.foreignIds) if (data.includes(id)) report.foreignIdLeaks.push({ kind: spec.kind, body: text.slice(0, 300) });
  }
  return report;
}

/**
 * Every query and mutation, called with each foreign id in every ID argument
 * (nested inputs included) and plausible values elsewhere: nothing of the
 * other municipality may come back, and nothing may fail with a 5xx.
 */
export async function sweepForeignIds(target: FuzzTarget): Promise<FuzzReport> {
  const report: FuzzReport = { requests: 0, byStatus: {}, serverErrors: [], errorsWithoutCode: [], foreignIdLeaks: [], codes: {} };
  const operations = [
    ...Object.values(target.schema.getQueryType()?.getFields() ?? {}).map((field) => ({ type: 'query', field })),
    ...Object.values(target.schema.getMutationType()?.getFields() ?? {}).map((field) => ({ type: 'mutation', field })),
  ];
  const plausible = (type: GraphQLInputType, id: string, depth = 0): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return depth > 2 ? [] : [plausible((inner as GraphQLList<GraphQLInputType>).ofType, id, depth + 1)];
    if (isEnumType(inner)) return inner.getValues()[0].name;
    if (isInputObjectType(inner)) return Object.fromEntries(Object.values((inner as GraphQLInputObjectType).getFields()).map((f) => [f.name, plausible(f.type, id, depth + 1)]));
    if (isScalarType(inner)) {
      return { ID: id, Int: 1, Float: 1, Boolean: true, DateTime: '2027-06-01T10:00:00.000Z' }[inner.name] ?? 'tekst uden personoplysninger';
    }
    return null;
  };
  const selection = (field: GraphQLField<unknown, unknown>): string => {
    const type = getNamedType(field.type);
    if (!isObjectType(type)) return '';
    const scalars = Object.values(type.getFields()).filter((f) => !isObjectType(getNamedType(f.type)) && f.args.length === 0);
    return `{ ${scalars.map((f) => f.name).join(' ') || '__typename'} }`;
  };
  for (const { type, field } of operations) {
    const hasId = JSON.stringify(field.args.map((a) => a.type.toString())).includes('ID') || field.args.some((a) => isInputObjectType(getNamedType(a.type)));
    if (!hasId) continue;
    for (const id of target.foreignIds) {
      const args = field.args.map((a: GraphQLArgument) => `${a.name}: $${a.name}`).join(', ');
      const defs = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const query = `${type}(${defs}) { ${field.name}(${args}) ${selection(field)} }`;
      const variables = Object.fromEntries(field.args.map((a: GraphQLArgument) => [a.name, plausible(a.type, id)]));
      for (const token of target.tokens.slice(0, 2)) {
        const response = await request(target.server).post('/graphql').set('authorization', `Bearer ${token}`).send({ query, variables });
        report.requests += 1;
        report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
        if (response.status >= 500) report.serverErrors.push({ kind: field.name, status: response.status, body: response.text.slice(0, 300) });
        for (const error of (response.body?.errors ?? []) as { extensions?: { code?: string } }[]) {
          const code = error.extensions?.code;
          if (!code) report.errorsWithoutCode.push({ kind: field.name, body: response.text.slice(0, 300) });
          else report.codes[code] = (report.codes[code] ?? 0) + 1;
        }
        const data = JSON.stringify(response.body?.data ?? null);
        for (const foreign of target.foreignIds) if (data.includes(foreign)) report.foreignIdLeaks.push({ kind: field.name, body: data.slice(0, 300) });
      }
    }
  }
  return report;
}
