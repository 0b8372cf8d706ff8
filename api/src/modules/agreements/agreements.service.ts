import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { amountInCapitals } from '../../../../libs/contracts/src/chinese-money.js';
import { PartyEntity } from '../parties/party.entity.js';
import { contentGaps, copiesGaps, signatureGaps } from './agreement-check.js';
import {
  type AgreementContext,
  AgreementContextLoader,
  checkParties,
  checkSignatures,
} from './agreement-context.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementErrors } from './agreements.errors.js';
import type {
  AgreementCheckDto,
  AgreementResponseDto,
  AgreementScanDto,
  CreateAgreementDto,
  UpdateAgreementDto,
} from './dto/agreement.dto.js';

/** Drafting: content, legal checklist, and reading agreements. Signing lives in AgreementSigningService. */
/**
 * Story 2: matters left out of the agreement are terminated with the routes told (Art 26), so
 * unresolved matters need the routes (400 on `routesInformed`); blank texts are stored as none.
 */
function partialTermination(values: { unresolvedMatters?: string | null; routesInformed?: string | null }) {
  const unresolvedMatters = values.unresolvedMatters?.trim() || null;
  const routesInformed = values.routesInformed?.trim() || null;
  if (unresolvedMatters && !routesInformed)
    throw CommonErrors.validation([
      {
        field: 'routesInformed',
        code: 'required',
        message: '请写明已告知当事人的其他解决途径(《人民调解法》第二十六条)',
      },
    ]);
  return { unresolvedMatters, routesInformed: unresolvedMatters ? routesInformed : null };
}

@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseAccessService,
    private readonly loader: AgreementContextLoader,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, caseId: string, dto: CreateAgreementDto): Promise<AgreementResponseDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const access = await this.cases.load(manager, user, caseId, true);
      this.cases.assertMayWrite(user, access, 'agreement');
      if (!['in_mediation', 'agreement_pending', 'agreement_effective'].includes(access.row.status)) {
        throw AgreementErrors.caseNotReady();
      }
      const existing = await manager.getRepository(AgreementEntity).find({ where: { caseId } });
      if (existing.some((a) => a.status === 'draft' || a.status === 'signing'))
        throw AgreementErrors.openDraft();
      const parties = await manager.getRepository(PartyEntity).count({ where: { caseId } });
      const copies = dto.copies ?? parties + 1;
      const few = copiesGaps({ form: dto.form, copies }, parties);
      if (few.length) throw AgreementErrors.tooFewCopies(few);
      const n = existing.length + 1;
      const saved = await manager.getRepository(AgreementEntity).save({
        caseId,
        agreementNumber: n === 1 ? access.row.caseNumber : `${access.row.caseNumber}之${n}`,
        form: dto.form,
        facts: dto.facts,
        responsibility: dto.responsibility,
        terms: dto.terms,
        performance: dto.performance,
        ...partialTermination(dto),
        copies,
        createdById: user.id,
      });
      await addCaseEvent(
        manager,
        caseId,
        user,
        'agreement',
        `起草调解协议(${dto.form === 'oral' ? '口头' : '书面'}),编号${saved.agreementNumber}`,
      );
      await this.audit.record(manager, user, {
        action: 'agreement.create',
        entity: 'agreement',
        entityId: saved.id,
        organisationId: access.row.organisationId,
        after: dto,
      });
      return saved.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateAgreementDto): Promise<AgreementResponseDto> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id, true);
      const { agreement, access } = context;
      this.cases.assertMayWrite(user, access, 'agreement');
      if (agreement.status !== 'draft') throw AgreementErrors.frozen();
      if (dto.version !== agreement.version) throw CommonErrors.versionConflict();
      const { version: _version, ...changes } = dto;
      const few = copiesGaps({ ...agreement, ...changes }, context.parties.length);
      if (few.length) throw AgreementErrors.tooFewCopies(few);
      await manager
        .getRepository(AgreementEntity)
        .save({ ...agreement, ...changes, ...partialTermination({ ...agreement, ...changes }) });
      await this.audit.record(manager, user, {
        action: 'agreement.update',
        entity: 'agreement',
        entityId: id,
        organisationId: access.row.organisationId,
        before: { facts: agreement.facts, terms: agreement.terms, performance: agreement.performance },
        after: changes,
      });
    });
    return this.get(user, id);
  }

  async get(user: AuthUser, id: string): Promise<AgreementResponseDto> {
    return this.dataSource.transaction(async (manager) =>
      toResponse(await this.loader.load(manager, user, id), manager),
    );
  }

  async check(user: AuthUser, id: string): Promise<AgreementCheckDto> {
    return (await this.get(user, id)).check;
  }
}

