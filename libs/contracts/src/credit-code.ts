/*
 * 统一社会信用代码 (GB 32100-2015《法人和其他组织统一社会信用代码编码规则》): 18 characters from
 * 0-9 A-H J-N P-R T-U W-Y (no I, O, S, V, Z):
 *   1     登记管理部门代码 (the registering authority),
 *   2     机构类别代码 (the kind of organisation, per authority),
 *   3–8   登记管理机关行政区划码 (GB/T 2260 region, digits only; 100000 for the national level),
 *   9–17  主体标识码 (the organisation code of GB 11714),
 *   18    check character: weights 3^(i-1) mod 31 over the first 17, C18 = 31 − (Σ mod 31), 31 → 0.
 * One rule for the API's validators and the web forms.
 */

/** The 31 characters in the order of their values 0–30. */
export const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17 (3^(i-1) mod 31). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The registering authorities and, for each, its kinds of organisation (GB 32100-2015 附录,
 * with the codes the Ministry of Agriculture (N) and the CMC (A) were given afterwards):
 * 1 机构编制 (机关, 事业单位, 中央编办管理的群众团体, 其他), 2 外交 (外国常驻新闻机构, 其他),
 * 3 司法行政 (律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他), 4 文化 (外国在华文化中心,
 * 其他), 5 民政 (社会团体, 民办非企业单位, 基金会, 其他), 6 旅游 (外国及港澳台旅游部门常驻代表机构, 其他),
 * 7 宗教 (宗教活动场所, 宗教院校, 其他), 8 工会 (基层工会, 其他), 9 工商 (企业, 个体工商户, 农民专业合作社),
 * A 中央军委改革和编制办公室 (军队事业单位, 其他), N 农业 (组级/村级/乡镇级集体经济组织, 其他), Y 其他 (1).
 */
export const CREDIT_CODE_KINDS: Readonly<Record<string, string>> = {
  '1': '1239',
  '2': '19',
  '3': '123459',
  '4': '19',
  '5': '1239',
  '6': '129',
  '7': '129',
  '8': '19',
  '9': '123',
  A: '19',
  N: '1239',
  Y: '1',
};

/** The check character of the first 17 characters, or '' when one of them is not in the set. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length < 17) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(first17.charAt(i));
    if (value < 0) return '';
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31] ?? '';
}

/** Why a 统一社会信用代码 is not valid, or null when it is. */
export type CreditCodeProblem = 'shape' | 'authority' | 'kind' | 'region' | 'check';

/** What to tell the person typing it, the same in the API's 400 and under the web field. */
export const CREDIT_CODE_MESSAGES: Readonly<Record<CreditCodeProblem, string>> = {
  shape: '统一社会信用代码应为 18 位数字或大写字母(不含 I、O、S、V、Z)',
  authority: '统一社会信用代码第 1 位(登记管理部门代码)不正确,请核对',
  kind: '统一社会信用代码第 2 位(机构类别代码)不正确,请核对',
  region: '统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码',
  check: '统一社会信用代码最后一位校验码不正确,请核对',
};

/** Why the code is not valid (the first rule it breaks), or null; surrounding spaces count as wrong. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(code)) return 'shape';
  const kinds = CREDIT_CODE_KINDS[code[0] ?? ''];
  if (kinds === undefined) return 'authority';
  if (!kinds.includes(code[1] ?? '')) return 'kind';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'region';
  if (creditCodeCheckCharacter(code) !== code[17]) return 'check';
  return null;
}

/** A 统一社会信用代码 that a court or a registry would accept (GB 32100-2015). */
export function isValidCreditCode(value: string): boolean {
  return creditCodeProblem(value) === null;
}
