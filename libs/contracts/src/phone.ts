/**
 * Mainland China phone numbers, one rule for the API and the web app (issue 21).
 *
 * Accepted as typed: spaces, hyphens, dots and brackets anywhere ("138 5751 2301", "138-5751-2301",
 * "(0575) 8701 2345"), full-width digits, and the country code +86 / 0086 / 86 in front ("+86 138
 * 5751 2301"; "+86 575 87012345" is the landline 0575-87012345).
 *
 * Stored in one canonical form, digits only: a mobile as its 11 digits (13857512301), a landline as
 * area code and number (057587012345). The keyed hash for exact search is taken of that form, so a
 * number finds its party however it was typed.
 *
 * Shown and printed with separators: a mobile in groups of 3-4-4 (138 5751 2301), a landline as
 * area code, hyphen, number (0575-87012345), the form on Chinese letterheads and forms.
 */

/** A mobile: 11 digits from 13–19. */
const MOBILE = /^1[3-9]\d{9}$/;
/** A landline: area code (010 and 02x have three digits, all others four) and a 7–8 digit number. */
const LANDLINE = /^(?:0[12]\d|0[3-9]\d{2})[2-9]\d{6,7}$/;
/** Separators people type or paste between the digits. */
const SEPARATORS = /[\s\-‐‑‒–—−.·()（）]/g;

export const PHONE_MESSAGE = '请填写 11 位手机号或带区号的固定电话,如 138 5751 2301、0575-87012345';

export type PhoneKind = 'mobile' | 'landline';

/** The canonical digits of a mainland mobile or landline as typed, or null when it is not one. */
export function normalizePhone(input: string): string | null {
  let text = input.normalize('NFKC').replace(SEPARATORS, '');
  const international = /^(?:\+|00)86/.exec(text) ?? (/^86\d{11}$/.test(text) ? /^86/.exec(text) : null);
  if (international) {
    text = text.slice(international[0].length);
    // The trunk 0 is dropped abroad (+86 575 …); some write it anyway (+86 (0)575 …).
    if (!MOBILE.test(text) && !text.startsWith('0')) text = `0${text}`;
  }
  if (!/^\d+$/.test(text)) return null;
  return MOBILE.test(text) || LANDLINE.test(text) ? text : null;
}

/** Whether `input` is a mainland mobile or landline in any accepted way of writing it. */
export const isPhone = (input: string): boolean => normalizePhone(input) !== null;

/** What a canonical number is, or null for anything else. */
export function phoneKind(canonical: string): PhoneKind | null {
  if (MOBILE.test(canonical)) return 'mobile';
  if (LANDLINE.test(canonical)) return 'landline';
  return null;
}

/**
 * A number for people to read: 138 5751 2301, 0575-87012345. Anything typed in an accepted way is
 * normalised first; a mobile's display mask (138******01) is grouped the same way (138 **** **01).
 * What is neither comes back as it was (a number stored before these rules).
 */
export function formatPhone(value: string | null | undefined): string {
  if (!value) return '';
  if (/^1\d{2}[\d*]{8}$/.test(value) && value.includes('*')) return group(value);
  const canonical = normalizePhone(value);
  if (!canonical) return value;
  if (phoneKind(canonical) === 'mobile') return group(canonical);
  const area = /^0[12]/.test(canonical) ? 3 : 4;
  return `${canonical.slice(0, area)}-${canonical.slice(area)}`;
}

const group = (mobile: string) => `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
