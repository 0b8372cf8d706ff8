import { recordConsents } from './case-consents.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { positional } from '../../common/named-sql.js';
import { IdempotencyService } from '../../common/idempotency.service.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { MEDIATION_BODY_KINDS, type OrganisationKind } from '../organisations/organisation-kind.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { referralVisibility } from '../referrals/referral-visibility.js';
import { ReferralErrors } from '../referrals/referrals.errors.js';
import { PartyEntity } from '../parties/party.entity.js';
import { toPartyRow } from '../parties/party.mapper.js';
import { CaseAccessService, caseVisibility } from './case-access.service.js';
import { CaseDetailReader } from './case-detail.reader.js';
import { defaultSensitivity, SENSITIVITY_LABELS, type SensitivityReason } from './case-sensitivity.js';
import { chinaYear, formatCaseNumber, nextCaseSeq } from './case-number.js';
import { caseSearchText, IdentifierSearchLimiter, searchCondition } from './case-search.js';
import { addCaseEvent } from './case-timeline.js';
import { CaseEntity } from './case.entity.js';
import { CaseErrors } from './cases.errors.js';
import type { CaseQueryDto } from './dto/case-query.dto.js';
import type { CaseDetailDto, CasePageDto } from './dto/case-response.dto.js';
import type { CreateCaseDto } from './dto/create-case.dto.js';

/** The case list counts its matches up to this many; beyond, `total` is this and `totalCapped` is set. */
export const TOTAL_CAP = 10_000;

export const SUCCEEDED_SQL = `EXISTS (SELECT 1 FROM agreements sa WHERE sa.case_id = c.id AND sa.status = 'effective')`;
/** Mediation that ended without an agreement (terminated, the routes explained). */
export const FAILED_SQL = `(c.routes_informed IS NOT NULL AND NOT ${SUCCEEDED_SQL})`;

