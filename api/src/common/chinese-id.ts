// The resident ID rule is shared with the web app: libs/contracts/src/chinese-id.ts.

/** Mainland mobile (11 digits from 13–19) or a landline with area code (e.g. 0575-87012345). */
export function isMainlandPhone(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value);
}
