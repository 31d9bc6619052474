import { Injectable, PipeTransform } from '@nestjs/common';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { textDeclarations, TextKind } from '../../platform/graphql/text-input';
import { assertAnonymous, refuseFindings } from './anonymisation-guard';
import { danishLexicon } from './danish-lexicon';
import { TextScreening } from './text-screening.service';

type InputClass = abstract new (...args: never[]) => unknown;

/**
 * Global: every input field declared @Guarded() is scanned by the
 * anonymisation guard before the resolver (and so before any store) sees it,
 * at any depth of the input. Findings refuse the request with
 * PERSONAL_DATA_DETECTED, naming the field, never the value. The names of
 * the municipality's own staff and speakers are not citizens' names here
 * (minutes say who presented); case texts are scanned again, strictly, by
 * their service.
 */
@Injectable()
export class GuardedInputPipe implements PipeTransform {
  constructor(private readonly screening: TextScreening) {
    // The Danish dictionary takes ~300 ms to read: read it once the service is up, not in the first guarded request.
    setImmediate(() => danishLexicon()).unref();
  }

  // Global, behind ClientInputPipes (app.setup.ts): it sees only what a client sent.
  async transform(value: unknown): Promise<unknown> {
    if (!value || typeof value !== 'object') return value;
    const texts: Record<string, string> = {};
    collectGuarded(value, '', texts);
    if (Object.keys(texts).length > 0) refuseFindings(await this.screening.findings(texts));
    return value;
  }
}

function collectGuarded(value: unknown, path: string, into: Record<string, string>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectGuarded(item, `${path}[${index}]`, into));
    return;
  }
  if (!value || typeof value !== 'object' || value instanceof Date) return;
  const declarations = textDeclarations(value.constructor as InputClass);
  for (const [property, inner] of Object.entries(value)) {
    const field = path ? `${path}.${property}` : property;
    const declaration = declarations.get(property);
    if (declaration?.kind === TextKind.GUARDED && declaration.deferred) continue;
    if (declaration?.kind === TextKind.GUARDED) {
      if (typeof inner === 'string') into[field] = inner;
      else if (Array.isArray(inner)) inner.forEach((text, index) => typeof text === 'string' && (into[`${field}[${index}]`] = text));
    } else if (inner && typeof inner === 'object') {
      collectGuarded(inner, field, into);
    }
  }
}

/**
 * For a free-text argument that is not part of an input type (a meeting's
 * cancellation reason): capped, and scanned like a @Guarded() field.
 */
export class GuardedTextArg implements PipeTransform<string | undefined, string | undefined> {
  constructor(
    private readonly name: string,
    private readonly maxLength: number,
  ) {}

  transform(value: string | undefined): string | undefined {
    if (value === undefined || value === null) return value;
    if (value.length > this.maxLength) throw new AppError(ErrorCode.BadUserInput, `${this.name} must be at most ${this.maxLength} characters`, { field: this.name });
    assertAnonymous({ [this.name]: value });
    return value;
  }
}
