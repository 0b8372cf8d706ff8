/*
 * 居民身份证号码 (GB 11643-1999, 公民身份号码): 6 digits of the administrative region where the
 * number was first issued (GB/T 2260), 8 digits of the birth date, 3 digits of a sequence whose
 * last digit is odd for men and even for women, and the ISO 7064 MOD 11-2 check character.
 * One rule for the API's validators and the web forms (docs/domain.md, parties).
 */

/** GB 11643 weights of the first 17 digits, and the check character for each remainder mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * The first two digits of a resident ID number: the province-level codes of GB/T 2260 (中华人民共和国
 * 行政区划代码) — 11–15 North China, 21–23 North-east, 31–37 East, 41–46 Central South, 50–54
 * South-west, 61–65 North-west, 71 Taiwan — and the codes of 港澳台居民居住证 numbers (国务院办公厅
 * 《港澳台居民居住证申领发放办法》, 2018): 81 Hong Kong, 82 Macao, 83 Taiwan.
 */
export const ID_PROVINCE_CODES: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '81', '82', '83'],
]);

/** The earliest birth date accepted: nobody alive to sign an agreement was born before 1900. */
const EARLIEST_BIRTH = '1900-01-01';

export interface ChineseIdInfo {
  /** The 18-character number, trimmed, with a lower-case x made capital. */
  id: string;
  sex: 'male' | 'female';
  /** `YYYY-MM-DD`. */
  birthDate: string;
  /** The 6-digit administrative region code of first issue. */
  region: string;
  /** Its first two digits (the province, autonomous region, municipality or SAR). */
  province: string;
}

/** The check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function residentIdCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK[sum % 11] ?? '';
}

/** `YYYY-MM-DD` when the eight digits are a real calendar date. */
function calendarDate(yyyymmdd: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? date.toISOString().slice(0, 10) : null;
}

/** Today as `YYYY-MM-DD` in China (a number issued today in Beijing is not "from the future"). */
function todayInChina(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Why a 居民身份证号码 is not valid. */
export type ResidentIdProblem = 'shape' | 'province' | 'birth_date' | 'check';

/** What to tell the person typing it, the same in the API's 400 and under the web field. */
export const RESIDENT_ID_MESSAGES: Readonly<Record<ResidentIdProblem, string>> = {
  shape: '身份证号码不正确:应为 18 位,前 17 位为数字,最后一位为数字或 X',
  province: '身份证号码不正确:前两位不是有效的省级行政区划代码',
  birth_date: '身份证号码不正确:第 7–14 位的出生日期不存在或晚于今天',
  check: '身份证号码不正确:最后一位校验码不对,请核对',
};

function examine(value: string, now: Date): ResidentIdProblem | ChineseIdInfo {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'shape';
  const province = id.slice(0, 2);
  if (!ID_PROVINCE_CODES.has(province)) return 'province';
  const birthDate = calendarDate(id.slice(6, 14));
  if (birthDate === null || birthDate < EARLIEST_BIRTH || birthDate > todayInChina(now)) return 'birth_date';
  if (residentIdCheckCharacter(id) !== id[17]) return 'check';
  return {
    id,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    birthDate,
    region: id.slice(0, 6),
    province,
  };
}

/**
 * Reads a 居民身份证号码: null unless it has 17 digits and a check character, a real province
 * code, a real birth date between 1900 and today, and the right check character.
 */
export function parseChineseId(value: string, now: Date = new Date()): ChineseIdInfo | null {
  const result = examine(value, now);
  return typeof result === 'string' ? null : result;
}

/** Why the number is not valid (the first rule it breaks), or null when it is. */
export function residentIdProblem(value: string, now: Date = new Date()): ResidentIdProblem | null {
  const result = examine(value, now);
  return typeof result === 'string' ? result : null;
}

/** An 18-character 居民身份证号码 a court would accept (see `parseChineseId`). */
export function isValidResidentId(value: string, now: Date = new Date()): boolean {
  return parseChineseId(value, now) !== null;
}
