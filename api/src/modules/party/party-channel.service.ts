import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { DataSource, In, Not, type Repository } from 'typeorm';
import { AppError } from '../../common/errors.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { SlidingWindowLimiter } from '../../common/rate-limiter.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { CASE_STATUS_LABELS } from '../cases/case.enums.js';
import { SmsSender } from '../notifications/sms.js';
import { PartyEntity } from '../parties/party.entity.js';
import { MediationSessionEntity } from '../sessions/mediation-session.entity.js';
import type {
  CreatePartyLinkDto,
  PartyCaseDto,
  PartyEvaluationDto,
  PartyLinkDto,
  PartySessionDto,
} from './dto/party.dto.js';
import { PartyEvaluationEntity, PartyLinkEntity, type PartyLinkPurpose } from './party-link.entity.js';

/** How long a link stays usable, a code stays valid, a party's session lasts. */
export const LINK_HOURS = 72;
export const CODE_MINUTES = 10;
export const SESSION_MINUTES = 30;
/** Wrong codes before the link locks; seconds before another code may be sent. */
export const MAX_CODE_ATTEMPTS = 5;
export const CODE_RESEND_SECONDS = 60;

const PURPOSE_TEXT: Record<PartyLinkPurpose, string> = {
  read: '查阅调解文书',
  sign: '阅读并签署调解协议',
  evaluate: '评价本次调解',
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

export const PartyErrors = {
  linkInvalid: () => new AppError(404, 'LINK_INVALID', '链接无效、已使用或已过期,请联系调解员重新发送'),
  linkLocked: () => new AppError(423, 'LINK_LOCKED', '验证码错误次数过多,此链接已锁定,请联系调解员重新发送'),
  codeWrong: (left: number) =>
    new AppError(401, 'CODE_WRONG', `验证码不正确,还可以再试 ${left} 次`, [
      { field: 'code', code: 'wrong', message: '验证码不正确' },
    ]),
  codeExpired: () => new AppError(401, 'CODE_EXPIRED', '验证码已过期,请重新获取'),
  codeTooSoon: (seconds: number) =>
    new AppError(429, 'TOO_MANY_REQUESTS', `验证码已发送,请 ${seconds} 秒后再重新获取`, undefined, {
      'Retry-After': String(seconds),
    }),
  noPhone: () =>
    new AppError(422, 'PARTY_NO_PHONE', '该当事人没有登记手机号,无法发送链接;请先更正当事人信息'),
  sessionRequired: () =>
    new AppError(401, 'PARTY_SESSION_REQUIRED', '请通过调解员发送的链接和短信验证码进入'),
  wrongPurpose: () => new AppError(403, 'LINK_PURPOSE', '此链接不能用于这项操作'),
  alreadyEvaluated: () => new AppError(409, 'ALREADY_EVALUATED', '您已经评价过本次调解,谢谢'),
};

/** The party a session belongs to, as PartyGuard puts it on the request. */
export interface PartyPrincipal {
  linkId: string;
  caseId: string;
  partyId: string;
  purpose: PartyLinkPurpose;
}

/**
 * The parties' own channel (docs/api.md "The parties' own channel"): the case team sends a party a
 * one-time link by SMS; the party proves the phone with a 6-digit code (10 minutes, 5 tries, then
 * locked) and gets a 30-minute session for that party and that case only. Only hashes are stored;
 * every step is audited without the phone or the code.
 */
@Injectable()
export class PartyChannelService {
  private readonly clients = new SlidingWindowLimiter(30, 60_000, (s) => `操作过于频繁,请 ${s} 秒后再试`);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly sms: SmsSender,
  ) {}

  async createLink(user: AuthUser, caseId: string, dto: CreatePartyLinkDto): Promise<PartyLinkDto> {
    const token = randomBytes(24).toString('base64url');
    const { link, phone, orgName } = await this.dataSource.transaction(async (manager) => {
      const access = await this.cases.load(manager, user, caseId);
      this.cases.assertMayWrite(user, access, 'partyLink');
      const party = await manager.getRepository(PartyEntity).findOneBy({ id: dto.partyId, caseId });
      if (!party) throw new AppError(404, 'PARTY_NOT_FOUND', '当事人不存在');
      if (!party.phoneEnc) throw PartyErrors.noPhone();
      const saved = await manager.getRepository(PartyLinkEntity).save(
        manager.getRepository(PartyLinkEntity).create({
          caseId,
          partyId: party.id,
          purpose: dto.purpose,
          tokenHash: sha256(token),
          expiresAt: minutes(LINK_HOURS * 60),
          createdById: user.id,
        }),
      );
      await addCaseEvent(
        manager,
        caseId,
        user,
        'party_link',
        `向当事人发送${PURPOSE_TEXT[dto.purpose]}的链接`,
      );
      await this.audit.record(manager, user, {
        action: 'party.link',
        entity: 'case',
        entityId: caseId,
        organisationId: access.row.organisationId,
        after: { linkId: saved.id, partyId: party.id, purpose: dto.purpose },
      });
      const [org] = await manager.query<{ name: string }[]>('SELECT name FROM organisations WHERE id = $1', [
        access.row.organisationId,
      ]);
      return { link: saved, phone: this.cipher.decrypt(party.phoneEnc), orgName: org?.name ?? '' };
    });
    await this.sms.send(
      phone,
      `【人民调解】${orgName}请您${PURPOSE_TEXT[dto.purpose]}:${this.config.publicUrl}/p/${token}(${LINK_HOURS}小时内有效,打开后需输入短信验证码)`,
    );
    return { id: link.id, expiresAt: link.expiresAt.toISOString() };
  }

  /** Sends the 6-digit code to the party's phone (again after CODE_RESEND_SECONDS). */
  async sendCode(token: string, client: string): Promise<void> {
    this.clients.take(client);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const phone = await this.dataSource.transaction(async (manager) => {
      const link = await this.usableLink(manager.getRepository(PartyLinkEntity), token);
      if (link.codeSentAt) {
        const wait = Math.ceil((link.codeSentAt.getTime() + CODE_RESEND_SECONDS * 1000 - Date.now()) / 1000);
        if (wait > 0) throw PartyErrors.codeTooSoon(wait);
      }
      await manager
        .getRepository(PartyLinkEntity)
        .update(
          { id: link.id },
          { codeHash: sha256(`${link.id}:${code}`), codeSentAt: new Date(), codeAttempts: 0 },
        );
      const party = await manager.getRepository(PartyEntity).findOneByOrFail({ id: link.partyId });
      return this.cipher.decrypt(party.phoneEnc!);
    });
    await this.sms.send(phone, `【人民调解】验证码 ${code},${CODE_MINUTES}分钟内有效。请勿告诉他人。`);
  }

  /**
   * The code proves the phone: the link opens its one session. A wrong code is counted (and the
   * link locked at MAX_CODE_ATTEMPTS) in a transaction that commits before the refusal is answered.
   */
  async openSession(token: string, code: string, client: string): Promise<PartySessionDto> {
    this.clients.take(client);
    const accessToken = randomBytes(32).toString('base64url');
    const outcome = await this.dataSource.transaction<
      { refused: AppError; session?: undefined } | { refused?: undefined; session: PartySessionDto }
    >(async (manager) => {
      const repo = manager.getRepository(PartyLinkEntity);
      const link = await this.usableLink(repo, token);
      if (
        !link.codeHash ||
        !link.codeSentAt ||
        link.codeSentAt.getTime() + CODE_MINUTES * 60_000 < Date.now()
      )
        throw PartyErrors.codeExpired();
      const right = timingSafeEqual(Buffer.from(link.codeHash), Buffer.from(sha256(`${link.id}:${code}`)));
      if (!right) {
        const attempts = link.codeAttempts + 1;
        const locked = attempts >= MAX_CODE_ATTEMPTS;
        await repo.update({ id: link.id }, { codeAttempts: attempts, lockedAt: locked ? new Date() : null });
        if (locked)
          await this.audit.record(manager, null, {
            action: 'party.link.locked',
            entity: 'case',
            entityId: link.caseId,
            after: { linkId: link.id },
          });
        return {
          refused: locked ? PartyErrors.linkLocked() : PartyErrors.codeWrong(MAX_CODE_ATTEMPTS - attempts),
        };
      }
      const expiresAt = minutes(SESSION_MINUTES);
      await repo.update(
        { id: link.id },
        { sessionHash: sha256(accessToken), sessionExpiresAt: expiresAt, codeHash: null },
      );
      await this.audit.record(manager, null, {
        action: 'party.session',
        entity: 'case',
        entityId: link.caseId,
        after: { linkId: link.id, partyId: link.partyId },
      });
      return { session: { accessToken, expiresAt: expiresAt.toISOString(), purpose: link.purpose } };
    });
    if (outcome.refused) throw outcome.refused;
    return outcome.session;
  }

  /** The party of a session token, or 401. */
  async principal(accessToken: string | undefined): Promise<PartyPrincipal> {
    if (!accessToken || !/^[A-Za-z0-9_-]{20,64}$/.test(accessToken)) throw PartyErrors.sessionRequired();
    const link = await this.dataSource
      .getRepository(PartyLinkEntity)
      .findOneBy({ sessionHash: sha256(accessToken) });
    if (!link || !link.sessionExpiresAt || link.sessionExpiresAt.getTime() < Date.now() || link.lockedAt)
      throw PartyErrors.sessionRequired();
    return { linkId: link.id, caseId: link.caseId, partyId: link.partyId, purpose: link.purpose };
  }

  /** The party's own view of its case: never another party's ID or phone, never private notes. */
  async caseView(party: PartyPrincipal): Promise<PartyCaseDto> {
    return this.dataSource.transaction(async (manager) => {
      const [c] = await manager.query<
        {
          case_number: string;
          title: string;
          status: keyof typeof CASE_STATUS_LABELS;
          organisation: string;
          organisation_id: string;
        }[]
      >(
        `SELECT c.case_number, c.title, c.status, o.name AS organisation, c.organisation_id
           FROM cases c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1`,
        [party.caseId],
      );
      const parties = await manager
        .getRepository(PartyEntity)
        .find({ where: { caseId: party.caseId }, order: { position: 'ASC' } });
      const self = parties.find((p) => p.id === party.partyId)!;
      const sessions = await manager.getRepository(MediationSessionEntity).find({
        where: { caseId: party.caseId, mode: 'face_to_face' },
        order: { startedAt: 'ASC' },
      });
      const agreement = await manager.getRepository(AgreementEntity).findOne({
        where: { caseId: party.caseId, status: Not(In(['superseded'])) },
        order: { createdAt: 'DESC' },
      });
      await this.audit.record(manager, null, {
        action: 'party.case.read',
        entity: 'case',
        entityId: party.caseId,
        organisationId: c!.organisation_id,
        after: { linkId: party.linkId, partyId: party.partyId },
      });
      return {
        caseNumber: c!.case_number,
        title: c!.title,
        status: c!.status,
        statusLabel: CASE_STATUS_LABELS[c!.status],
        organisationName: c!.organisation,
        purpose: party.purpose,
        self: {
          id: self.id,
          name: self.name,
          role: self.role,
          phone: self.phoneEnc ? this.cipher.decrypt(self.phoneEnc) : null,
          address: self.address,
        },
        otherParties: parties
          .filter((p) => p.id !== party.partyId)
          .map((p) => ({ name: p.name, role: p.role })),
        jointSessions: sessions
          .filter((s) => s.partyIds.includes(party.partyId))
          .map((s) => ({ startedAt: s.startedAt.toISOString(), summary: s.summary })),
        agreement: agreement
          ? {
              id: agreement.id,
              agreementNumber: agreement.agreementNumber,
              status: agreement.status,
              terms: agreement.terms.map((t) => t.text),
            }
          : null,
      };
    });
  }

  /** 当事人评价: once per party and case, through an `evaluate` link. */
  async evaluate(party: PartyPrincipal, dto: PartyEvaluationDto): Promise<{ id: string }> {
    if (party.purpose !== 'evaluate') throw PartyErrors.wrongPurpose();
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(PartyEvaluationEntity);
      if (await repo.existsBy({ caseId: party.caseId, partyId: party.partyId }))
        throw PartyErrors.alreadyEvaluated();
      const saved = await repo.save(
        repo.create({
          caseId: party.caseId,
          partyId: party.partyId,
          satisfaction: dto.satisfaction,
          comment: dto.comment?.trim() || null,
        }),
      );
      await addCaseEvent(
        manager,
        party.caseId,
        null,
        'party_evaluation',
        `当事人评价:满意度 ${dto.satisfaction}/5`,
      );
      await this.audit.record(manager, null, {
        action: 'party.evaluation',
        entity: 'case',
        entityId: party.caseId,
        after: { linkId: party.linkId, satisfaction: dto.satisfaction },
      });
      return { id: saved.id };
    });
  }

  /** The link of a token, locked for this transaction, if it can still open a session. */
  private async usableLink(repo: Repository<PartyLinkEntity>, token: string): Promise<PartyLinkEntity> {
    const link = await repo
      .createQueryBuilder('l')
      .where('l.token_hash = :hash', { hash: sha256(token) })
      .setLock('pessimistic_write')
      .getOne();
    if (!link || link.expiresAt.getTime() < Date.now() || link.sessionHash) throw PartyErrors.linkInvalid();
    if (link.lockedAt) throw PartyErrors.linkLocked();
    return link;
  }
}