export function checkOf(context: AgreementContext): AgreementCheckDto {
  const parties = checkParties(context.parties);
  const gaps = [
    ...contentGaps(context.agreement, parties),
    ...(context.agreement.form === 'written' && !context.agreement.paperSigned
      ? signatureGaps(parties, checkSignatures(context.signatures))
      : []),
  ];
  return {
    complete: gaps.length === 0,
    missing: gaps.map((g) => g.code),
    messages: gaps.map((g) => g.message),
  };
}

async function toResponse(context: AgreementContext, manager: EntityManager): Promise<AgreementResponseDto> {
  const a = context.agreement;
  const mediatorNames = new Map<string, string>(
    (
      await manager.query<{ id: string; name: string }[]>(
        'SELECT id, name FROM mediators WHERE id = ANY($1::uuid[])',
        [context.signatures.flatMap((s) => (s.mediatorId ? [s.mediatorId] : []))],
      )
    ).map((m) => [m.id, m.name]),
  );
  const signerName = (s: AgreementContext['signatures'][number]) =>
    s.partyId
      ? (context.parties.find((p) => p.id === s.partyId)?.name ?? '')
      : s.mediatorId
        ? (mediatorNames.get(s.mediatorId) ?? '')
        : '人民调解委员会';
  return {
    id: a.id,
    caseId: a.caseId,
    agreementNumber: a.agreementNumber,
    form: a.form,
    status: a.status,
    facts: a.facts,
    responsibility: a.responsibility,
    terms: a.terms.map((t) => ({
      ...t,
      ...(t.amount ? { amountInCapitals: amountInCapitals(t.amount) } : {}),
    })),
    performance: a.performance,
    unresolvedMatters: a.unresolvedMatters,
    routesInformed: a.routesInformed,
    copies: a.copies,
    version: a.version,
    effectiveAt: a.effectiveAt?.toISOString() ?? null,
    verifyCode: a.verifyCode,
    pdfSha256: a.pdfSha256,
    signatures: context.signatures.map((s) => ({
      id: s.id,
      partyId: s.partyId,
      mediatorId: s.mediatorId,
      committeeSeal: s.committeeSeal,
      kind: s.kind,
      signerName: signerName(s),
      signedAt: s.signedAt.toISOString(),
    })),
    paperSigned: a.paperSigned,
    scans: await scanResponses(context, manager),
    sealRequestedAt: a.status === 'effective' ? null : (a.sealRequestedAt?.toISOString() ?? null),
    sealRequestedBy:
      a.status === 'effective' || !a.sealRequestedById ? null : await userName(manager, a.sealRequestedById),
    check: checkOf(context),
  };
}

async function scanResponses(context: AgreementContext, manager: EntityManager): Promise<AgreementScanDto[]> {
  const ids = [...new Set(context.scans.map((s) => s.uploadedById))];
  const names = new Map(
    ids.length
      ? (
          await manager.query<{ id: string; name: string }[]>(
            'SELECT id, name FROM users WHERE id = ANY($1)',
            [ids],
          )
        ).map((u) => [u.id, u.name])
      : [],
  );
  return context.scans.map((s) => ({
    id: s.id,
    filename: s.filename,
    contentType: s.contentType,
    size: s.size,
    pages: s.pages,
    sha256: s.sha256,
    uploadedAt: s.uploadedAt.toISOString(),
    uploadedBy: names.get(s.uploadedById) ?? '',
  }));
}

async function userName(manager: EntityManager, id: string): Promise<string> {
  const [row] = await manager.query<{ name: string }[]>('SELECT name FROM users WHERE id = $1', [id]);
  return row?.name ?? '';
}
