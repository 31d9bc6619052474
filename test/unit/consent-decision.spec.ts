import { consentStatus, ConsentRecord, decideOnConsent, ExchangeRequest } from '../../src/consent/consent/consent-decision';
import { ConsentEventKind, ConsentStatus, DataCategory, ExchangePurpose, RefusalReason } from '../../src/consent/consent/consent.enums';

const JOB = 'jobcentre';
const EFT = 'ethnic-family-team';
const consent = (overrides: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'c1',
  fromDepartmentIds: [JOB],
  toDepartmentIds: [EFT],
  categories: [DataCategory.FAMILY_SITUATION, DataCategory.EMPLOYMENT_AND_INCOME],
  purposes: [ExchangePurpose.CASE_SPARRING],
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validTo: new Date('2027-01-01T00:00:00Z'),
  events: [],
  ...overrides,
});
const request = (overrides: Partial<ExchangeRequest> = {}): ExchangeRequest => ({
  fromDepartmentId: JOB,
  toDepartmentId: EFT,
  categories: [DataCategory.FAMILY_SITUATION],
  purpose: ExchangePurpose.CASE_SPARRING,
  at: new Date('2026-06-01T00:00:00Z'),
  ...overrides,
});

describe('the consent decision', () => {
  it('permits an exchange a consent fully covers, naming the consent', () => {
    expect(decideOnConsent([consent()], request())).toEqual({ permitted: true, consentId: 'c1' });
  });

  it.each<[string, ConsentRecord[], Partial<ExchangeRequest>, RefusalReason]>([
    ['no consent at all', [], {}, RefusalReason.NO_CONSENT],
    ['withdrawn', [consent({ events: [{ kind: ConsentEventKind.WITHDRAWN, occurredAt: new Date('2026-05-01T00:00:00Z') }] })], {}, RefusalReason.CONSENT_WITHDRAWN],
    ['expired', [consent()], { at: new Date('2027-01-01T00:00:00Z') }, RefusalReason.CONSENT_EXPIRED],
    ['not yet valid', [consent()], { at: new Date('2025-12-31T23:59:59Z') }, RefusalReason.CONSENT_EXPIRED],
    ['the other direction', [consent()], { fromDepartmentId: EFT, toDepartmentId: JOB }, RefusalReason.DEPARTMENT_NOT_COVERED],
    ['a category not covered', [consent()], { categories: [DataCategory.FAMILY_SITUATION, DataCategory.HEALTH] }, RefusalReason.CATEGORY_NOT_COVERED],
    ['a purpose not covered', [consent()], { purpose: ExchangePurpose.COORDINATED_EFFORT }, RefusalReason.PURPOSE_NOT_COVERED],
  ])('refuses with the precise reason: %s', (_, consents, overrides, reason) => {
    expect(decideOnConsent(consents, request(overrides))).toEqual({ permitted: false, reason });
  });

  it('explains by the consent that came closest', () => {
    const withdrawn = consent({ id: 'old', events: [{ kind: ConsentEventKind.WITHDRAWN, occurredAt: new Date('2026-02-01T00:00:00Z') }] });
    const narrow = consent({ id: 'narrow', categories: [DataCategory.HOUSING] });
    expect(decideOnConsent([withdrawn, narrow], request())).toEqual({ permitted: false, reason: RefusalReason.CATEGORY_NOT_COVERED });
  });

  it('permits when any one consent covers it, even if another is withdrawn', () => {
    const withdrawn = consent({ id: 'old', events: [{ kind: ConsentEventKind.WITHDRAWN, occurredAt: new Date('2026-02-01T00:00:00Z') }] });
    expect(decideOnConsent([withdrawn, consent({ id: 'new' })], request())).toEqual({ permitted: true, consentId: 'new' });
  });

  it('derives the status: withdrawal wins over the period', () => {
    const c = consent({ events: [{ kind: ConsentEventKind.WITHDRAWN, occurredAt: new Date('2026-03-01T00:00:00Z') }] });
    // A recorded withdrawal counts from when it was recorded, whatever time it carries
    // (another server's clock may be ahead of this one's): decisions go by the order of events.
    expect(consentStatus(c, new Date('2026-02-01T00:00:00Z'))).toBe(ConsentStatus.WITHDRAWN);
    expect(consentStatus(c, new Date('2026-03-01T00:00:00Z'))).toBe(ConsentStatus.WITHDRAWN);
    expect(consentStatus(consent(), new Date('2027-06-01T00:00:00Z'))).toBe(ConsentStatus.EXPIRED);
  });
});
