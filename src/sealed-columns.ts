import { COMMUNITY_SEALED_COLUMNS } from './community/community.sealed';
import { EXCHANGE_SEALED_COLUMNS } from './consent/exchange/exchange.sealed';
import { OUTBOX_SEALED_COLUMNS } from './platform/outbox/outbox.sealed';
import { SPEAKER_SEALED_COLUMNS } from './speakers/speakers/speaker.sealed';

/**
 * Every column of personal data sealed with the content key, assembled where
 * the areas are composed (like entities.ts). `npm run reseal` moves them all to
 * the current key; a test fails if a bytea column of an entity is missing here.
 */
export const SEALED_COLUMNS = [...EXCHANGE_SEALED_COLUMNS, ...SPEAKER_SEALED_COLUMNS, ...OUTBOX_SEALED_COLUMNS, ...COMMUNITY_SEALED_COLUMNS];
