import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { CitizenService } from '../citizens/citizen.service';
import { ageOn, Cpr } from '../../privacy/cpr/cpr';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { Department } from '../../organisation/departments/department.entity';
import { AppError, ErrorCode, notFound } from '../../platform/errors/app-error';
import { LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';
import { StaffService } from '../../organisation/staff/staff.service';
import { ConsentEvent } from './consent-event.entity';
import { ConsentRecord, consentStatus } from './consent-decision';
import { ConsentEventKind, ConsentGivenBy, ConsentStatus } from './consent.enums';
import { Consent } from './consent.entity';
import { ConsentModel, RecordConsentInput } from './consent.model';
import { now as clockNow } from '../../platform/clock/clock';

/** From 15 a young person may consent themself; from 18 only the citizen can. */
const OWN_CONSENT_AGE = 15;
const ADULT_AGE = 18;

@Injectable()
export class ConsentService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly citizens: CitizenService,
    private readonly ledger: LedgerService,
    private readonly staff: StaffService,
  ) {}

  async record(principal: Principal, input: RecordConsentInput): Promise<ConsentModel> {
    const cpr = this.citizens.parse(input.cpr);
    if (input.validTo.getTime() <= input.validFrom.getTime()) {
      throw new AppError(ErrorCode.BadUserInput, 'A consent must end after it begins', { field: 'validTo' });
    }
    assertWhoMayConsent(cpr, input);
    const recorder = await this.staff.current(principal);
    const manager = await this.db.manager();
    await assertDepartmentsExist(manager, [...input.fromDepartmentIds, ...input.toDepartmentIds]);
    const citizen = (await this.citizens.lock(manager, cpr, true))!;
    await this.citizens.bumpRevision(manager, citizen.id);
    const consent = await manager.save(
      Consent,
      manager.create(Consent, {
        municipalityId: citizen.municipalityId,
        citizenId: citizen.id,
        fromDepartmentIds: input.fromDepartmentIds,
        toDepartmentIds: input.toDepartmentIds,
        categories: input.categories,
        purposes: input.purposes,
        validFrom: input.validFrom,
        validTo: input.validTo,
        method: input.method,
        consentTextVersion: input.consentTextVersion,
        givenBy: input.givenBy,
        custodyHolderRelation: input.custodyHolderRelation ?? null,
        recordedById: recorder.id,
      }),
    );
    await this.ledger.append(manager, LedgerKind.CONSENT_GRANTED, {
      citizenId: citizen.id,
      staffId: recorder.id,
      departmentId: recorder.departmentId,
      consentId: consent.id,
      fromDepartmentIds: [...consent.fromDepartmentIds].sort(),
      toDepartmentIds: [...consent.toDepartmentIds].sort(),
      categories: [...consent.categories].sort(),
      purposes: [...consent.purposes].sort(),
      validFrom: consent.validFrom.toISOString(),
      validTo: consent.validTo.toISOString(),
      method: consent.method,
      givenBy: consent.givenBy,
      consentTextVersion: consent.consentTextVersion,
    });
    return toModel({ ...consent, events: [] });
  }

  /** One step, effective at once, by any member of staff on the citizen's word. */
  async withdraw(principal: Principal, consentId: string): Promise<ConsentModel> {
    const recorder = await this.staff.current(principal);
    const manager = await this.db.manager();
    const found = await manager.findOne(Consent, { where: { id: consentId } });
    if (!found) throw notFound('The consent');
    await this.citizens.lockById(manager, found.citizenId);
    const [consent] = await this.withEvents(manager, [found]);
    if (consentStatus(consent, clockNow()) === ConsentStatus.WITHDRAWN) {
      throw new AppError(ErrorCode.Conflict, 'This consent has already been withdrawn');
    }
    const occurredAt = clockNow();
    await this.citizens.bumpRevision(manager, found.citizenId);
    await manager.insert(ConsentEvent, { municipalityId: found.municipalityId, consentId, kind: ConsentEventKind.WITHDRAWN, occurredAt, recordedById: recorder.id });
    await this.ledger.append(manager, LedgerKind.CONSENT_WITHDRAWN, {
      citizenId: found.citizenId,
      staffId: recorder.id,
      departmentId: recorder.departmentId,
      consentId,
    });
    return toModel({ ...consent, events: [...consent.events, { kind: ConsentEventKind.WITHDRAWN, occurredAt }] });
  }

  /** A citizen's consents (looking them up is an access to personal data, so it is recorded). */
  async forCitizen(principal: Principal, cprInput: string): Promise<ConsentModel[]> {
    const cpr = this.citizens.parse(cprInput);
    const reader = await this.staff.current(principal);
    const manager = await this.db.manager();
    const citizen = await this.citizens.lock(manager, cpr, false);
    if (!citizen) return [];
    const consents = await this.consentsOf(manager, citizen.id);
    await this.ledger.append(manager, LedgerKind.CONSENT_LOOKUP, { citizenId: citizen.id, staffId: reader.id, departmentId: reader.departmentId });
    return consents.map(toModel);
  }

  /**
   * A citizen's consents with their events, recording an expiry entry for
   * each consent that has passed its end since it was last looked at. The
   * caller holds the citizen lock.
   */
  async consentsOf(manager: EntityManager, citizenId: string): Promise<(Consent & ConsentRecord)[]> {
    const consents = await this.withEvents(manager, await manager.find(Consent, { where: { citizenId }, order: { createdAt: 'ASC' } }));
    const now = clockNow();
    for (const consent of consents) {
      if (consentStatus(consent, now) !== ConsentStatus.EXPIRED || consent.events.some((e) => e.kind === ConsentEventKind.EXPIRED)) continue;
      await manager.insert(ConsentEvent, { municipalityId: consent.municipalityId, consentId: consent.id, kind: ConsentEventKind.EXPIRED, occurredAt: consent.validTo, recordedById: null });
      await this.ledger.append(manager, LedgerKind.CONSENT_EXPIRED, { citizenId, consentId: consent.id, expiredAt: consent.validTo.toISOString() });
      consent.events.push({ kind: ConsentEventKind.EXPIRED, occurredAt: consent.validTo });
    }
    return consents;
  }

  private async withEvents(manager: EntityManager, consents: Consent[]): Promise<(Consent & ConsentRecord)[]> {
    if (consents.length === 0) return [];
    const events = await manager.find(ConsentEvent, { where: { consentId: In(consents.map((c) => c.id)) } });
    return consents.map((consent) =>
      Object.assign(consent, { events: events.filter((e) => e.consentId === consent.id).map((e) => ({ kind: e.kind, occurredAt: e.occurredAt })) }),
    );
  }
}

