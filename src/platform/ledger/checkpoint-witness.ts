import { open, readFile } from 'node:fs/promises';
import { makePrivateDirectory } from './private-directory';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * The default witness: an append-only file of signed checkpoints per
 * municipality, outside PostgreSQL, for the operator to back up (and, better,
 * to ship somewhere the database's administrators cannot write). Every line
 * is one JSON object `{"note": "<signed note>"}`; a checkpoint is written and
 * flushed to disk before it is stored in the database.
 */
@Injectable()
export class CheckpointWitness {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private fileOf(municipalityId: string): string {
    if (!/^[0-9a-f-]{36}$/.test(municipalityId)) throw new Error('not a municipality id');
    return join(this.config.ledger.witnessDir, `${municipalityId}.jsonl`);
  }

  async record(municipalityId: string, note: string): Promise<void> {
    await makePrivateDirectory(this.config.ledger.witnessDir);
    const file = await open(this.fileOf(municipalityId), 'a', 0o600);
    try {
      await file.write(`${JSON.stringify({ note })}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
  }

  /** Every note the witness holds for the municipality; unreadable lines are skipped (their signatures decide, not their presence). */
  async notes(municipalityId: string): Promise<string[]> {
    let text: string;
    try {
      text = await readFile(this.fileOf(municipalityId), 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return [];
      throw error;
    }
    const notes: string[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const { note } = JSON.parse(line) as { note?: unknown };
        if (typeof note === 'string') notes.push(note);
      } catch {
        // A torn last line after a crash: the checkpoint is also in the database.
      }
    }
    return notes;
  }
}