@Injectable()
export class CasesService {
  private readonly identifierSearches = new IdentifierSearchLimiter();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly idempotency: IdempotencyService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly reader: CaseDetailReader,
    private readonly deadlines: DeadlinesService,
  ) {}

  async create(user: AuthUser, dto: CreateCaseDto, idempotencyKey?: string) {
    const { id, replayed } = await this.idempotency.run(
      user.id,
      idempotencyKey,
      'POST /api/cases',
      (manager) => this.register(manager, user, dto),
      dto,
    );
    return { detail: await this.detail(user, id), replayed };
  }

  /**
   * A case links only to a referral the caller sees, sent to the case's committee and not yet taken in:
   * its outcome closes the referral and tells the referring body (trigger tj_referral_outcome).
   */
  private async assertReferralLinkable(
    manager: EntityManager,
    user: AuthUser,
    referralId: string,
    orgId: string,
  ) {
    const params: unknown[] = [referralId, orgId];
    const visible = positional(referralVisibility(user), params);
    const found = await manager.query<unknown[]>(
      `SELECT 1 FROM referrals r
        WHERE r.id = $1 AND r.target_organisation_id = $2 AND r.case_id IS NULL AND ${visible}`,
      params,
    );
    if (!found.length) throw CommonErrors.notFound('委派');
    // One case per referral (uq_cases_referral): a decoy must not close the referrer's matter.
    const [claimed] = await manager.query<{ case_number: string }[]>(
      'SELECT case_number FROM cases WHERE referral_id = $1 LIMIT 1',
      [referralId],
    );
    if (claimed) throw ReferralErrors.alreadyClaimed(claimed.case_number);
  }

  /** Registers a case inside the caller's transaction (also used when a referral is accepted). */
  async register(manager: EntityManager, user: AuthUser, dto: CreateCaseDto): Promise<string> {
    const org = await this.organisations.findVisible(user, dto.organisationId, manager);
    if (!MEDIATION_BODY_KINDS.includes(org.kind)) throw CaseErrors.notMediationBody();
    if (dto.referralId) await this.assertReferralLinkable(manager, user, dto.referralId, org.id);
    return this.insertRegistered(manager, user, org, dto);
  }

  /**
   * 网上申请: a party's own application (docs/api.md "The parties' own channel") registered at the
   * committee it chose, with nobody as registrar: the committee's intake accepts it or not.
   */
  async registerOnline(
    manager: EntityManager,
    org: { id: string; kind: string; caseNumberPrefix: string | null },
    dto: CreateCaseDto,
  ): Promise<{ id: string; trackCode: string }> {
    if (!MEDIATION_BODY_KINDS.includes(org.kind as OrganisationKind)) throw CaseErrors.notMediationBody();
    const id = await this.insertRegistered(manager, null, org, dto);
    const [row] = await manager.query<{ track_code: string; applicant_id: string }[]>(
      `SELECT c.track_code, p.id AS applicant_id FROM cases c
         JOIN parties p ON p.case_id = c.id AND p.role = 'applicant'
        WHERE c.id = $1 ORDER BY p.position LIMIT 1`,
      [id],
    );
    // The applicant agreed to mediation on the form (the page requires it).
    await recordConsents(manager, null, id, {
      partyIds: [row!.applicant_id],
      kind: 'mediate',
      given: true,
      method: 'online',
    });
    return { id, trackCode: row!.track_code };
  }

  /** The one insert of a newly registered case, its parties, timeline, acceptance clock and audit. */
  private async insertRegistered(
    manager: EntityManager,
    user: AuthUser | null,
    org: { id: string; caseNumberPrefix: string | null },
    dto: CreateCaseDto,
  ): Promise<string> {
    const year = chinaYear();
    const seq = await nextCaseSeq(manager, org.id, year);
    const caseNumber = formatCaseNumber(year, org.caseNumberPrefix, seq);
    const searchText = caseSearchText(
      { caseNumber, title: dto.title, facts: dto.facts },
      dto.parties.map((p) => ({ name: p.name, agentName: p.agent?.name })),
    );
    const inserted = await manager.getRepository(CaseEntity).insert({
      caseNumber,
      organisationId: org.id,
      year,
      seq,
      source: dto.source,
      disputeType: dto.disputeType,
      disputeSubtype: dto.disputeSubtype ?? null,
      title: dto.title.trim(),
      facts: dto.facts,
      requests: dto.requests,
      amountInDispute: dto.amountInDispute ?? null,
      occurredAt: dto.occurredAt ? new Date(dto.occurredAt) : null,
      location: dto.location ?? null,
      riskLevel: dto.riskLevel ?? 'none',
      isPublic: dto.isPublic ?? false,
      sensitivity: dto.sensitivity === undefined ? defaultSensitivity(dto.disputeType) : dto.sensitivity,
      referralId: dto.referralId ?? null,
      registeredById: user?.id ?? null,
      searchText,
    });
    const id = inserted.identifiers[0]!['id'] as string;
    await manager
      .getRepository(PartyEntity)
      .insert(dto.parties.map((party, i) => toPartyRow(party, id, i + 1, this.cipher)));
    await addCaseEvent(
      manager,
      id,
      user,
      'registered',
      user ? `登记纠纷,案号${caseNumber}` : `当事人网上申请调解,案号${caseNumber}`,
    );
    await this.deadlines.start(manager, {
      caseId: id,
      kind: 'acceptance',
      label: '受理审查期限',
    });
    await this.audit.record(manager, user, {
      action: 'case.create',
      entity: 'case',
      entityId: id,
      organisationId: org.id,
      after: { ...dto, caseNumber },
    });
    return id;
  }

  /**
   * 移送: the receiving committee gets the dispute as a new case in `registered`, with its own number,
   * the same facts and parties (personal data copied encrypted as stored), linked to the case
   * transferred and starting its own acceptance clock. Returns the new case's id and number.
   */
  /**
   * A case registered from another with its facts and parties (personal data copied as stored,
   * encrypted) and its own number and acceptance clock: the receiver's after a transfer (移送), or a
   * new mediation after the court refused to confirm the agreement or voided it (重新调解).
   */
  async registerLinked(
    manager: EntityManager,
    user: AuthUser,
    from: CaseEntity,
    target: { id: string; caseNumberPrefix: string | null },
    link: { via: 'transfer' | 'remediation'; summary: string },
  ): Promise<{ id: string; caseNumber: string }> {
    const year = chinaYear();
    const seq = await nextCaseSeq(manager, target.id, year);
    const caseNumber = formatCaseNumber(year, target.caseNumberPrefix, seq);
    const parties = await manager.getRepository(PartyEntity).find({ where: { caseId: from.id } });
    const searchText = caseSearchText({ caseNumber, title: from.title, facts: from.facts }, parties);
    const inserted = await manager.getRepository(CaseEntity).insert({
      caseNumber,
      organisationId: target.id,
      year,
      seq,
      source: from.source,
      disputeType: from.disputeType,
      disputeSubtype: from.disputeSubtype,
      title: from.title,
      facts: from.facts,
      requests: from.requests,
      amountInDispute: from.amountInDispute,
      occurredAt: from.occurredAt,
      location: from.location,
      riskLevel: from.riskLevel,
      isPublic: from.isPublic,
      sensitivity: from.sensitivity,
      registeredById: user.id,
      transferredFromCaseId: link.via === 'transfer' ? from.id : null,
      remediationOfCaseId: link.via === 'remediation' ? from.id : null,
      searchText,
    });
    const id = inserted.identifiers[0]!['id'] as string;
    await manager.getRepository(PartyEntity).insert(
      parties.map(({ id: _id, createdAt: _at, case: _case, refusedAt: _r, refusalNote: _n, ...party }) => ({
        ...party,
        caseId: id,
      })),
    );
    await addCaseEvent(manager, id, user, 'registered', link.summary);
    await this.deadlines.start(manager, {
      caseId: id,
      kind: 'acceptance',
      label: '受理审查期限',
    });
    await this.audit.record(manager, user, {
      action: 'case.create',
      entity: 'case',
      entityId: id,
      organisationId: target.id,
      after: {
        caseNumber,
        [link.via === 'transfer' ? 'transferredFromCaseId' : 'remediationOfCaseId']: from.id,
      },
    });
    return { id, caseNumber };
  }

  async list(user: AuthUser, query: CaseQueryDto): Promise<CasePageDto> {
    const visibility = caseVisibility(user);
    const qb = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where(visibility.sql, visibility.params);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.disputeType) qb.andWhere('c.dispute_type = :disputeType', { disputeType: query.disputeType });
    if (query.source) qb.andWhere('c.source = :source', { source: query.source });
    if (query.outcome) qb.andWhere(query.outcome === 'succeeded' ? SUCCEEDED_SQL : FAILED_SQL);
    if (query.organisationId) {
      const org = await this.organisations.findVisible(user, query.organisationId);
      qb.andWhere('c.organisation_id IN (SELECT fo.id FROM organisations fo WHERE fo.path LIKE :orgPath)', {
        orgPath: `${org.path}%`,
      });
    }
    if (query.mediatorId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM case_mediators fm WHERE fm.case_id = c.id AND fm.mediator_id = :mediatorId)',
        {
          mediatorId: query.mediatorId,
        },
      );
    }
    if (query.from)
      qb.andWhere(`c.created_at >= CAST(:from AS date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, {
        from: query.from,
      });
    if (query.to)
      qb.andWhere(`c.created_at < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`, {
        to: query.to,
      });
    const search = query.q ? searchCondition(query.q, this.cipher, user) : undefined;
    if (search?.identifier) this.identifierSearches.take(user.id);
    if (search) qb.andWhere(search.sql, search.params);
    const page = qb
      .clone()
      .select('c.id', 'id')
      .orderBy('c.last_activity_at', 'DESC')
      .addOrderBy('c.id')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    let total: number;
    let capped = false;
    let rows: { id: string; total?: string }[];
    if (search) {
      // A search matches few cases: count them in the pass that sorts out the page (docs/performance.md).
      rows = await page.addSelect('count(*) OVER ()', 'total').getRawMany();
      total = rows.length ? Number(rows[0]!.total) : query.page > 1 ? await qb.getCount() : 0;
    } else {
      // A whole scope can hold most of a million cases: count no further than the cap (docs/performance.md).
      const [sql, params] = qb
        .clone()
        .select('1')
        .limit(TOTAL_CAP + 1)
        .getQueryAndParameters();
      const [counted] = await this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM (${sql}) capped`,
        params,
      );
      capped = counted!.n > TOTAL_CAP;
      total = Math.min(counted!.n, TOTAL_CAP);
      rows = await page.getRawMany();
    }
    const items = await this.reader.listItems(
      rows.map((r) => r.id),
      user.role === 'county_bureau',
    );
    if (search?.identifier) {
      // Who looked for which number (as a digest, never the number) and whether it matched.
      await this.audit.record(this.dataSource.manager, user, {
        action: 'case.search.identifier',
        entity: 'case',
        organisationId: user.organisationId,
        after: { kind: search.identifier.kind, digest: search.identifier.digest, matches: total },
      });
    }
    return {
      items,
      total,
      totalCapped: capped,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Marks a case sensitive (family, health, minors) or not: the case team and the director
   * (`work`), audited with the codes before and after, and a line on the timeline.
   */
  async setSensitivity(user: AuthUser, id: string, sensitivity: SensitivityReason | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, id, true);
      this.access.assertMayWrite(user, access, 'sensitivity');
      const before = access.row.sensitivity;
      if (before === sensitivity) return;
      await manager.getRepository(CaseEntity).update({ id }, { sensitivity });
      await addCaseEvent(
        manager,
        id,
        user,
        'sensitivity',
        sensitivity ? `标记为敏感案件(${SENSITIVITY_LABELS[sensitivity]})` : '取消敏感案件标记',
      );
      await this.audit.record(manager, user, {
        action: 'case.sensitivity',
        entity: 'case',
        entityId: id,
        organisationId: access.row.organisationId,
        before: { sensitivity: before },
        after: { sensitivity },
      });
    });
  }

  async detail(user: AuthUser, id: string, breakGlassReason?: string): Promise<CaseDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, id);
      return this.reader.detail(manager, user, access, breakGlassReason);
    });
  }
}
