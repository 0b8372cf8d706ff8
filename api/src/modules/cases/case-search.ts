import { isValidResidentId } from '../../common/chinese-id.js';
import type { PersonalDataCipher } from '../../common/personal-data.js';

/** Same separators as tj_ngrams() in the migration. */
const SEPARATORS = /[\s\p{P}\p{S}（）《》【】，。、：；！？“”‘’]+/u;
const CJK = /^[\u4e00-\u9fff]$/u;

/** The n-grams tj_ngrams() stores for a token: bigrams, or the character itself for a lone Chinese one. */
export function tokenGrams(token: string): string[] {
  const chars = [...token.toLowerCase()];
  if (chars.length === 1) return CJK.test(chars[0]!) ? chars : [];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]!);
}

const quoteLexeme = (gram: string) => `'${gram.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export interface SearchCondition {
  sql: string;
  params: Record<string, string>;
}

/**
 * SQL (on alias `c`) for `q`: an exact ID number or mobile finds parties by
 * their keyed hash; anything else must appear as a substring of the case's
 * search text, found through the n-gram index and then rechecked.
 */
export function searchCondition(q: string, cipher: PersonalDataCipher): SearchCondition | undefined {
  const text = q.trim();
  if (!text) return undefined;
  if (isValidResidentId(text) || /^1[3-9]\d{9}$/.test(text)) {
    const column = text.length === 11 ? 'phone_hash' : 'id_number_hash';
    return {
      sql: `EXISTS (SELECT 1 FROM parties sp WHERE sp.case_id = c.id AND sp.${column} = :qHash)`,
      params: { qHash: cipher.lookupHash(text) },
    };
  }
  const tokens = text.split(SEPARATORS).filter(Boolean).slice(0, 8);
  const parts: string[] = [];
  const params: Record<string, string> = {};
  tokens.forEach((token, i) => {
    const grams = [...new Set(tokenGrams(token))];
    if (grams.length) {
      parts.push(`c.search_vector @@ CAST(:qGrams${i} AS tsquery)`);
      params[`qGrams${i}`] = grams.map(quoteLexeme).join(' & ');
    }
    // A token of one or two characters is a single n-gram: its index entry proves the substring.
    if (grams.length && [...token].length <= 2) return;
    parts.push(`strpos(lower(c.search_text), :qText${i}) > 0`);
    params[`qText${i}`] = token.toLowerCase();
  });
  return parts.length ? { sql: parts.join(' AND '), params } : undefined;
}
