import { DataSource } from 'typeorm';
import { TENANT_SETTING } from '../database/database-roles';
import { Keyring, SealPurpose } from './content-cipher';

/** A bytea column of sealed values, and how each row's value is bound to the row. */
export interface SealedColumn {
  table: string;
  column: string;
  purpose: SealPurpose;
  associated: (row: { id: string; municipality_id: string }) => string;
}

/**
 * Moves every sealed value not under the current key (an old key, or the
 * format before key ids) to the current key, one municipality per
 * transaction, on the owner connection. Values already current are left as
 * they are, so a second run changes nothing.
 */
export async function resealAll(
  owner: DataSource,
  keyring: Keyring,
  columns: SealedColumn[],
  /** Limit the run to these municipalities (default: every one). */
  only?: string[],
): Promise<{ municipalities: number; resealed: number }> {
  const all: { id: string }[] = await owner.query('SELECT id FROM all_municipality_ids() AS id');
  const municipalities = only ? all.filter(({ id }) => only.includes(id)) : all;
  let resealed = 0;
  for (const { id: municipalityId } of municipalities) {
    resealed += await owner.transaction(async (manager) => {
      await manager.query('SELECT set_config($1, $2, true)', [TENANT_SETTING, municipalityId]);
      let count = 0;
      for (const { table, column, purpose, associated } of columns) {
        const rows: { id: string; municipality_id: string; sealed: Buffer }[] = await manager.query(
          `SELECT id, municipality_id, "${column}" AS sealed FROM "${table}" WHERE "${column}" IS NOT NULL FOR UPDATE`,
        );
        for (const row of rows.filter((candidate) => keyring.needsReseal(candidate.sealed))) {
          const binding = associated(row);
          let plaintext: string;
          try {
            plaintext = keyring.open(purpose, row.sealed, binding);
          } catch {
            // Nothing of this municipality is changed (its transaction rolls back); ids only, never a value.
            throw new Error(`${table}.${column} of row ${row.id} (municipality ${municipalityId}) opens with none of the configured keys: add its key to EXCHANGE_CONTENT_OLD_KEYS`);
          }
          await manager.query(`UPDATE "${table}" SET "${column}" = $1 WHERE id = $2`, [keyring.seal(purpose, plaintext, binding), row.id]);
          count += 1;
        }
      }
      return count;
    });
  }
  return { municipalities: municipalities.length, resealed };
}
