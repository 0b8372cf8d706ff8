/*
 * Amounts in yuan and their capitals (大写金额) as financial documents and agreements write them
 * (中国人民银行《支付结算办法》附一《正确填写票据和结算凭证的基本规定》). One rule for the API's
 * documents and the web's agreement editor.
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];
/** Yuan with at most two decimals, as the API accepts them (e.g. 3000, 3000.5, 3000.00). */
const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

/** Four digits (0–9999) in capitals, with 零 between non-zero digits. */
function section(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out !== '';
    } else {
      out += (zero ? '零' : '') + DIGITS[d] + SMALL_UNITS[i];
      zero = false;
    }
  }
  return out;
}

/**
 * An amount in yuan ("3200.00") in the capitals used on financial documents (叁仟贰佰元整,
 * 壹万零伍佰元伍角, 零元整); '' when the text is not an amount.
 */
export function amountInCapitals(amount: string): string {
  const trimmed = amount.trim();
  if (!MONEY.test(trimmed)) return '';
  const [yuanPart = '0', fraction = ''] = trimmed.split('.');
  let yuan = BigInt(yuanPart);
  const jiao = Number(fraction[0] ?? 0);
  const fen = Number(fraction[1] ?? 0);
  const sections: number[] = [];
  while (yuan > 0n) {
    sections.push(Number(yuan % 10000n));
    yuan /= 10000n;
  }
  let integer = '';
  let pendingZero = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const value = sections[i] ?? 0;
    if (value === 0) {
      pendingZero = integer !== '';
      continue;
    }
    if (integer && (pendingZero || value < 1000)) integer += '零';
    integer += section(value) + BIG_UNITS[i];
    pendingZero = false;
  }
  const head = integer ? `${integer}元` : '';
  if (!jiao && !fen) return `${head || '零元'}整`;
  const tail = (jiao ? DIGITS[jiao] + '角' : head ? '零' : '') + (fen ? DIGITS[fen] + '分' : '');
  return head + tail;
}

/** The amount as the API stores it: two decimals ("3000" → "3000.00"); unchanged when not an amount. */
export function normaliseAmount(amount: string): string {
  const trimmed = amount.trim();
  if (!MONEY.test(trimmed)) return trimmed;
  const [yuan = '0', fraction = ''] = trimmed.split('.');
  return `${BigInt(yuan).toString()}.${fraction.padEnd(2, '0')}`;
}

export function isAmount(amount: string): boolean {
  return MONEY.test(amount.trim());
}
