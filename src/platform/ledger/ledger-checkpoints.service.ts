import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TenantDatabase } from '../database/tenant-database';
import { AppError, ErrorCode } from '../errors/app-error';
import { JobRunner } from '../jobs/job-runner.service';
import { OutboxService } from '../outbox/outbox.service';
import { now } from '../clock/clock';
import { CheckpointWitness } from './checkpoint-witness';
import { leafBlocks, pushLeaves } from './ledger-leaves';
import { LEDGER_SIGNING_KEY } from './ledger-signing-key';
import { TreeHasher } from './merkle';
import { Checkpoint, NoteError, openCheckpoint, signCheckpoint, SigningKey, verifierKey } from './signed-note';

export interface SignedCheckpoint extends Checkpoint {
  note: string;
}

export const LEDGER_BROKEN = 'LEDGER_BROKEN';

/**
 * Signs checkpoints (tree size, root, time) of each municipality's ledger
 * with a key that is not in the database, and hands each to the witness
 * before storing it: on a schedule (CRON_LEDGER_CHECKPOINTS) and on
 * demand. A checkpoint is only signed over a history that agrees with the
 * latest one signed before, so a rewritten ledger is never blessed.
 */
@Injectable()
export class LedgerCheckpoints implements OnModuleInit {
  private readonly logger = new Logger(LedgerCheckpoints.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly witness: CheckpointWitness,
    private readonly outbox: OutboxService,
    @Inject(LEDGER_SIGNING_KEY) private readonly key: SigningKey,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'ledger.checkpoints',
      schedule: 'ledgerCheckpoints',
      run: async () => {
        const signed = await this.signAll();
        if (signed > 0) this.logger.log({ msg: 'ledger checkpoints signed', municipalities: signed });
      },
    });
  }

  /** The key a verifier needs, in the signed-note tools' notation. */
  get verifierKey(): string {
    return verifierKey(this.key);
  }

  originOf(municipalityId: string): string {
    return `${this.key.name}/${municipalityId}`;
  }

  /** Signs a checkpoint for every municipality with entries newer than its latest; returns how many were signed. */
  async signAll(): Promise<number> {
    const rows: { all_municipality_ids: string }[] = await this.dataSource.query('SELECT all_municipality_ids()');
    let signed = 0;
    for (const { all_municipality_ids: municipalityId } of rows) {
      const result = await this.db.runAsTenant(municipalityId, (manager) => this.checkpoint(manager));
      if (result?.fresh) signed += 1;
    }
    return signed;
  }

  /**
   * The current tenant's checkpoint over its committed entries: the latest
   * one when nothing was appended since, else a new one.
   */
  async checkpoint(manager: EntityManager): Promise<(SignedCheckpoint & { fresh: boolean }) | null> {
    const municipalityId = this.db.current().municipalityId!;
    const [head] = (await manager.query('SELECT position::int AS size FROM ledger_head')) as { size: number }[];
    if (!head || head.size === 0) return null;
    const latest = (await this.known(manager, municipalityId)).at(-1);
    if (latest && latest.treeSize >= head.size) return { ...latest, fresh: false };
    // This transaction appended: the head counts an entry that may yet roll back, and a checkpoint must only count committed ones.
    if (this.db.current().recordedEvidence) {
      if (latest) return { ...latest, fresh: false };
      throw new AppError(ErrorCode.Conflict, 'Ask for the receipt in a request of its own: this one has just recorded an entry');
    }

    // From the last checkpoint's frontier when it still folds to its signed root: only the new entries are hashed.
    const resumed = latest ? await this.resume(manager, latest) : null;
    const tree = resumed ?? new TreeHasher();
    let agrees = !latest || !!resumed;
    for await (const block of leafBlocks(manager, head.size, tree.size + 1)) {
      // Up to the last checkpoint's size, its root, then the rest of the block.
      const split = latest && latest.treeSize > tree.size && latest.treeSize <= tree.size + block.count ? latest.treeSize - tree.size : block.count;
      pushLeaves(tree, block, 0, split);
      if (latest && tree.size === latest.treeSize) agrees = tree.root().equals(latest.rootHash);
      pushLeaves(tree, block, split, block.count);
    }
    if (!agrees || tree.size !== head.size) {
      this.logger.error({ msg: 'ledger checkpoint refused: the entries do not extend the last signed checkpoint', municipalityId });
      throw new AppError(LEDGER_BROKEN, 'The ledger no longer matches its last signed checkpoint, so no new one was signed. Verify the ledger to see where it was changed.');
    }
    const checkpoint: Checkpoint = { origin: this.originOf(municipalityId), treeSize: tree.size, rootHash: tree.root(), time: now() };
    const note = signCheckpoint(checkpoint, this.key);
    // The witness first: a checkpoint the database lost is still evidence; one the witness lacks is not.
    await this.witness.record(municipalityId, note);
    await manager.query(
      `INSERT INTO ledger_checkpoint (municipality_id, tree_size, root_hash, signed_at, note, frontier) VALUES (app_current_municipality(), $1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [checkpoint.treeSize, checkpoint.rootHash.toString('hex'), checkpoint.time, note, JSON.stringify(tree.frontier())],
    );
    if (this.config.ledger.witnessMailTo) {
      await this.outbox.enqueue(manager, {
        municipalityId,
        kind: 'ledger_checkpoint',
        to: this.config.ledger.witnessMailTo,
        subject: `Kontrolpunkt for loggen: ${checkpoint.treeSize} hændelser`,
        text: [
          'Et nyt kontrolpunkt for loggen over udveksling af personoplysninger er underskrevet.',
          'Gem denne mail: kontrolpunktet beviser, hvad loggen indeholdt, også hvis databasen senere ændres.',
          `Verificeringsnøgle: ${this.verifierKey}`,
          '',
          note,
        ].join('\n'),
      });
    }
    return { ...checkpoint, note, fresh: true };
  }

  /**
   * The tree as it stood at a signed checkpoint, from the frontier stored
   * with it, or null when none is stored or it does not fold to the signed root.
   */
  async resume(manager: EntityManager, checkpoint: SignedCheckpoint): Promise<TreeHasher | null> {
    const [row] = (await manager.query('SELECT frontier FROM ledger_checkpoint WHERE tree_size = $1 AND root_hash = $2', [checkpoint.treeSize, checkpoint.rootHash.toString('hex')])) as { frontier: string[] }[];
    return row ? TreeHasher.resume(checkpoint.treeSize, row.frontier, checkpoint.rootHash) : null;
  }

  /**
   * Every checkpoint of the municipality whose signature holds, from the
   * database, the witness and any given (e.g. one the DPO kept), by tree
   * size; the newest per size wins (two roots for one size would show as a
   * rewritten history when verified).
   */
  async known(manager: EntityManager, municipalityId: string, given: string[] = []): Promise<SignedCheckpoint[]> {
    const stored = (await manager.query('SELECT note FROM ledger_checkpoint ORDER BY tree_size')) as { note: string }[];
    const notes = [...stored.map((row) => row.note), ...(await this.witness.notes(municipalityId)), ...given];
    const bySize = new Map<number, SignedCheckpoint[]>();
    for (const note of notes) {
      const checkpoint = this.open(note, municipalityId);
      if (!checkpoint) continue;
      const same = bySize.get(checkpoint.treeSize) ?? [];
      if (!same.some((other) => other.rootHash.equals(checkpoint.rootHash))) same.push(checkpoint);
      bySize.set(checkpoint.treeSize, same);
    }
    return [...bySize.keys()].sort((a, b) => a - b).flatMap((size) => bySize.get(size)!);
  }

  /** A note signed by this service's key for this municipality's ledger, or null. */
  open(note: string, municipalityId: string): SignedCheckpoint | null {
    try {
      const checkpoint = openCheckpoint(note, this.key);
      return checkpoint.origin === this.originOf(municipalityId) ? { ...checkpoint, note } : null;
    } catch (error) {
      if (error instanceof NoteError) return null;
      throw error;
    }
  }
}
