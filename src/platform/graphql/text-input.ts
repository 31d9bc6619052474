import 'reflect-metadata';

/**
 * What a free-text input may hold, declared on every String field of an input
 * type. `test/e2e/input-classification.e2e-spec.ts` walks the schema and
 * fails on a String input without one, so no new field can reach a durable
 * store unexamined.
 */
export enum TextKind {
  /** Can describe a citizen: scanned by the anonymisation guard before anything stores it (privacy/anonymisation). */
  GUARDED = 'guarded',
  /** Constrained to a format (a date, a cursor, a URL, a version code, a rule) that cannot carry a description. */
  FORMAT = 'format',
  /** Personal data by design, protected as stated (a CPR number hashed on arrival, sealed exchange content, sealed contacts). */
  PERSONAL_DATA = 'personal_data',
  /** Read for this request only (a search term, the text being previewed): never stored, never logged. */
  QUERY_ONLY = 'query_only',
}

export interface TextDeclaration {
  kind: TextKind;
  /** GUARDED, scanned by the service that stores it rather than refused on arrival (minutes: saved with findings, circulated once they are resolved). */
  deferred?: boolean;
  /** For FORMAT: the format; for PERSONAL_DATA: how it is protected; for QUERY_ONLY: what it is used for. */
  note?: string;
}

const TEXT_KIND = Symbol('nsk:text-kind');

function declare(declaration: TextDeclaration): PropertyDecorator {
  return (target, property) => {
    const own: Map<string, TextDeclaration> = Reflect.getOwnMetadata(TEXT_KIND, target) ?? new Map(Reflect.getMetadata(TEXT_KIND, target) ?? []);
    own.set(String(property), declaration);
    Reflect.defineMetadata(TEXT_KIND, own, target);
  };
}

export const Guarded = () => declare({ kind: TextKind.GUARDED });
/** Guarded, with the findings recorded by the service instead of refusing the request (see TextDeclaration.deferred). */
export const GuardedDraft = () => declare({ kind: TextKind.GUARDED, deferred: true });
export const Formatted = (format: string) => declare({ kind: TextKind.FORMAT, note: format });
export const PersonalData = (protection: string) => declare({ kind: TextKind.PERSONAL_DATA, note: protection });
export const QueryOnly = (use: string) => declare({ kind: TextKind.QUERY_ONLY, note: use });

/** Every declared text field of an input class (inherited ones included). */
export function textDeclarations(inputClass: abstract new (...args: never[]) => unknown): Map<string, TextDeclaration> {
  return Reflect.getMetadata(TEXT_KIND, inputClass.prototype) ?? new Map();
}
