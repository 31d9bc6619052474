import { TestMunicipality } from './factories';
import { addStaff, ok, Person } from './network-fixture';
import { TestApp } from './test-app';

/** The Horsens example: a jobcentre adviser and the ethnic family team. */
export interface ConsentFixture {
  jobcentreId: string;
  eftId: string;
  adviser: Person;
  familyConsultant: Person;
  /** Staff of a third department (health visiting). */
  bystander: Person;
}

export async function createConsentFixture(api: TestApp, town: TestMunicipality): Promise<ConsentFixture> {
  const { createDepartment } = ok(
    await api.gql<{ createDepartment: { id: string } }>('mutation { createDepartment(input: { name: "Etnisk Familieteam", discipline: OTHER }) { id } }', {}, town.tokens.admin),
  );
  town.departments.eft = { id: createDepartment.id } as never;
  const suffix = Math.random().toString(36).slice(2, 8);
  const [adviser, familyConsultant, bystander] = await Promise.all([
    addStaff(api, town, `adviser-${suffix}`, 'jobcentre'),
    addStaff(api, town, `eft-${suffix}`, 'eft'),
    addStaff(api, town, `bystander-${suffix}`, 'health'),
  ]);
  for (const [from, to] of [
    [town.departments.jobcentre.id, createDepartment.id],
    [createDepartment.id, town.departments.jobcentre.id],
  ]) {
    ok(
      await api.gql('mutation($input: SetDataFlowPolicyInput!) { setDataFlowPolicy(input: $input) { id } }', {
        input: { fromDepartmentId: from, toDepartmentId: to, categories: ['FAMILY_SITUATION', 'EMPLOYMENT_AND_INCOME', 'HOUSING'] },
      }, town.tokens.admin),
    );
  }
  return { jobcentreId: town.departments.jobcentre.id, eftId: createDepartment.id, adviser, familyConsultant, bystander };
}

export const RECORD_CONSENT = 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }';
export const REQUEST_EXCHANGE = `mutation($input: RequestExchangeInput!) { requestExchange(input: $input) {
  permitted message alternative exchange { id decision refusalReason consentId legalBasis reviewStatus ledgerPosition conversationId }
} }`;

export type ExchangeResult = {
  requestExchange: {
    permitted: boolean;
    message: string;
    alternative: string | null;
    exchange: { id: string; decision: string; refusalReason: string | null; consentId: string | null; legalBasis: string | null; reviewStatus: string; ledgerPosition: string; conversationId: string };
  };
};

/** A consent from an adult citizen: jobcentre <-> ethnic family team, family situation and employment, case sparring, valid a year. */
export function consentInput(f: ConsentFixture, cpr: string, overrides: Record<string, unknown> = {}) {
  return {
    cpr,
    fromDepartmentIds: [f.jobcentreId],
    toDepartmentIds: [f.eftId],
    categories: ['FAMILY_SITUATION', 'EMPLOYMENT_AND_INCOME'],
    purposes: ['CASE_SPARRING'],
    validFrom: new Date(Date.now() - 24 * 3600_000).toISOString(),
    validTo: new Date(Date.now() + 365 * 24 * 3600_000).toISOString(),
    method: 'SIGNED_FORM',
    consentTextVersion: 'samtykke-v3',
    ...overrides,
  };
}

export function exchangeInput(f: ConsentFixture, cpr: string, overrides: Record<string, unknown> = {}) {
  return {
    cpr,
    fromDepartmentId: f.jobcentreId,
    toDepartmentId: f.eftId,
    categories: ['FAMILY_SITUATION'],
    purpose: 'CASE_SPARRING',
    content: 'Borgeren fortæller om kontrol fra familien ved jobsamtalen. Hvad ved I om familien?',
    ...overrides,
  };
}

/** Fictional CPR numbers with real dates; a counter keeps them unique within a run. `centuryDigit` is the 7th digit. */
let serial = 0;
export function fictionalCpr(born = '010190', centuryDigit = '1'): string {
  serial += 1;
  return `${born}-${centuryDigit}${String(serial % 1000).padStart(3, '0')}`;
}
