import { SealedColumn } from '../../platform/crypto/reseal';
import { speakerAssociatedData } from './speaker.service';

/** A speaker's sealed contact details, for key rotation (src/sealed-columns.ts). */
export const SPEAKER_SEALED_COLUMNS: SealedColumn[] = [
  { table: 'speaker', column: 'contact_sealed', purpose: 'speaker-contact', associated: (row) => speakerAssociatedData({ municipalityId: row.municipality_id, id: row.id }) },
];
