import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { type CaseAccess, CaseAccessService } from '../cases/case-access.service.js';
import { PartyEntity } from '../parties/party.entity.js';
import type { CheckParty, CheckSignature } from './agreement-check.js';
import { AgreementScanEntity } from './agreement-scan.entity.js';
import { AgreementSignatureEntity } from './agreement-signature.entity.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementErrors } from './agreements.errors.js';

/** An agreement with everything its rules need: the case access, parties and signatures. */
export interface AgreementContext {
  agreement: AgreementEntity;
  access: CaseAccess;
  parties: PartyEntity[];
  signatures: AgreementSignatureEntity[];
  /** Scans of the copy signed on paper (without their bytes). */
  scans: AgreementScanEntity[];
}

export function checkParties(parties: PartyEntity[]): CheckParty[] {
  return parties.map((p) => ({
    id: p.id,
    kind: p.kind,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    address: p.address,
    phoneMasked: p.phoneMasked,
    legalRepresentative: p.legalRepresentative,
    guardianName: p.guardianName,
    agentName: p.agentName,
    agentValidUntil: p.agentValidUntil,
  }));
}

export function checkSignatures(signatures: AgreementSignatureEntity[]): CheckSignature[] {
  return signatures.map((s) => ({
    kind: s.kind,
    partyId: s.partyId,
    mediatorId: s.mediatorId,
    committeeSeal: s.committeeSeal,
  }));
}

@Injectable()
export class AgreementContextLoader {
  constructor(private readonly cases: CaseAccessService) {}

  /** The agreement if its case is visible to the caller (404 otherwise). */
  async load(manager: EntityManager, user: AuthUser, id: string, lock = false): Promise<AgreementContext> {
    const found = await manager.getRepository(AgreementEntity).findOneBy({ id });
    if (!found) throw AgreementErrors.notFound();
    const access = await this.cases.load(manager, user, found.caseId, lock).catch(() => {
      throw AgreementErrors.notFound();
    });
    const agreement = lock
      ? await manager
          .getRepository(AgreementEntity)
          .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : found;
    const parties = await manager
      .getRepository(PartyEntity)
      .find({ where: { caseId: found.caseId }, order: { position: 'ASC' } });
    const signatures = await manager
      .getRepository(AgreementSignatureEntity)
      .find({ where: { agreementId: id }, order: { signedAt: 'ASC' } });
    const scans = await manager
      .getRepository(AgreementScanEntity)
      .find({ where: { agreementId: id }, order: { uploadedAt: 'ASC' } });
    return { agreement, access, parties, signatures, scans };
  }
}
