import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Reads whole entities with one plain statement and a flat mapper, built once
 * per entity from TypeORM's own metadata. On the short reads every request
 * makes (by id, a page of meetings, their agenda), TypeORM's query builder and
 * hydrator cost more CPU than the statement (~10 % of a nested read's profile).
 *
 * The rows come back with the property names as column aliases, in the types
 * TypeORM's hydrator gives them (dates as 'YYYY-MM-DD' text, enum and uuid
 * arrays as arrays), into an instance made with the entity's constructor, as
 * TypeORM does. Only plain entities qualify: one with an embedded, a soft-delete
 * column, inheritance, a tree, a transformer or a column type outside the list
 * keeps TypeORM's path (`leanEntity` returns null), and test/e2e/lean-read.e2e-spec.ts checks that every entity
 * that qualifies reads exactly as TypeORM reads it.
 */
export interface LeanEntity<T> {
  /** The quoted table name. */
  readonly table: string;
  /** The select list over alias `t`. */
  readonly columns: string;
  toEntities(rows: Record<string, unknown>[]): T[];
  /**
   * The entity as one JSON value over alias `alias` (a row that goes with
   * another entity's, in one statement) and the mapper back; null for an
   * entity with a column JSON cannot carry as pg reads it (bytea).
   */
  readonly json: { object(alias: string): string; toEntity(json: Record<string, unknown> | null): T | null } | null;
}

const PLAIN = new Set(['uuid', 'varchar', 'character varying', 'text', 'int', 'integer', 'smallint', 'boolean', 'timestamptz', 'timestamp with time zone', 'enum', 'jsonb', 'json', 'bigint', 'bytea']);
const cache = new WeakMap<object, LeanEntity<unknown> | null>();

export function leanEntity<T>(dataSource: DataSource, target: EntityTarget<T>): LeanEntity<T> | null {
  const metadata = dataSource.getMetadata(target);
  const known = cache.get(metadata);
  if (known !== undefined) return known as LeanEntity<T> | null;
  // Soft deletes, inheritance and trees change what TypeORM's find returns: those keep TypeORM's path.
  const special = metadata.embeddeds.length > 0 || !!metadata.deleteDateColumn || !!metadata.inheritancePattern || !!metadata.treeType;
  const built = special ? null : build<T>(metadata.tablePath, metadata.columns, () => metadata.create() as T);
  cache.set(metadata, built);
  return built;
}

function build<T>(tablePath: string, columns: ColumnMetadata[], create: () => T): LeanEntity<T> | null {
  const selected: string[] = [];
  const properties: string[] = [];
  const jsonFields: ((alias: string) => string)[] = [];
  const timestamps: string[] = [];
  let jsonable = true;
  for (const column of columns) {
    // A foreign key without a property of its own (the relation's side only) is not hydrated by TypeORM either.
    if (column.relationMetadata && column.propertyName === column.relationMetadata.propertyName) continue;
    const expression = selectExpression(column, 't');
    if (!expression) return null;
    selected.push(`${expression} AS "${column.propertyName}"`);
    properties.push(column.propertyName);
    // In JSON a bigint stays text (as pg reads it), a timestamp is read back into a Date; bytea has no JSON form pg reads alike.
    if (column.type === 'bytea') jsonable = false;
    if (column.type === 'timestamptz' || column.type === 'timestamp with time zone') timestamps.push(column.propertyName);
    jsonFields.push((alias) => `'${column.propertyName}', ${column.type === 'bigint' ? `${selectExpression(column, alias)}::text` : selectExpression(column, alias)}`);
  }
  const entityOf = (source: Record<string, unknown>) => {
    const entity = create() as Record<string, unknown>;
    for (const property of properties) entity[property] = source[property];
    return entity as T;
  };
  return {
    table: `"${tablePath}"`,
    columns: selected.join(', '),
    toEntities: (rows) => rows.map(entityOf),
    json: jsonable
      ? {
          object: (alias) => `json_build_object(${jsonFields.map((field) => field(alias)).join(', ')})`,
          toEntity: (json) => {
            if (!json) return null;
            const entity = entityOf(json) as Record<string, unknown>;
            for (const property of timestamps) if (typeof entity[property] === 'string') entity[property] = new Date(entity[property] as string);
            return entity as T;
          },
        }
      : null,
  };
}

function selectExpression(column: ColumnMetadata, alias: string): string | null {
  const type = typeof column.type === 'string' ? column.type : null;
  if (!type || column.transformer || column.isVirtual || (type !== 'date' && !PLAIN.has(type))) return null;
  const name = `${alias}."${column.databaseName}"`;
  if (type === 'date') return column.isArray ? null : `${name}::text`;
  // pg parses text[] into an array; an enum[] or uuid[] would arrive as '{A,B}' text.
  if (column.isArray) return type === 'enum' || type === 'uuid' || type === 'text' || type === 'varchar' ? `${name}::text[]` : null;
  return name;
}

/** Entities of a lean-readable type by a condition over alias `t`: "t.meeting_id = ANY($1)" with an ORDER BY after it. */
export async function leanSelect<T>(manager: EntityManager, target: EntityTarget<T>, condition: string, parameters: unknown[], tail = ''): Promise<T[]> {
  const lean = leanEntity(manager.connection, target);
  if (!lean) throw new Error(`${String((target as { name?: string }).name)} cannot be read lean: it has a column type the lean reader does not map`);
  const rows: Record<string, unknown>[] = await manager.query(`SELECT ${lean.columns} FROM ${lean.table} t WHERE ${condition} ${tail}`, parameters);
  return lean.toEntities(rows);
}
