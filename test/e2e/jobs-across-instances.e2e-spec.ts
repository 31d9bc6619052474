import { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { TenantDatabase } from '../../src/platform/database/tenant-database';
import { OutboxService } from '../../src/platform/outbox/outbox.service';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok } from '../utils/network-fixture';
import { OwnDatabase, useOwnDatabase } from '../utils/own-database';
import { collect, exited, spawnService, stopProcess } from '../utils/service-process';
import { CapturingSmtp, startSmtp } from '../utils/smtp';
import { createTestApp, TestApp } from '../utils/test-app';
import { TEST_SECRETS } from '../utils/test-secrets';

const MESSAGES = 30;
const REFUSED = 3;
const METRICS_TOKEN = 'jobs-test-metrics-token-0123456789';

interface Instance {
  child: ChildProcess;
  base: string;
  output: ReturnType<typeof collect>;
}

/**
 * Three real service processes share one database of their own (so no other
 * test's jobs are in its queue) and a real SMTP server: each outbox message
 * is delivered once, refused ones are retried with backoff, and the case
 * retention schedule fires once per period across the three.
 */
describe('background jobs across three instances', () => {
  const instances: Instance[] = [];
  let urls: OwnDatabase;
  let smtp: CapturingSmtp & { refused: number };
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;

  beforeAll(async () => {
    // The factories and the in-process app (which runs no jobs) work on this database for this file only.
    urls = await useOwnDatabase('jobs');
    api = await createTestApp();
    town = await createMunicipality();
    net = await createNetwork(api, town);
    smtp = await startSmtp({ refuseFirst: REFUSED });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map(({ child }) => stopProcess(child)));
    await api?.close();
    await closeFactories();
    await smtp?.close();
    await urls?.drop();
  });

  const startInstance = async (): Promise<Instance> => {
    const port = await freePort();
    const child = spawnService({
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_APP_URL: urls.appUrl,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
      DB_POOL_SIZE: '2',
      ...TEST_SECRETS,
      LEDGER_WITNESS_DIR: join(tmpdir(), `nsk-jobs-witness-${process.pid}`),
      METRICS_TOKEN,
      SMTP_URL: smtp.url,
      JOB_RUNNER: 'on',
      JOB_CONCURRENCY: '2',
      CRON_CASE_RETENTION: '* * * * *',
      CRON_WITHDRAWN_CONTENT: '',
      CRON_LEDGER_CHECKPOINTS: '',
      CRON_IDEMPOTENCY_PURGE: '',
      CRON_SESSION_PURGE: '',
    });
    const output = collect(child.stdout);
    await output.waitFor(/"msg":"listening"/, 90_000);
    return { child, base: `http://127.0.0.1:${port}`, output };
  };

  const asTenant = <T>(work: (manager: EntityManager) => Promise<T>) => api.app.get(TenantDatabase).runAsTenant(town.municipality.id, work);

  const owner = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const source: DataSource = await ownerDataSource();
    return source.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return manager.query(sql, params);
    });
  };

  const jobCount = async (task: string): Promise<number> => (await owner<{ n: number }>(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = $1`, [task]))[0].n;

  const metric = async (instance: Instance, pattern: RegExp): Promise<number> => {
    const text = await (await fetch(`${instance.base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    return text
      .split('\n')
      .filter((line) => pattern.test(line))
      .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
  };

  const until = async (condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string) => {
    const started = Date.now();
    while (!(await condition())) {
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  it('queues a message\'s delivery job in the transaction that writes it: a refused change leaves neither', async () => {
    const before = await jobCount('outbox.deliver');
    await expect(
      asTenant(async (manager) => {
        await api.app.get(OutboxService).enqueue(manager, { municipalityId: town.municipality.id, kind: 'test', to: 'nobody@test.invalid', subject: 'Aldrig sendt', text: 'Rulles tilbage.' });
        throw new Error('the change is refused after the message was written');
      }),
    ).rejects.toThrow('refused');
    expect(await jobCount('outbox.deliver')).toBe(before);
    expect(await owner(`SELECT id FROM outbox_message WHERE subject = 'Aldrig sendt'`)).toEqual([]);
  });

  it('delivers every message once to the SMTP server, retrying refused ones with backoff, from three instances', async () => {
    instances.push(...(await Promise.all([1, 2, 3].map(() => startInstance()))));
    const ids: string[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const message = await asTenant((manager) =>
        api.app.get(OutboxService).enqueue(manager, { municipalityId: town.municipality.id, kind: 'test', to: `person-${i}@test.invalid`, subject: `Besked ${i}`, text: `Indhold ${i}` }),
      );
      ids.push(message.id);
    }
    // The first retry waits exp(1) s; the refused three are sent on their second attempt.
    await until(() => smtp.received.length >= MESSAGES, 60_000, 'every message to arrive');
    await new Promise((resolve) => setTimeout(resolve, 4000)); // a duplicate would arrive in this time
    const received = smtp.received.map((mail) => mail.messageId);
    expect(received).toHaveLength(MESSAGES);
    expect(new Set(received)).toEqual(new Set(ids.map((id) => `<outbox-${id}@nsk-networks>`)));
    expect(smtp.refused).toBe(REFUSED);
    const rows = await owner<{ status: string; attempts: number }>(`SELECT status, attempts FROM outbox_message WHERE id = ANY($1)`, [ids]);
    expect(rows.filter((row) => row.status === 'sent')).toHaveLength(MESSAGES);
    expect(rows.reduce((sum, row) => sum + row.attempts, 0)).toBe(MESSAGES + REFUSED);
    expect(await jobCount('outbox.deliver')).toBe(0); // done jobs leave the queue
    // Across the three instances' metrics: one success per message, one failed attempt per refusal.
    const completed = await Promise.all(instances.map((instance) => metric(instance, /^nsk_jobs_completed_total\{task="outbox.deliver"\}/)));
    expect(completed.reduce((a, b) => a + b, 0)).toBe(MESSAGES);
    const failed = await Promise.all(instances.map((instance) => metric(instance, /^nsk_jobs_failed_total\{task="outbox.deliver",final="false"\}/)));
    expect(failed.reduce((a, b) => a + b, 0)).toBe(REFUSED);
    // No recipient reaches a log line, the queue or a job's last error.
    const logs = instances.map((instance) => instance.output.text()).join('\n');
    expect(logs).not.toMatch(/person-\d+@test\.invalid/);
    const queued = JSON.stringify(await owner(`SELECT payload, last_error FROM graphile_worker._private_jobs`));
    expect(queued).not.toMatch(/@test\.invalid/);
  }, 180_000);

  it('runs case retention once per period across the three instances', async () => {
    const CREATE = 'mutation($input: CreateCaseInput!) { createCaseDiscussion(input: $input) { id } }';
    const input = { networkId: net.networkId, concernCategories: ['DIGITAL_CONTROL'], ageBand: 'AGE_13_17', affected: ['THE_PERSON'], narrative: 'Familien tjekker telefonen hver aften.', actionsTaken: 'Samtale.', question: 'Hvordan tager vi samtalen?' };
    const kase = ok(await api.gql<{ createCaseDiscussion: { id: string } }>(CREATE, { input }, net.health.token)).createCaseDiscussion;
    ok(await api.gql('mutation($input: RecordCaseOutcomeInput!) { recordCaseOutcome(input: $input) { status } }', { input: { caseId: kase.id, outcome: 'Afsluttet.' } }, net.health.token));
    await owner("UPDATE case_discussion SET closed_at = now() - interval '13 months' WHERE id = $1", [kase.id]);
    const runs = () => instances.reduce((sum, instance) => sum + (instance.output.text().match(/"msg":"case retention ran"/g)?.length ?? 0), 0);
    const before = runs();
    // All three schedule the next minute; one of them runs it.
    await until(() => runs() > before, 75_000, 'the next retention period');
    await new Promise((resolve) => setTimeout(resolve, 8000)); // the other two would have run by now
    expect(runs() - before).toBe(1);
    const [stored] = await owner<{ narrative: string | null; text_removed_at: Date | null }>('SELECT narrative, text_removed_at FROM case_discussion WHERE id = $1', [kase.id]);
    expect(stored.narrative).toBeNull();
    expect(stored.text_removed_at).toBeTruthy();
    const entries = await owner<{ content: string }>("SELECT content FROM ledger_entry WHERE kind = 'case_text_removed'");
    expect(entries.map((entry) => JSON.parse(entry.content).caseId)).toEqual([kase.id]);
  }, 120_000);

  it('stops each instance on SIGTERM with its job runner, and exits cleanly', async () => {
    for (const { child } of instances) child.kill('SIGTERM');
    const codes = await Promise.all(instances.map(({ child }) => exited(child)));
    expect(codes).toEqual([0, 0, 0]);
    for (const { output } of instances) expect(output.text()).toMatch(/"msg":"stopped"/);
  }, 30_000);

  it('refuses to start the runner, in words, when the queue\'s schema is missing (the runtime role cannot create it)', async () => {
    await (await ownerDataSource()).query('DROP SCHEMA graphile_worker CASCADE');
    await expect(createTestApp({ JOB_RUNNER: 'on', SMTP_URL: smtp.url })).rejects.toThrow(/job queue's schema \(graphile_worker\) is missing or behind .* run `npm run migrate`/);
  });
});
