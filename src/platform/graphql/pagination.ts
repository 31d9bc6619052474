import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AppError, ErrorCode } from '../errors/app-error';
import { Formatted } from './text-input';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@InputType({ description: `Cursor pagination. At most ${MAX_PAGE_SIZE} items a page.` })
export class PageInput {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '$property must be a cursor this service issued' })
  @Formatted('a keyset cursor issued by this service (base64url)')
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** Declares a `XxxPage` GraphQL type with `nodes` and `pageInfo`. */
export function PageOf<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class PageType {
    @Field(() => [item])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return PageType;
}

/** Keyset cursor: the sort-key values of the last row, opaque to clients. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What each part of a cursor must be; a forged cursor with the right length but wrong parts is refused, not sent to PostgreSQL. */
export type CursorPart = 'timestamp' | 'date' | 'uuid' | 'text';

const CURSOR_PART: Record<CursorPart, (value: unknown) => boolean> = {
  timestamp: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(value) && !Number.isNaN(Date.parse(value)),
  date: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  text: (value) => typeof value === 'string' && value.length <= 500 && !value.includes('\u0000'),
};

export function decodeCursor(cursor: string, parts: CursorPart[]): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === parts.length && values.every((value, i) => CURSOR_PART[parts[i]](value))) {
      return values as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError(ErrorCode.BadUserInput, 'The pagination cursor is not valid; start again from the first page');
}

/** Builds a page from rows fetched with limit `first + 1` (the extra row tells whether there is a next page). */
export function toPage<T>(rows: T[], first: number, cursorOf: (row: T) => (string | number)[]): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(cursorOf(last)) : null } };
}
