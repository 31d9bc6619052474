import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLContext } from '../graphql/graphql-context';
import { canonicalJson } from '../crypto/canonical-json';

export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
/** Checked at the HTTP layer (request-hygiene.ts), so a malformed key is a 400, never a failure inside Apollo. */
export const IDEMPOTENCY_KEY_SHAPE = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * Mutations sent with an `Idempotency-Key` header run once per user and key:
 * a repeat with the same request gets the stored answer, a repeat with a
 * different request is refused. The key row is inserted in the request's
 * transaction; a concurrent duplicate's insert waits on the unique index
 * until the first commits, then replays its answer.
 */
export function idempotencyPlugin(masterSecret: Buffer, ttlSeconds: number): ApolloServerPlugin<GraphQLContext> {
  // The client's key is stored as a keyed hash: a key is client text, and could hold anything.
  const hmacKey = Buffer.from(hkdfSync('sha256', masterSecret, Buffer.alloc(0), Buffer.from('nsk-idempotency-key-v1'), 32));
  const storedKey = (key: string) => createHmac('sha256', hmacKey).update(key).digest('hex');
  return {
    async requestDidStart({ contextValue }) {
      const header = contextValue.req.headers['idempotency-key'];
      const key = typeof header === 'string' ? storedKey(header) : undefined;
      let owned: string | undefined;
      return {
        async responseForOperation({ operation, request }) {
          if (!key || operation.operation !== 'mutation' || !contextValue.principal) return null;
          const hash = createHash('sha256').update(canonicalJson({ query: request.query ?? '', variables: (request.variables ?? {}) as never, operationName: request.operationName ?? null })).digest('hex');
          const manager = await contextValue.unitOfWork.manager();
          const { municipalityId, subject } = contextValue.principal;
          const inserted: { id: string }[] = await manager.query(
            // An expired key (its answer already purged, or about to be) is taken over as new.
            `INSERT INTO idempotency_key (municipality_id, subject, key, request_hash) VALUES ($1, $2, $3, $4)
             ON CONFLICT (municipality_id, subject, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response = NULL, created_at = now()
               WHERE idempotency_key.created_at < now() - make_interval(secs => $5)
             RETURNING id`,
            [municipalityId, subject, key, hash, ttlSeconds],
          );
          if (inserted.length > 0) {
            owned = inserted[0].id;
            return null; // first time: execute, and store the answer before commit
          }
          const [stored]: { request_hash: string; response: object | null }[] = await manager.query(
            'SELECT request_hash, response FROM idempotency_key WHERE municipality_id = $1 AND subject = $2 AND key = $3',
            [municipalityId, subject, key],
          );
          if (stored.request_hash !== hash) {
            // Answered directly: an error thrown from this hook would lose its code.
            const error = { message: 'This Idempotency-Key was already used for a different request; use a new key', extensions: { code: IDEMPOTENCY_KEY_REUSED } };
            return { http: { headers: new Map() } as never, body: { kind: 'single', singleResult: { data: null, errors: [error] } } };
          }
          return { http: { status: 200, headers: new Map([['idempotent-replay', 'true']]) } as never, body: { kind: 'single', singleResult: stored.response as never } };
        },
        async willSendResponse({ response }) {
          if (!owned || response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const manager = await contextValue.unitOfWork.manager();
          const { data } = response.body.singleResult;
          await manager.query('UPDATE idempotency_key SET response = $2 WHERE id = $1', [owned, JSON.stringify({ data })]);
        },
      };
    },
  };
}
