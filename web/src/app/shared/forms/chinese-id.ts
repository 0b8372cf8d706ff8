/** GB 11643 weights of the first 17 digits, and the check character for each remainder mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * An 18-character 居民身份证号码: shape, a real birth date between 1900 and today, and the
 * ISO 7064 MOD 11-2 check character. The same rule the API applies, for feedback while typing.
 */
export function isValidResidentId(value: string): boolean {
  const id = value.trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) return false;
  const birth = birthDateOf(id);
  return birth !== null && birth >= '1900-01-01' && birth <= new Date().toISOString().slice(0, 10);
}

function birthDateOf(id: string): string | null {
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? date.toISOString().slice(0, 10) : null;
}

/** Mainland mobile (11 digits from 13–19) or a landline with area code (e.g. 0575-87012345). */
export function isMainlandPhone(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value);
}
