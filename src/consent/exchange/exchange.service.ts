import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { CitizenService } from '../citizens/citizen.service';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { decideOnConsent, Decision } from '../consent/consent-decision';
import { DataCategory, ExchangeDecision, ExchangePurpose, LegalBasis, RefusalReason, ReviewStatus } from '../consent/consent.enums';
import { ConsentService } from '../consent/consent.service';
import { DataFlowPolicy } from '../consent/data-flow-policy.entity';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { Department } from '../../organisation/departments/department.entity';
import { AppError, ErrorCode, notFound } from '../../platform/errors/app-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageInput, toPage } from '../../platform/graphql/pagination';
import { LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';
import { Municipality } from '../../organisation/municipalities/municipality.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { StaffService } from '../../organisation/staff/staff.service';
import { Exchange } from './exchange.entity';
import { ExchangeContentModel, ExchangeResultModel, ReplyToExchangeInput, RequestExchangeInput } from './exchange.model';
import { now as clockNow } from '../../platform/clock/clock';

const MIN_JUSTIFICATION = 20;
export const ANONYMISED_SPARRING_HINT =
  'Bring the case to your network as an anonymised case discussion instead: no name, CPR number, address or other identifier.';

const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  [RefusalReason.NO_CONSENT]: 'Refused: there is no recorded consent from this citizen',
  [RefusalReason.CONSENT_WITHDRAWN]: "Refused: the citizen's consent has been withdrawn",
  [RefusalReason.CONSENT_EXPIRED]: "Refused: the citizen's consent is not valid now (expired or not yet begun)",
  [RefusalReason.DEPARTMENT_NOT_COVERED]: 'Refused: the consent does not cover these departments in this direction',
  [RefusalReason.CATEGORY_NOT_COVERED]: 'Refused: the consent does not cover every category of data asked for',
  [RefusalReason.PURPOSE_NOT_COVERED]: 'Refused: the consent does not cover this purpose',
  [RefusalReason.NOT_ALLOWED_BY_POLICY]: "Refused: the municipality's data-flow policy does not allow these categories between these departments",
};

interface ExchangeDraft {
  conversationId: string;
  inReplyToId: string | null;
  fromDepartmentId: string;
  toDepartmentId: string;
  categories: DataCategory[];
  purpose: ExchangePurpose;
  content: string;
  legalBasis?: LegalBasis;
  justification?: string;
}

/**
 * Personal data passes between departments only on a recorded, valid consent
 * that covers it (within the municipality's data-flow policy), or on a
 * statutory basis with a justification. Each decision is taken in the
 * request's transaction while holding the citizen's lock, and recorded in the
 * ledger whether permitted or refused.
 */
/** Reading content exchanged under a consent the citizen has since withdrawn. */
export const CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN';

