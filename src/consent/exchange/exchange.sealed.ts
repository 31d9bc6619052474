import { SealedColumn } from '../../platform/crypto/reseal';
import { associatedData } from './exchange.service';

/** The exchange's sealed columns, for key rotation (src/sealed-columns.ts). */
export const EXCHANGE_SEALED_COLUMNS: SealedColumn[] = [
  { table: 'exchange', column: 'content_sealed', purpose: 'exchange', associated: (row) => associatedData(row.municipality_id, row.id) },
  { table: 'exchange', column: 'justification_sealed', purpose: 'exchange', associated: (row) => `${associatedData(row.municipality_id, row.id)}:justification` },
];
