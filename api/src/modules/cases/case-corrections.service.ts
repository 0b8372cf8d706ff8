import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UNCORRECTABLE_STATUSES } from '../../../../libs/contracts/src/case-powers.js';
import { CommonErrors } from '../../common/errors.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PartyEntity } from '../parties/party.entity.js';
import { toPartyResponse, toPartyRow } from '../parties/party.mapper.js';
import { type CaseAccess, CaseAccessService } from './case-access.service.js';
import { ROLE_LABELS } from '../documents/document-text.js';
import { caseSearchText } from './case-search.js';
import { addCaseEvent } from './case-timeline.js';
import { CaseEntity } from './case.entity.js';
import { CaseErrors } from './cases.errors.js';
import type { AddPartyDto, UpdateCaseDto, UpdatePartyDto } from './dto/correction.dto.js';
import type { PartyResponseDto } from './dto/case-response.dto.js';
import type { PartyInputDto } from './dto/party.dto.js';

const MAX_PARTIES = 50;

const CASE_FIELDS = {
  title: '纠纷名称',
  facts: '纠纷简要情况',
  requests: '申请事项',
  amountInDispute: '争议金额',
  occurredAt: '发生时间',
  location: '发生地点',
  disputeType: '纠纷类型',
  disputeSubtype: '纠纷细类',
  isPublic: '是否公开调解',
} as const satisfies Partial<Record<keyof CaseEntity, string>>;
type CaseField = keyof typeof CASE_FIELDS;

const PARTY_FIELDS = {
  role: '身份',
  kind: '类型',
  name: '姓名或名称',
  sex: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  idType: '证件类型',
  idNumber: '证件号码',
  phone: '联系电话',
  address: '住址',
  occupation: '职业',
  legalRepresentative: '法定代表人',
  creditCode: '统一社会信用代码',
  agent: '代理人',
  guardian: '监护人',
} as const satisfies Record<keyof PartyInputDto, string>;
type PartyField = keyof typeof PARTY_FIELDS;

/** A comparable form of a stored or submitted value (dates as instants, amounts as numbers). */
function comparable(field: CaseField, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field === 'occurredAt') return new Date(value as string | Date).toISOString();
  if (field === 'amountInDispute') return String(Number(value));
  return JSON.stringify(value);
}

/**
 * 更正: the registered facts of a case and its parties, corrected or completed after registration
 * (field story 4: the upstairs owner reached later). Each correction names its reason, is made on the
 * version the user saw (409 otherwise), goes on the timeline and into the audit trail. The signed
 * copy of an effective agreement is stored as issued, so what it printed stays as printed.
 */
