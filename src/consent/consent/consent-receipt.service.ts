import { Injectable } from '@nestjs/common';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound } from '../../platform/errors/app-error';
import { LedgerEntry } from '../../platform/ledger/ledger-entry.entity';
import { LedgerReceipts, Receipt } from '../../platform/ledger/ledger-receipts.service';
import { LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';
import { StaffService } from '../../organisation/staff/staff.service';
import { Consent } from './consent.entity';

/**
 * The citizen's proof that their consent was recorded: the ledger entry that
 * recorded it, with its inclusion proof against a signed checkpoint. Issuing
 * it reads the consent, so it is recorded as a look-up.
 */
@Injectable()
export class ConsentReceiptService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly receipts: LedgerReceipts,
    private readonly ledger: LedgerService,
    private readonly staff: StaffService,
  ) {}

  async forConsent(principal: Principal, consentId: string): Promise<Receipt> {
    const reader = await this.staff.current(principal);
    const manager = await this.db.manager();
    const consent = await manager.findOneBy(Consent, { id: consentId });
    if (!consent) throw notFound('The consent');
    // The citizen index narrows the search; the content names the consent.
    const granted = (await manager.find(LedgerEntry, { where: { citizenId: consent.citizenId, kind: LedgerKind.CONSENT_GRANTED }, order: { position: 'ASC' } })).find(
      (entry) => entry.content.includes(`"consentId":"${consent.id}"`),
    );
    if (!granted) throw notFound('The ledger entry of the consent');
    // The receipt first: its checkpoint may only cover committed entries, and the look-up below is not yet.
    const receipt = await this.receipts.forPositions(manager, [granted.position]);
    await this.ledger.append(manager, LedgerKind.CONSENT_LOOKUP, { citizenId: consent.citizenId, staffId: reader.id, departmentId: reader.departmentId, consentId: consent.id });
    return receipt;
  }
}
