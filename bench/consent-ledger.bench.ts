/**
 * Issue 6's figures: the exchange mutation's throughput and p99 at 50
 * concurrent clients, against a bare pg transaction doing the same lock,
 * checks and inserts (the floor); and ledger verification at 100,000 and
 * 1,000,000 entries, against hashing the same bytes in-process (the limit).
 *
 *   npm run bench            (all benchmarks)
 *   npm run bench -- consent (this one)
 */
import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { signDevToken } from '../src/platform/auth/dev-token';
import { GrantableRole, Role } from '../src/platform/auth/role.enum';
import { hashCpr } from '../src/consent/citizens/cpr-hasher';
import { loadConfig } from '../src/platform/config/app-config';
import { ownerDataSourceOptions } from '../src/platform/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { TenantDatabase } from '../src/platform/database/tenant-database';
import { Discipline } from '../src/organisation/departments/discipline.enum';
import { canonicalJson } from '../src/platform/crypto/canonical-json';
import { GENESIS_HASH, LEDGER_APPEND_SQL } from '../src/platform/ledger/ledger.service';
import { LedgerVerifier } from '../src/platform/ledger/ledger-verifier.service';
import { LedgerCheckpoints } from '../src/platform/ledger/ledger-checkpoints.service';
import { entryHashOf, HashedEntry } from '../src/platform/ledger/ledger-leaf';
import { TreeHasher } from '../src/platform/ledger/merkle';
import { provisionMunicipality } from '../src/organisation/municipalities/municipality-provisioning';
import { benchDatabase } from './lib/database';
import { runLoad } from './lib/processes';
import { machine, writeResults } from './lib/report';

const CONNECTIONS = 50;
const REQUESTS = 4000;
const CITIZENS = 200;

const REQUEST_EXCHANGE = 'mutation($input: RequestExchangeInput!) { requestExchange(input: $input) { permitted exchange { id } } }';

