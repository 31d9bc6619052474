import { Injectable } from '@nestjs/common';
import { Principal } from '../../platform/auth/principal';
import { CitizenService } from '../citizens/citizen.service';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { DepartmentService } from '../../organisation/departments/department.service';
import { StaffService } from '../../organisation/staff/staff.service';
import { LedgerEntry } from '../../platform/ledger/ledger-entry.entity';
import { LedgerContent, LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';
import { AccessReportEntryModel, AccessReportModel } from './access-report.model';
import { LedgerReceipts } from '../../platform/ledger/ledger-receipts.service';
import { receiptModel } from '../../platform/ledger/ledger.model';
import { now } from '../../platform/clock/clock';

/** An entry's recorded content; an unreadable one (only ever tampering, which verification names) shows as empty. */
function parsedContent(text: string): LedgerContent & Record<string, unknown> {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as LedgerContent & Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Builds a citizen's access report from the ledger, with names of staff and departments resolved. */
@Injectable()
export class AccessReportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly citizens: CitizenService,
    private readonly ledger: LedgerService,
    private readonly staff: StaffService,
    private readonly departments: DepartmentService,
    private readonly receipts: LedgerReceipts,
  ) {}

  async forCitizen(principal: Principal, cprInput: string): Promise<AccessReportModel> {
    const cpr = this.citizens.parse(cprInput);
    const officer = await this.staff.current(principal);
    const manager = await this.db.manager();
    const citizen = await this.citizens.lock(manager, cpr, false);
    if (!citizen) return { generatedAt: now(), entries: [], receipt: null };
    // The receipt before the report's own entry: its checkpoint may only count committed entries.
    const recorded = await this.ledger.forCitizen(citizen.id);
    const receipt = recorded.length > 0 ? await this.receipts.forPositions(manager, recorded.map((entry) => entry.position)) : null;
    await this.ledger.append(manager, LedgerKind.ACCESS_REPORT, { citizenId: citizen.id, staffId: officer.id, departmentId: officer.departmentId });
    const entries = await this.ledger.forCitizen(citizen.id);
    return { generatedAt: now(), entries: await Promise.all(entries.map((entry) => this.describe(entry))), receipt: receipt && receiptModel(receipt) };
  }

  private async describe(entry: LedgerEntry): Promise<AccessReportEntryModel> {
    const content = parsedContent(entry.content);
    const name = async (id: unknown, load: (id: string) => Promise<{ displayName?: string; name?: string }>) =>
      typeof id === 'string' ? load(id).then((row) => row.displayName ?? row.name ?? null, () => null) : null;
    const [staffMemberName, departmentName, from, to] = await Promise.all([
      name(content.staffId, (id) => this.staff.load(id)),
      name(content.departmentId, (id) => this.departments.load(id)),
      name(content.fromDepartmentId, (id) => this.departments.load(id)),
      name(content.toDepartmentId, (id) => this.departments.load(id)),
    ]);
    const categories = (content.categories as string[] | undefined) ?? [];
    return {
      position: entry.position,
      recordedAt: entry.recordedAt,
      kind: entry.kind,
      content: entry.content,
      staffMemberName,
      departmentName,
      route: from && to ? `${from} -> ${to}` : null,
      categories,
      basis: (content.legalBasis ?? content.refusalReason ?? content.consentId ?? null) as string | null,
    };
  }
}
