import { SealedColumn } from '../crypto/reseal';
import { recipientAssociatedData } from './outbox.service';

/** The outbox's sealed recipients, for key rotation (src/sealed-columns.ts). */
export const OUTBOX_SEALED_COLUMNS: SealedColumn[] = [
  { table: 'outbox_message', column: 'recipient_sealed', purpose: 'mail-recipient', associated: (row) => recipientAssociatedData({ municipalityId: row.municipality_id, id: row.id }) },
];