async function main(): Promise<void> {
  const db = await benchDatabase('consent');
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_APP_URL: db.appUrl, LEDGER_SIGNING_KEY: Buffer.alloc(32, 5).toString('base64'), LEDGER_WITNESS_DIR: join(tmpdir(), `nsk-bench-witness-${process.pid}`), LOG_LEVEL: 'warn', DB_POOL_SIZE: '20',
    AUTH_JWKS_URL: 'http://127.0.0.1:9/unused', AUTH_ISSUER: 'bench', AUTH_AUDIENCE: 'bench',
    CPR_HASH_SECRET: 'benchmark-cpr-hash-secret-0123456789', EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 3).toString('base64'), LINK_SIGNING_SECRET: 'benchmark-link-signing-secret-0123456789',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '10000000', RATE_LIMIT_USER_PER_MINUTE: '10000000' });
  // Production settings, but tokens from a local secret so the load generator can sign them.
  config.auth = { maxTokenLifetimeSeconds: config.auth.maxTokenLifetimeSeconds, devSecret: 'benchmark-signing-secret-0123456789-abcdef' };
  const owner = await new DataSource(ownerDataSourceOptions(db.ownerUrl, ENTITIES)).initialize();
  const town = await provisionMunicipality(owner, {
    code: '9999',
    name: 'Benchmark Kommune',
    departments: [
      { key: 'job', name: 'Jobcenter', discipline: Discipline.JOBCENTRE },
      { key: 'eft', name: 'Etnisk Familieteam', discipline: Discipline.OTHER },
    ],
    staff: [{ subject: 'adviser', displayName: 'Adviser', email: 'a@bench.invalid', departmentKey: 'job', roles: [GrantableRole.MUNICIPALITY_ADMIN] }],
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, logger: ['error'] });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const token = await signDevToken(config.auth.devSecret!, { subject: 'adviser', municipalityId: town.municipality.id, roles: [Role.STAFF] });
  const results: Record<string, unknown> = { machine: machine(), database: db.where, connections: CONNECTIONS, requests: REQUESTS, citizens: CITIZENS };

  try {
    // Policy and a consent for each citizen, through the API.
    // BENCH_LEDGER_ONLY=1: only the ledger figures (the exchange load takes a minute and is not needed to work on verification).
    if (!process.env.BENCH_LEDGER_ONLY) {
    const cprs = Array.from({ length: CITIZENS }, (_, i) => `0101${String(60 + (i % 40)).padStart(2, '0')}-${String(1000 + i)}`);
    await gql(url, token, 'mutation($i: SetDataFlowPolicyInput!) { setDataFlowPolicy(input: $i) { id } }', {
      i: { fromDepartmentId: town.departments.job.id, toDepartmentId: town.departments.eft.id, categories: ['FAMILY_SITUATION'] },
    }, await signDevToken(config.auth.devSecret!, { subject: 'adviser', municipalityId: town.municipality.id, roles: [Role.STAFF, Role.MUNICIPALITY_ADMIN] }));
    for (const cpr of cprs) {
      await gql(url, token, 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }', {
        i: { cpr, fromDepartmentIds: [town.departments.job.id], toDepartmentIds: [town.departments.eft.id], categories: ['FAMILY_SITUATION'], purposes: ['CASE_SPARRING'],
          validFrom: new Date(Date.now() - 86_400_000).toISOString(), validTo: new Date(Date.now() + 86_400_000 * 365).toISOString(), method: 'SIGNED_FORM', consentTextVersion: 'v1' },
      });
    }
    const body = (cpr: string) => JSON.stringify({ query: REQUEST_EXCHANGE, variables: { input: { cpr, fromDepartmentId: town.departments.job.id, toDepartmentId: town.departments.eft.id, categories: ['FAMILY_SITUATION'], purpose: 'CASE_SPARRING', content: 'Spørgsmål om familien (benchmark).' } } });
    const service = await runLoad({ url, headers: { authorization: `Bearer ${token}` }, bodies: cprs.map(body), connections: CONNECTIONS, amount: REQUESTS });
    const serviceOneCitizen = await runLoad({ url, headers: { authorization: `Bearer ${token}` }, bodies: [body(cprs[0])], connections: CONNECTIONS, amount: REQUESTS / 4 });
    const floor = await bareExchangeFloor(db.appUrl, town.municipality.id, cprs.map((cpr) => hashCpr(config.crypto.cprHashSecret, town.municipality.id, cpr.replace('-', ''))), town.departments.job.id, town.departments.eft.id, town.staff.adviser.id);
    results.exchange = {
      service,
      serviceOneCitizen,
      bareFloor: floor,
      ratioOfFloor: round(service.requestsPerSecond / floor.requestsPerSecond),
    };
    }

    // Ledger verification against in-process hashing of the same bytes.
    const verifier = app.get(LedgerVerifier);
    const checkpoints = app.get(LedgerCheckpoints);
    const tenantDb = app.get(TenantDatabase);
    results.ledger = [];
    console.log(JSON.stringify({ exchange: results.exchange }));
    for (const [index, size] of [100_000, 1_000_000].entries()) {
      const verifyTown = await provisionMunicipality(owner, { code: String(8001 + index), name: `Ledger ${size}`, departments: [], staff: [] });
      // The realistic case for the incremental check: an hourly checkpoint, then 1 % more entries.
      const checkpointAt = Math.round(size * 0.99);
      const early = await fillLedger(owner, verifyTown.municipality.id, 1, checkpointAt, GENESIS_HASH);
      const timed = async <T>(work: () => Promise<T>) => {
        const started = process.hrtime.bigint();
        const result = await work();
        return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
      };
      const signing = await timed(() => tenantDb.runAsTenant(verifyTown.municipality.id, (manager) => checkpoints.checkpoint(manager)));
      const late = await fillLedger(owner, verifyTown.municipality.id, checkpointAt + 1, size, entryHashOf(early.at(-1)!));
      const entries = [...early, ...late];
      await db.settle();
      const incremental = await timed(() => tenantDb.runAsTenant(verifyTown.municipality.id, () => verifier.verify(undefined, true)));
      const nextSigning = await timed(() => tenantDb.runAsTenant(verifyTown.municipality.id, (manager) => checkpoints.checkpoint(manager)));
      // The full check three times, the median reported (runs on this shared 2-core machine vary by a second).
      const verifications = [];
      for (let run = 0; run < 3; run++) verifications.push(await timed(() => tenantDb.runAsTenant(verifyTown.municipality.id, () => verifier.verify())));
      const verification = verifications.sort((a, b) => a.ms - b.ms)[1];
      // The limit: every entry's hash and the tree, in this process, from bytes already in memory.
      const hashing = await timed(async () => {
        const tree = new TreeHasher();
        for (const entry of entries) tree.pushHex(entryHashOf(entry));
        return tree.root().toString('hex');
      });
      if (!verification.result.ok || verification.result.rootHash !== hashing.result || verification.result.checkpointsChecked !== 2) throw new Error(`ledger of ${size} did not verify`);
      if (!incremental.result.ok || incremental.result.rootHash !== hashing.result || incremental.result.checkedFrom !== checkpointAt + 1) throw new Error(`ledger of ${size} did not verify incrementally`);
      (results.ledger as unknown[]).push({
        entries: size,
        verifyMs: Math.round(verification.ms),
        verifyRunsMs: verifications.map((run) => Math.round(run.ms)),
        incrementalVerifyMs: Math.round(incremental.ms),
        entriesSinceCheckpoint: size - checkpointAt,
        firstSignMs: Math.round(signing.ms),
        nextSignMs: Math.round(nextSigning.ms),
        inProcessHashMs: Math.round(hashing.ms),
        ratio: round(verification.ms / hashing.ms),
        entriesPerSecond: Math.round(size / (verification.ms / 1000)),
      });
      console.log(JSON.stringify((results.ledger as unknown[]).at(-1)));
    }
    results.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  } finally {
    await app.close();
    await owner.destroy();
    await db.drop();
  }
  const file = writeResults('consent-ledger', results);
  console.log(JSON.stringify(results, null, 2));
  console.log(`written to ${file}`);
}

