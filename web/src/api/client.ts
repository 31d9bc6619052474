import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

/** One error from the API: a stable code, and where it belongs (a field path, or an agenda item). */
export interface ApiProblem {
  code: string;
  message: string;
  /** Input field paths from validation, e.g. `input.title`. */
  fields: string[];
  /** 1-based agenda item the error concerns. */
  item?: number;
}

export class ApiError extends Error {
  constructor(readonly problems: ApiProblem[]) {
    super(problems.map((p) => p.code).join(', '));
    this.name = 'ApiError';
  }

  get code(): string {
    return this.problems[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }
}

let csrfToken: string | undefined;

/** Set from /auth/session; every GraphQL request from the page carries it. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

let onSessionEnded: () => void = () => undefined;
export function whenSessionEnds(callback: () => void): void {
  onSessionEnded = callback;
}

interface RawError {
  message: string;
  extensions?: { code?: string; fields?: { field: string }[]; findings?: { field: string }[]; field?: string; item?: number };
}

/** POSTs a typed document to /graphql with the session cookie and the CSRF token. */
export async function request<Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables?: Variables): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError([{ code: 'NETWORK_ERROR', message: 'network', fields: [] }]);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: Result | null; errors?: RawError[] };
  if (body.errors?.length) {
    const problems = body.errors.map(toProblem);
    if (problems.some((p) => p.code === 'UNAUTHENTICATED' || p.code === 'CSRF_TOKEN_INVALID')) onSessionEnded();
    throw new ApiError(problems);
  }
  if (!body.data) throw new ApiError([{ code: response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', message: '', fields: [] }]);
  return body.data;
}

function toProblem(error: RawError): ApiProblem {
  const extensions = error.extensions ?? {};
  // Validation names fields, the anonymisation guard its findings' fields, other refusals one field.
  const fields = [...(extensions.fields ?? []), ...(extensions.findings ?? [])].map((f) => f.field).concat(extensions.field ? [extensions.field] : []);
  return { code: extensions.code ?? 'INTERNAL_SERVER_ERROR', message: error.message, fields, item: extensions.item };
}
