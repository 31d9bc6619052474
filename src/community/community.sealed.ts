import { SealedColumn } from '../platform/crypto/reseal';
import { localActorAssociatedData } from './community.service';

/** A local actor's sealed contact details, for key rotation (src/sealed-columns.ts). */
export const COMMUNITY_SEALED_COLUMNS: SealedColumn[] = [
  { table: 'local_actor', column: 'contact_sealed', purpose: 'local-actor-contact', associated: (row) => localActorAssociatedData({ municipalityId: row.municipality_id, id: row.id }) },
];