/**
 * The floor: the same work with bare pg and no framework. Lock the citizen,
 * read consents and events, check the policy, lock the ledger head, insert
 * the ledger entry and the exchange, commit. 50 concurrent clients.
 */
async function bareExchangeFloor(appUrl: string, municipalityId: string, cprHashes: string[], from: string, to: string, staffId: string) {
  const pool = new Pool({ connectionString: appUrl, max: CONNECTIONS });
  const latencies: number[] = [];
  let next = 0;
  const one = async () => {
    const cprHash = cprHashes[next++ % cprHashes.length];
    const started = process.hrtime.bigint();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
      const { rows: [citizen] } = await client.query('SELECT id FROM citizen WHERE cpr_hash = $1 FOR UPDATE', [cprHash]);
      const { rows: consents } = await client.query('SELECT id, categories, purposes, valid_from, valid_to FROM consent WHERE citizen_id = $1', [citizen.id]);
      await client.query('SELECT kind FROM consent_event WHERE consent_id = ANY($1)', [consents.map((c) => c.id)]);
      await client.query('SELECT categories FROM data_flow_policy WHERE from_department_id = $1 AND to_department_id = $2', [from, to]);
      const at = new Date();
      const content = canonicalJson({ citizenId: citizen.id, kind: 'exchange_decision', decision: 'permitted', at: at.toISOString() });
      // The same one-statement append the service uses (lock head, insert entry, move head).
      const { rows: [{ position }] } = await client.query<{ position: string }>(LEDGER_APPEND_SQL, ['exchange_decision', citizen.id, content, at]);
      await client.query(
        `INSERT INTO exchange (municipality_id, conversation_id, citizen_id, from_department_id, to_department_id, categories, purpose, requested_by_id, decision, consent_id, content_sealed, ledger_position)
         VALUES ($1, gen_random_uuid(), $2, $3, $4, '{family_situation}', 'case_sparring', $5, 'permitted', $6, $7, $8)`,
        [municipalityId, citizen.id, from, to, staffId, consents[0].id, createHash('sha256').update('x').digest(), position],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  };
  const started = Date.now();
  let issued = 0;
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (issued++ < REQUESTS) await one();
  }));
  const seconds = (Date.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: Math.round(REQUESTS / seconds), p50: round(latencies[Math.floor(latencies.length * 0.5)]), p99: round(latencies[Math.floor(latencies.length * 0.99)]) };
}

/** Writes valid version-2 entries first..size as the owner, in batches, linked to `previous`, and moves the head; returns them in order. */
async function fillLedger(owner: DataSource, municipalityId: string, first: number, size: number, previous: string): Promise<HashedEntry[]> {
  const entries: HashedEntry[] = [];
  const batch = 10_000;
  for (let start = first; start <= size; start += batch) {
    const rows = { position: [] as string[], content: [] as string[], prev: [] as string[], hash: [] as string[], at: [] as string[] };
    for (let position = start; position < start + batch && position <= size; position++) {
      const at = new Date(1_700_000_000_000 + position * 1000).toISOString();
      const entry: HashedEntry = {
        hashVersion: 2, municipalityId, position: String(position), kind: 'exchange_decision', recordedAt: at, citizenId: null, prevHash: previous,
        content: canonicalJson({ kind: 'exchange_decision', staffId: randomUUID(), decision: 'permitted', at }),
      };
      previous = entryHashOf(entry);
      entries.push(entry);
      rows.position.push(entry.position);
      rows.content.push(entry.content);
      rows.prev.push(entry.prevHash);
      rows.hash.push(previous);
      rows.at.push(at);
    }
    await owner.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
      await manager.query(
        `INSERT INTO ledger_entry (municipality_id, position, kind, citizen_id, content, content_hash, prev_hash, entry_hash, recorded_at, hash_version)
         SELECT $1, p, 'exchange_decision', NULL, c, NULL, ph, eh, ra, 2 FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS t(p, c, ph, eh, ra)`,
        [municipalityId, rows.position, rows.content, rows.prev, rows.hash, rows.at],
      );
    });
  }
  await owner.transaction(async (manager) => {
    await manager.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
    await manager.query('INSERT INTO ledger_head (municipality_id, position, entry_hash) VALUES ($1, $2, $3) ON CONFLICT (municipality_id) DO UPDATE SET position = EXCLUDED.position, entry_hash = EXCLUDED.entry_hash', [municipalityId, size, previous]);
  });
  await owner.query('VACUUM ANALYZE ledger_entry');
  return entries;
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown>, asToken = token): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${asToken}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const round = (value: number) => Math.round(value * 100) / 100;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
