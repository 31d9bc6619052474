import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, TestApp } from '../utils/test-app';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.gql');
const HEADER = '# Generated from the code-first resolvers. Do not edit: run `npm run schema:update`.\n\n';

describe('schema.gql', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  it('is the schema the service serves (run `npm run schema:update` when this fails)', () => {
    const served = HEADER + printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, served);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });
});