function toModel(consent: Consent & Pick<ConsentRecord, 'events'>): ConsentModel {
  const withdrawal = consent.events.find((e) => e.kind === ConsentEventKind.WITHDRAWN);
  return { ...consent, status: consentStatus(consent, clockNow()), withdrawnAt: withdrawal?.occurredAt ?? null };
}

function assertWhoMayConsent(cpr: Cpr, input: RecordConsentInput): void {
  const age = ageOn(cpr, input.validFrom);
  if (input.givenBy === ConsentGivenBy.CITIZEN && age < OWN_CONSENT_AGE) {
    throw new AppError(ErrorCode.BadUserInput, 'A child under 15 cannot consent alone: record the consent of the custody holder', { field: 'givenBy' });
  }
  if (input.givenBy === ConsentGivenBy.CUSTODY_HOLDER && age >= ADULT_AGE) {
    throw new AppError(ErrorCode.BadUserInput, 'An adult consents themself, not through a custody holder', { field: 'givenBy' });
  }
  if (input.givenBy === ConsentGivenBy.CUSTODY_HOLDER && !input.custodyHolderRelation) {
    throw new AppError(ErrorCode.BadUserInput, 'Say who holds custody and consented (their relation, e.g. MOTHER)', { field: 'custodyHolderRelation' });
  }
}

async function assertDepartmentsExist(manager: EntityManager, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await manager.count(Department, { where: { id: In(unique) } });
  if (found !== unique.length) throw notFound('A department');
}
