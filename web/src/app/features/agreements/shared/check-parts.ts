import type { AgreementCheck } from '../../../core/api/api-types';

/** Codes of the check that are signatures still to collect, not gaps in the content. */
const SIGNATURE_CODE = /^(SIGNATURE_|SEAL$|SEAL_PARTY:)/;

export interface CheckParts {
  /** What the text lacks (parties' details, facts, terms…): signing cannot start until empty. */
  content: string[];
  /** Who still has to sign or seal before the agreement can take effect. */
  signatures: string[];
}

/** Splits the API's check (one list for both) into content gaps and missing signatures. */
export function checkParts(check: AgreementCheck): CheckParts {
  const parts: CheckParts = { content: [], signatures: [] };
  check.missing.forEach((code, i) => {
    const message = check.messages[i] ?? code;
    (SIGNATURE_CODE.test(code) ? parts.signatures : parts.content).push(message);
  });
  return parts;
}