@Injectable()
export class CaseCorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /** `PATCH /api/cases/:id`; returns whether anything changed. */
  async updateCase(user: AuthUser, id: string, dto: UpdateCaseDto): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.open(manager, user, id, dto.version);
      const row = access.row;
      if (dto.riskLevel !== undefined && dto.riskLevel !== row.riskLevel) throw CaseErrors.riskByReport();
      const patch: Partial<Record<CaseField, unknown>> = {};
      const before: Record<string, unknown> = {};
      for (const field of Object.keys(CASE_FIELDS) as CaseField[]) {
        let value: unknown = dto[field];
        if (value === undefined) continue;
        if (field === 'occurredAt' && value !== null) value = new Date(value as string);
        if (field === 'title') value = (value as string).trim();
        if (comparable(field, value) === comparable(field, row[field])) continue;
        patch[field] = value;
        before[field] = row[field];
      }
      const fields = Object.keys(patch) as CaseField[];
      if (!fields.length) return false;
      await this.touch(manager, access, patch as Partial<CaseEntity>);
      await addCaseEvent(
        manager,
        id,
        user,
        'correction',
        `更正${fields.map((f) => CASE_FIELDS[f]).join('、')}:${dto.reason}`,
        { fields },
      );
      await this.audit.record(manager, user, {
        action: 'case.correct',
        entity: 'case',
        entityId: id,
        organisationId: row.organisationId,
        before,
        after: { ...patch, reason: dto.reason },
      });
      return true;
    });
  }

  /** `POST /api/cases/:id/parties`: a party added after registration. */
  async addParty(user: AuthUser, id: string, dto: AddPartyDto): Promise<PartyResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.open(manager, user, id, dto.version);
      const parties = await manager.getRepository(PartyEntity).find({ where: { caseId: id } });
      if (parties.length >= MAX_PARTIES)
        throw CommonErrors.validation([
          { field: 'parties', code: 'arrayMaxSize', message: '当事人最多 50 个' },
        ]);
      const { version: _version, reason, ...party } = dto;
      const position = Math.max(0, ...parties.map((p) => p.position)) + 1;
      const inserted = await manager
        .getRepository(PartyEntity)
        .insert(toPartyRow(party, id, position, this.cipher));
      const partyId = inserted.identifiers[0]!['id'] as string;
      await this.touch(manager, access, {});
      await addCaseEvent(
        manager,
        id,
        user,
        'correction',
        `追加${ROLE_LABELS[party.role]}${party.name.trim()}:${reason}`,
        { partyId },
      );
      await this.audit.record(manager, user, {
        action: 'party.add',
        entity: 'party',
        entityId: partyId,
        organisationId: access.row.organisationId,
        after: { caseId: id, ...party, reason },
      });
      const row = await manager.getRepository(PartyEntity).findOneByOrFail({ id: partyId });
      return toPartyResponse(row, access.personalData, this.cipher);
    });
  }

  /** `PATCH /api/cases/:id/parties/:partyId`: fields of a party corrected or completed. */
  async updateParty(
    user: AuthUser,
    id: string,
    partyId: string,
    dto: UpdatePartyDto,
  ): Promise<PartyResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.open(manager, user, id, dto.version);
      const repo = manager.getRepository(PartyEntity);
      const current = await repo.findOneBy({ id: partyId, caseId: id });
      if (!current) throw CaseErrors.partyNotFound();
      const { version: _version, reason, ...changes } = dto;
      const was = this.asInput(current);
      const fields = (Object.keys(PARTY_FIELDS) as PartyField[]).filter(
        (f) => changes[f] !== undefined && JSON.stringify(changes[f]) !== JSON.stringify(was[f]),
      );
      if (fields.length) {
        const merged: PartyInputDto = { ...was, ...Object.fromEntries(fields.map((f) => [f, changes[f]])) };
        if (merged.kind === 'organisation' && !merged.legalRepresentative?.trim())
          throw CommonErrors.validation([
            {
              field: 'legalRepresentative',
              code: 'isNotEmpty',
              message: '单位当事人须填写法定代表人或负责人',
            },
          ]);
        const {
          caseId: _caseId,
          position: _position,
          ...row
        } = toPartyRow(merged, id, current.position, this.cipher);
        await repo.update({ id: partyId }, row);
        await this.touch(manager, access, {});
        await addCaseEvent(
          manager,
          id,
          user,
          'correction',
          `更正当事人${current.name}的${fields.map((f) => PARTY_FIELDS[f]).join('、')}:${reason}`,
          { partyId, fields },
        );
        await this.audit.record(manager, user, {
          action: 'party.correct',
          entity: 'party',
          entityId: partyId,
          organisationId: access.row.organisationId,
          before: Object.fromEntries(fields.map((f) => [f, was[f] ?? null])),
          after: { ...Object.fromEntries(fields.map((f) => [f, changes[f]])), reason },
        });
      }
      return toPartyResponse(await repo.findOneByOrFail({ id: partyId }), access.personalData, this.cipher);
    });
  }

  /** The case locked, the caller allowed to change it (intake power: the team, intake, the director). */
  private async open(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    version: number,
  ): Promise<CaseAccess> {
    const access = await this.access.load(manager, user, id, true);
    this.access.assertMayWrite(user, access, 'correct');
    if (UNCORRECTABLE_STATUSES.includes(access.row.status)) throw CaseErrors.finished(access.row.status);
    if (version !== access.row.version) throw CommonErrors.versionConflict();
    return access;
  }

  /** Saves `patch` with the search text rebuilt from the case and its parties; bumps the version. */
  private async touch(manager: EntityManager, access: CaseAccess, patch: Partial<CaseEntity>): Promise<void> {
    const row = { ...access.row, ...patch };
    const parties = await manager
      .getRepository(PartyEntity)
      .find({ where: { caseId: row.id }, select: { name: true, agentName: true } });
    const searchText = caseSearchText(row, parties);
    await manager
      .createQueryBuilder()
      .update(CaseEntity)
      .set({ ...patch, searchText })
      .where('id = :id', { id: row.id })
      .execute();
  }

  /** A stored party as the input it was made from (personal data decrypted), to merge a correction into. */
  private asInput(p: PartyEntity): PartyInputDto {
    const open = (enc: Buffer | null) => (enc ? this.cipher.decrypt(enc) : undefined);
    const defined = <T extends object>(o: T) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
    return defined({
      role: p.role,
      kind: p.kind,
      name: p.name,
      sex: p.sex ?? undefined,
      ethnicity: p.ethnicity ?? undefined,
      birthDate: p.birthDate ?? undefined,
      idType: p.idType ?? undefined,
      idNumber: open(p.idNumberEnc),
      phone: open(p.phoneEnc),
      address: p.address ?? undefined,
      occupation: p.occupation ?? undefined,
      legalRepresentative: p.legalRepresentative ?? undefined,
      creditCode: p.creditCode ?? undefined,
      agent: p.agentName
        ? defined({
            name: p.agentName,
            phone: open(p.agentPhoneEnc),
            authority: p.agentAuthority ?? undefined,
            scope: p.agentScope ?? undefined,
            validUntil: p.agentValidUntil ?? undefined,
          })
        : undefined,
      guardian: p.guardianName
        ? defined({
            name: p.guardianName,
            relation: p.guardianRelation ?? '',
            phone: open(p.guardianPhoneEnc),
          })
        : undefined,
    });
  }
}