@Injectable()
export class ExchangeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly citizens: CitizenService,
    private readonly consents: ConsentService,
    private readonly ledger: LedgerService,
    private readonly staff: StaffService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(principal: Principal, input: RequestExchangeInput): Promise<ExchangeResultModel> {
    const cpr = this.citizens.parse(input.cpr);
    const requester = await this.staff.current(principal);
    if (requester.departmentId !== input.fromDepartmentId) {
      throw new AppError(ErrorCode.Forbidden, 'You can only share personal data from your own department');
    }
    const manager = await this.db.manager();
    await this.assertExchangeable(manager, input);
    const citizen = (await this.citizens.lock(manager, cpr, true))!;
    return this.decide(manager, requester, citizen.id, { ...input, conversationId: randomUUID(), inReplyToId: null });
  }

  /** A reply runs the other way and is gated in its own direction and categories. */
  async reply(principal: Principal, input: ReplyToExchangeInput): Promise<ExchangeResultModel> {
    const replier = await this.staff.current(principal);
    const manager = await this.db.manager();
    const original = await manager.findOne(Exchange, { where: { id: input.exchangeId } });
    if (!original) throw notFound('The exchange');
    if (original.decision !== ExchangeDecision.PERMITTED) throw new AppError(ErrorCode.Conflict, 'A refused exchange cannot be replied to');
    if (replier.departmentId !== original.toDepartmentId) throw new AppError(ErrorCode.Forbidden, 'Only the receiving department can reply');
    await this.citizens.lockById(manager, original.citizenId);
    return this.decide(manager, replier, original.citizenId, {
      conversationId: original.conversationId,
      inReplyToId: original.id,
      fromDepartmentId: original.toDepartmentId,
      toDepartmentId: original.fromDepartmentId,
      categories: input.categories,
      purpose: original.purpose,
      content: input.content,
    });
  }

  /** The content, for staff of the receiving department of a permitted exchange; every read is recorded. */
  async readContent(principal: Principal, exchangeId: string): Promise<ExchangeContentModel> {
    const reader = await this.staff.current(principal);
    const manager = await this.db.manager();
    const exchange = await manager.findOne(Exchange, { where: { id: exchangeId } });
    if (!exchange) throw notFound('The exchange');
    if (exchange.decision !== ExchangeDecision.PERMITTED || !exchange.contentSealed) {
      throw new AppError(ErrorCode.Forbidden, 'A refused exchange carries no content');
    }
    if (reader.departmentId !== exchange.toDepartmentId) {
      throw new AppError(ErrorCode.Forbidden, "Only the receiving department's staff can read this content");
    }
    // GDPR art. 7(3): what was exchanged before a withdrawal stays lawful, but nothing further is done with it on that consent.
    if (exchange.consentId && !exchange.legalBasis && (await this.consentWithdrawn(manager, exchange.consentId))) {
      throw new AppError(CONSENT_WITHDRAWN, 'The citizen has withdrawn the consent this exchange relied on, so its content can no longer be read');
    }
    await this.ledger.append(manager, LedgerKind.CONTENT_READ, {
      citizenId: exchange.citizenId,
      staffId: reader.id,
      departmentId: reader.departmentId,
      exchangeId: exchange.id,
    });
    const associated = associatedData(exchange.municipalityId, exchange.id);
    return {
      exchangeId: exchange.id,
      content: this.config.crypto.keyring.open('exchange', exchange.contentSealed, associated),
      justification: exchange.justificationSealed ? this.config.crypto.keyring.open('exchange', exchange.justificationSealed, `${associated}:justification`) : null,
    };
  }

  private async consentWithdrawn(manager: EntityManager, consentId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query("SELECT 1 FROM consent_event WHERE consent_id = $1 AND kind = 'withdrawn' LIMIT 1", [consentId]);
    return rows.length > 0;
  }

  /** Exchanges to or from the caller's department, newest first (metadata only). */
  async forMyDepartment(principal: Principal, page: PageInput): Promise<Page<Exchange>> {
    const caller = await this.staff.current(principal);
    return this.page(page, (query) =>
      query.where('(e.to_department_id = :department OR e.from_department_id = :department)', { department: caller.departmentId }),
    );
  }

  /** For the data-protection officer: statutory exchanges awaiting review. */
  pendingReview(page: PageInput): Promise<Page<Exchange>> {
    return this.page(page, (query) => query.where('e.review_status = :pending', { pending: ReviewStatus.PENDING }));
  }

  async markReviewed(principal: Principal, exchangeId: string): Promise<Exchange> {
    const reviewer = await this.staff.current(principal);
    const manager = await this.db.manager();
    const exchange = await manager.findOne(Exchange, { where: { id: exchangeId } });
    if (!exchange) throw notFound('The exchange');
    if (exchange.reviewStatus !== ReviewStatus.PENDING) throw new AppError(ErrorCode.Conflict, 'This exchange is not awaiting review');
    Object.assign(exchange, { reviewStatus: ReviewStatus.REVIEWED, reviewedById: reviewer.id, reviewedAt: clockNow() });
    await manager.update(Exchange, { id: exchange.id }, { reviewStatus: exchange.reviewStatus, reviewedById: reviewer.id, reviewedAt: exchange.reviewedAt });
    await this.ledger.append(manager, LedgerKind.EXCHANGE_REVIEWED, { citizenId: exchange.citizenId, staffId: reviewer.id, exchangeId: exchange.id });
    return exchange;
  }

  private async decide(manager: EntityManager, requester: StaffUser, citizenId: string, draft: ExchangeDraft): Promise<ExchangeResultModel> {
    const now = clockNow();
    const decision: Decision = draft.legalBasis
      ? { permitted: true, consentId: '' }
      : (await this.policyRefusal(manager, draft)) ?? decideOnConsent(await this.consents.consentsOf(manager, citizenId), { ...draft, at: now });
    const id = randomUUID();
    const municipalityId = requester.municipalityId;
    const associated = associatedData(municipalityId, id);
    const entry = await this.ledger.append(manager, LedgerKind.EXCHANGE_DECISION, {
      citizenId,
      staffId: requester.id,
      exchangeId: id,
      conversationId: draft.conversationId,
      fromDepartmentId: draft.fromDepartmentId,
      toDepartmentId: draft.toDepartmentId,
      categories: [...draft.categories].sort(),
      purpose: draft.purpose,
      decision: decision.permitted ? ExchangeDecision.PERMITTED : ExchangeDecision.REFUSED,
      refusalReason: decision.permitted ? null : decision.reason,
      consentId: decision.permitted && decision.consentId ? decision.consentId : null,
      legalBasis: draft.legalBasis ?? null,
    });
    const exchange = manager.create(Exchange, {
      id,
      municipalityId,
      conversationId: draft.conversationId,
      inReplyToId: draft.inReplyToId,
      citizenId,
      fromDepartmentId: draft.fromDepartmentId,
      toDepartmentId: draft.toDepartmentId,
      categories: draft.categories,
      purpose: draft.purpose,
      requestedById: requester.id,
      decision: decision.permitted ? ExchangeDecision.PERMITTED : ExchangeDecision.REFUSED,
      refusalReason: decision.permitted ? null : decision.reason,
      consentId: decision.permitted && decision.consentId ? decision.consentId : null,
      legalBasis: draft.legalBasis ?? null,
      // Refused content is never stored; permitted content only sealed.
      contentSealed: decision.permitted ? this.config.crypto.keyring.seal('exchange', draft.content, associated) : null,
      justificationSealed: draft.justification ? this.config.crypto.keyring.seal('exchange', draft.justification, `${associated}:justification`) : null,
      reviewStatus: draft.legalBasis ? ReviewStatus.PENDING : ReviewStatus.NOT_REQUIRED,
      ledgerPosition: entry.position,
      createdAt: now,
    });
    await manager.insert(Exchange, exchange);
    return decision.permitted
      ? { exchange, permitted: true, message: draft.legalBasis ? 'Permitted on a statutory basis; marked for review by the data-protection officer' : 'Permitted: a valid consent covers this exchange', alternative: null }
      : { exchange, permitted: false, message: REFUSAL_MESSAGES[decision.reason], alternative: ANONYMISED_SPARRING_HINT };
  }

  /** A consent cannot widen the policy: categories outside it are refused before consents are looked at. */
  private async policyRefusal(manager: EntityManager, draft: ExchangeDraft): Promise<Decision | null> {
    const policy = await manager.findOne(DataFlowPolicy, { where: { fromDepartmentId: draft.fromDepartmentId, toDepartmentId: draft.toDepartmentId } });
    // A policy names existing departments; without one, a receiver that does not exist is NOT_FOUND, not a refusal.
    if (!policy) await this.assertReceiverExists(manager, draft.toDepartmentId);
    const allowed = draft.categories.every((category) => policy?.categories.includes(category));
    return allowed ? null : { permitted: false, reason: RefusalReason.NOT_ALLOWED_BY_POLICY };
  }

  private async assertExchangeable(manager: EntityManager, input: RequestExchangeInput): Promise<void> {
    if (input.fromDepartmentId === input.toDepartmentId) {
      throw new AppError(ErrorCode.BadUserInput, 'An exchange goes between two different departments', { field: 'toDepartmentId' });
    }
    if (!input.legalBasis) {
      if (input.justification) throw new AppError(ErrorCode.BadUserInput, 'A justification goes with a legal basis', { field: 'justification' });
      // On consent, the receiver is checked with the policy (policyRefusal): one statement fewer on every permitted exchange.
      return;
    }
    await this.assertReceiverExists(manager, input.toDepartmentId);
    if ((input.justification?.trim().length ?? 0) < MIN_JUSTIFICATION) {
      throw new AppError(ErrorCode.BadUserInput, `An exchange on a statutory basis needs a written justification of at least ${MIN_JUSTIFICATION} characters`, { field: 'justification' });
    }
    if (input.legalBasis === LegalBasis.UNIFIED_ADMINISTRATION) {
      const municipality = await manager.findOne(Municipality, { where: {} });
      if (!municipality?.unifiedAdministration) {
        throw new AppError(ErrorCode.BadUserInput, 'This municipality is not a unified administration, so that legal basis is not available', { field: 'legalBasis' });
      }
    }
  }

  private async assertReceiverExists(manager: EntityManager, departmentId: string): Promise<void> {
    if ((await manager.countBy(Department, { id: departmentId })) === 0) throw notFound('The receiving department');
  }

  private async page(input: PageInput, filter: (query: ReturnType<EntityManager['createQueryBuilder']>) => unknown): Promise<Page<Exchange>> {
    const first = input.first ?? DEFAULT_PAGE_SIZE;
    const manager = await this.db.manager();
    const query = manager.createQueryBuilder(Exchange, 'e').orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').limit(first + 1);
    filter(query);
    if (input.after) {
      const [createdAt, id] = decodeCursor(input.after, ['timestamp', 'uuid']);
      query.andWhere('(e.created_at, e.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toPage(await query.getMany(), first, (row) => [row.createdAt.toISOString(), row.id]);
  }
}

/** Binds sealed exchange content to its row (and municipality). */
export const associatedData = (municipalityId: string, exchangeId: string) => `${municipalityId}:${exchangeId}`;
