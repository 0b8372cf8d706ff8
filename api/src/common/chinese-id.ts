const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * Checks an 18-digit 居民身份证号码 (GB 11643): region code shape, a real
 * birth date not in the future, and the ISO 7064 MOD 11-2 check character.
 */
export function isValidResidentId(value: string): boolean {
  const id = value.trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) return false;
  const birth = birthDateOfResidentId(id);
  return birth !== undefined && birth <= new Date().toISOString().slice(0, 10) && birth >= '1900-01-01';
}

/** `YYYY-MM-DD` encoded in the number, when it is a real calendar date. */
export function birthDateOfResidentId(id: string): string | undefined {
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** Mainland mobile (11 digits from 13–19) or a landline with area code (e.g. 0575-87012345). */
export function isMainlandPhone(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value);
}
