import { normalizePhone } from '../../../../libs/contracts/src/phone.js';
import { birthYearOf, maskIdNumber, maskPhone, type PersonalDataCipher } from '../../common/personal-data.js';
import type { PartyInputDto } from '../cases/dto/party.dto.js';
import type { PartyResponseDto } from '../cases/dto/case-response.dto.js';
import type { PartyEntity } from './party.entity.js';

type PartyRow = Omit<PartyEntity, 'id' | 'createdAt' | 'case' | 'refusedAt' | 'refusalNote'>;

/** The stored form of a party: personal data encrypted, hashed for look-up and masked for display. */
export function toPartyRow(
  dto: PartyInputDto,
  caseId: string,
  position: number,
  cipher: PersonalDataCipher,
): PartyRow {
  const idNumber = dto.idNumber?.trim().toUpperCase();
  // The DTO has normalised them already (common/validators.ts); a referral's parties kept from
  // before that rule are normalised here.
  const phone = canonicalPhone(dto.phone);
  const agentPhone = canonicalPhone(dto.agent?.phone);
  const guardianPhone = canonicalPhone(dto.guardian?.phone);
  return {
    caseId,
    position,
    role: dto.role,
    kind: dto.kind,
    name: dto.name.trim(),
    sex: dto.sex ?? null,
    ethnicity: dto.ethnicity ?? null,
    birthDate: dto.birthDate ?? null,
    idType: idNumber ? (dto.idType ?? 'resident_id') : (dto.idType ?? null),
    idNumberEnc: idNumber ? cipher.encrypt(idNumber) : null,
    idNumberHash: idNumber ? cipher.lookupHash(idNumber) : null,
    idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
    phoneEnc: phone ? cipher.encrypt(phone) : null,
    phoneHash: phone ? cipher.lookupHash(phone) : null,
    phoneMasked: phone ? maskPhone(phone) : null,
    address: dto.address ?? null,
    occupation: dto.occupation ?? null,
    legalRepresentative: dto.legalRepresentative ?? null,
    creditCode: dto.creditCode ?? null,
    agentName: dto.agent?.name ?? null,
    agentPhoneEnc: agentPhone ? cipher.encrypt(agentPhone) : null,
    agentPhoneMasked: agentPhone ? maskPhone(agentPhone) : null,
    agentAuthority: dto.agent?.authority ?? null,
    agentScope: dto.agent?.scope ?? null,
    agentValidUntil: dto.agent?.validUntil ?? null,
    guardianName: dto.guardian?.name.trim() ?? null,
    guardianRelation: dto.guardian?.relation.trim() ?? null,
    guardianPhoneEnc: guardianPhone ? cipher.encrypt(guardianPhone) : null,
    guardianPhoneMasked: guardianPhone ? maskPhone(guardianPhone) : null,
  };
}

const canonicalPhone = (phone: string | undefined) => phone && (normalizePhone(phone) ?? phone);

/**
 * A party as the caller may see it: unmasked only when `full` (the case team). Everyone else gets the
 * masks and the birth year, never the birth date: with the date, the ID mask could be undone
 * (docs/security.md, "Deviations and decisions"). This is the one place masking is decided.
 */
export function toPartyResponse(
  row: PartyEntity,
  full: boolean,
  cipher: PersonalDataCipher,
): PartyResponseDto {
  const reveal = (enc: Buffer | null, masked: string | null) =>
    (full && enc ? cipher.decrypt(enc) : masked) ?? undefined;
  return {
    id: row.id,
    role: row.role,
    kind: row.kind,
    name: row.name,
    sex: row.sex ?? undefined,
    ethnicity: row.ethnicity ?? undefined,
    birthDate: full ? (row.birthDate ?? undefined) : undefined,
    birthYear: full ? undefined : birthYearOf(row.birthDate),
    idType: row.idType ?? undefined,
    idNumber: reveal(row.idNumberEnc, row.idNumberMasked),
    phone: reveal(row.phoneEnc, row.phoneMasked),
    address: row.address ?? undefined,
    occupation: row.occupation ?? undefined,
    legalRepresentative: row.legalRepresentative ?? undefined,
    creditCode: row.creditCode ?? undefined,
    agent: row.agentName
      ? {
          name: row.agentName,
          phone: reveal(row.agentPhoneEnc, row.agentPhoneMasked),
          authority: row.agentAuthority ?? undefined,
          scope: row.agentScope ?? undefined,
          validUntil: row.agentValidUntil ?? undefined,
        }
      : undefined,
    guardian: row.guardianName
      ? {
          name: row.guardianName,
          relation: row.guardianRelation ?? '',
          phone: reveal(row.guardianPhoneEnc, row.guardianPhoneMasked),
        }
      : undefined,
    refusedAt: row.refusedAt?.toISOString(),
  };
}

/**
 * A person's name as public verification shows it (`documents/verify.service.ts`): 王秀英 → 王*英,
 * 张三 → 张*; organisations keep their names.
 */
export function maskPartyName(name: string, kind: string): string {
  if (kind === 'organisation') return name;
  const chars = [...name];
  if (chars.length <= 1) return '*';
  return chars.length === 2 ? `${chars[0]}*` : `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/**
 * A party in the county bureau's de-identified drill-down (docs/domain.md §10.6): its role, its kind and
 * the masked name; no address, birth date or year, sex, ethnicity, occupation, phone, ID or credit code.
 */
export function toDeidentifiedParty(row: PartyEntity): PartyResponseDto {
  return {
    id: row.id,
    role: row.role,
    kind: row.kind,
    name: maskPartyName(row.name, row.kind),
    agent: row.agentName ? { name: maskPartyName(row.agentName, 'person') } : undefined,
    guardian: row.guardianName
      ? { name: maskPartyName(row.guardianName, 'person'), relation: row.guardianRelation ?? '' }
      : undefined,
    refusedAt: row.refusedAt?.toISOString(),
  };
}
