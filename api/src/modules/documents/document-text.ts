import { chinaDay } from '../../../../libs/contracts/src/china-day.js';
import { formatPhone } from '../../../../libs/contracts/src/phone.js';
import type { PersonalDataCipher } from '../../common/personal-data.js';
import type { PartyEntity } from '../parties/party.entity.js';

export const ROLE_LABELS = { applicant: '申请人', respondent: '被申请人', third_party: '第三人' } as const;
const SEX_LABELS = { male: '男', female: '女' } as const;

/** `1985-03-15`, or an instant (taken in China's time zone), → `1985年3月15日`. */
export function chineseDate(value: string | Date): string {
  const iso = typeof value === 'string' ? value : chinaDay(value);
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function ageOn(birthDate: string, on: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const birthdayPassed = on.getMonth() + 1 > m || (on.getMonth() + 1 === m && on.getDate() >= d);
  return on.getFullYear() - y - (birthdayPassed ? 0 : 1);
}

/**
 * A phone as paper shows it: 138 5751 2301, 0575-87012345 (libs/contracts/src/phone.ts), its groups
 * joined by no-break spaces so that a line never ends inside the number (the hyphen before digits
 * does not break either, UAX #14 LB25).
 */
export const printedPhone = (phone: string | null | undefined): string =>
  formatPhone(phone).replace(/ /g, '\u00a0');

/**
 * A party as a form describes it. `full`: the phone and birth date in clear (the case team); otherwise
 * the masked phone and the birth year, as the case detail shows (parties/party.mapper.ts).
 */
export function describeParty(p: PartyEntity, cipher: PersonalDataCipher, on: Date, full = true): string {
  const phone = printedPhone(full ? (p.phoneEnc ? cipher.decrypt(p.phoneEnc) : null) : p.phoneMasked);
  const born =
    p.birthDate &&
    (full
      ? `${chineseDate(p.birthDate)}出生(${ageOn(p.birthDate, on)}岁)`
      : `${p.birthDate.slice(0, 4)}年出生`);
  const parts =
    p.kind === 'person'
      ? [
          p.name,
          p.sex && SEX_LABELS[p.sex],
          p.ethnicity,
          born,
          p.occupation && `职业:${p.occupation}`,
          phone && `联系电话:${phone}`,
          p.address && `住址:${p.address}`,
        ]
      : [
          p.name,
          p.legalRepresentative && `法定代表人:${p.legalRepresentative}`,
          p.creditCode && `统一社会信用代码:${p.creditCode}`,
          phone && `联系电话:${phone}`,
          p.address && `住所地:${p.address}`,
        ];
  return parts.filter(Boolean).join(',');
}
