import type { NextFunction, Request, Response } from 'express';
import { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';
import { IDEMPOTENCY_KEY_SHAPE } from '../idempotency/idempotency.plugin';

/** A character PostgreSQL cannot store in text (NUL) or that is not a character at all (an unpaired UTF-16 surrogate). */
// eslint-disable-next-line no-control-regex -- NUL is exactly the character to find
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_MESSAGE = 'contains a character that cannot be stored (a NUL byte or an unpaired surrogate); remove it and try again';

/** The path (e.g. `variables.input.title`) of the first string holding an unstorable character, if any. */
export function findUnstorable(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorable(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      // A key is client text too, but only its position is named: never the key itself.
      // Named only when it is a plain name with no run of digits (a key could hold a CPR number too).
      const found = UNSTORABLE.test(key) ? path : findUnstorable(inner, `${path}.${/^\w{1,64}$/.test(key) && !/\d{4}/.test(key) ? key : '?'}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Refuses what a client sent that would otherwise fail deep inside (a 500):
 * a malformed Idempotency-Key header, and variables holding characters
 * PostgreSQL cannot store (400 with a code; no value is echoed); and any GET
 * (405), so no operation runs from a URL.
 */
export function requestHygiene() {
  return (req: Request, res: Response, next: NextFunction) => {
    // GET runs no operation: a query string ends up in proxy and browser logs, and variables can hold personal data.
    if (req.method === 'GET') {
      res.setHeader('Allow', 'POST');
      res.status(405).json({ errors: [{ message: 'Send GraphQL requests as POST with a JSON body', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
      return;
    }
    const key = req.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY_SHAPE.test(key))) {
      return refuse(res, 'The Idempotency-Key header must be 8-200 letters, digits or ._:-');
    }
    const body = req.body as { variables?: unknown } | undefined;
    const where = body && typeof body === 'object' ? findUnstorable(body.variables, 'variables') : undefined;
    if (where) return refuse(res, `The value at ${where} ${UNSTORABLE_MESSAGE}`);
    next();
  };
}

function refuse(res: Response, message: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}

/** The same refusal for string literals written into the document itself ("\u0000" is a valid GraphQL escape). */
export function unstorableLiteralRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (UNSTORABLE.test(node.value)) {
        context.reportError(new GraphQLError(`A string in the query ${UNSTORABLE_MESSAGE}`, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }));
      }
    },
  };
}

/** Six digits in a row: the date part of a CPR number, as a name would carry it. */
const DIGIT_RUN = /\d{6,}/;

/**
 * Aliases, operation, fragment and variable names are the client's own words
 * and GraphQL sends aliases back as response keys. A name carrying a run of
 * digits (a CPR number as an alias, say) is refused, so no such value is
 * echoed in a response or written to a log.
 */
export function digitRunNameRule(context: ValidationContext): ASTVisitor {
  const check = (name: string | undefined, node: Parameters<ValidationContext['reportError']>[0]['nodes']) => {
    if (name && DIGIT_RUN.test(name)) context.reportError(new GraphQLError('Names and aliases in a query may not hold long runs of digits', { nodes: node }));
  };
  return {
    Field(node) {
      check(node.alias?.value, [node]);
    },
    OperationDefinition(node) {
      check(node.name?.value, [node]);
    },
    FragmentDefinition(node) {
      check(node.name.value, [node]);
    },
    VariableDefinition(node) {
      check(node.variable.name.value, [node]);
    },
  };
}
