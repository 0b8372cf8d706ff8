import { createHash } from 'node:crypto';
import { isValidResidentId } from '../../../../libs/contracts/src/chinese-id.js';
import { normalizePhone } from '../../../../libs/contracts/src/phone.js';
import type { PersonalDataCipher } from '../../common/personal-data.js';
import { SlidingWindowLimiter } from '../../common/rate-limiter.js';
import type { AuthUser } from '../auth/auth-user.js';

/** Same separators as tj_ngrams() in the migration. */
const SEPARATORS = /[\s\p{P}\p{S}（）《》【】，。、：；！？“”‘’]+/u;
const CJK = /^[\u4e00-\u9fff]$/u;

/** The n-grams tj_ngrams() stores for a token: bigrams, or the character itself for a lone Chinese one. */
/**
 * What the full-text search of a case reads (`cases.search_text`): its number, title and facts and
 * the names of its parties and their agents. The one builder for registration, transfer and correction.
 */
export function caseSearchText(
  c: { caseNumber: string; title: string; facts: string },
  parties: { name: string; agentName?: string | null }[],
): string {
  return [c.caseNumber, c.title, c.facts, ...parties.flatMap((p) => [p.name, p.agentName])]
    .filter(Boolean)
    .join(' ');
}

export function tokenGrams(token: string): string[] {
  const chars = [...token.toLowerCase()];
  if (chars.length === 1) return CJK.test(chars[0]!) ? chars : [];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]!);
}

const quoteLexeme = (gram: string) => `'${gram.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export interface SearchCondition {
  sql: string;
  params: Record<string, string>;
  /** Set for an exact ID number or mobile: rate-limited and audited by the caller. */
  identifier?: { kind: IdentifierKind; digest: string };
}

export type IdentifierKind = 'id_number' | 'phone';

/**
 * An exact 居民身份证号, or a mobile or landline however it is written ("138 5751 2301"), which
 * search finds by the keyed hash of its stored form; undefined for any other text.
 */
export function exactIdentifier(text: string): { kind: IdentifierKind; value: string } | undefined {
  if (isValidResidentId(text)) return { kind: 'id_number', value: text };
  const phone = normalizePhone(text);
  if (phone) return { kind: 'phone', value: phone };
  return undefined;
}

/**
 * SQL (on alias `c`): the caller reads this case's personal data in full, i.e. is on its team (an
 * assigned mediator or the registrar) and not a recorder. Only such cases answer an exact ID number or
 * phone: anyone else would learn that a guessed number is a party's (docs/security.md).
 */
function fullReaderSql(user: Pick<AuthUser, 'id' | 'role'>): string {
  if (user.role === 'recorder') return 'FALSE';
  return `(c.registered_by_id = :qUser OR EXISTS (
            SELECT 1 FROM case_mediators qcm JOIN mediators qm ON qm.id = qcm.mediator_id
             WHERE qcm.case_id = c.id AND qm.user_id = :qUser))`;
}

/** SQL (on alias `c`): the caller is on the case's team (an assigned mediator or recorder, or the registrar). */
const TEAM_SQL = `(c.registered_by_id = :qUser OR EXISTS (
            SELECT 1 FROM case_mediators tcm JOIN mediators tm ON tm.id = tcm.mediator_id
             WHERE tcm.case_id = c.id AND tm.user_id = :qUser))`;

/** What of a sensitive case anyone who reads the case may search: its number, title and party names. */
const SENSITIVE_CASE_LABEL_SQL = `lower(concat_ws(' ', c.case_number, c.title,
            (SELECT string_agg(concat_ws(' ', lp.name, lp.agent_name), ' ') FROM parties lp WHERE lp.case_id = c.id)))`;

/**
 * SQL (on alias `c`) for `q`: an exact ID number or mobile finds parties by
 * their keyed hash, on the cases whose personal data the caller reads in full;
 * anything else must appear as a substring of the case's search text, found
 * through the n-gram index and then rechecked.
 */
export function searchCondition(
  q: string,
  cipher: PersonalDataCipher,
  user: Pick<AuthUser, 'id' | 'role'>,
): SearchCondition | undefined {
  const text = q.trim();
  if (!text) return undefined;
  const exact = exactIdentifier(text);
  if (exact) {
    const { kind } = exact;
    const column = kind === 'phone' ? 'phone_hash' : 'id_number_hash';
    const hash = cipher.lookupHash(exact.value);
    return {
      sql: `EXISTS (SELECT 1 FROM parties sp WHERE sp.case_id = c.id AND sp.${column} = :qHash) AND ${fullReaderSql(user)}`,
      params: { qHash: hash, qUser: user.id },
      // Tells equal searches apart; matching it to a party needs the data key.
      identifier: { kind, digest: createHash('sha256').update(hash).digest('hex') },
    };
  }
  const tokens = text.split(SEPARATORS).filter(Boolean).slice(0, 8);
  const parts: string[] = [];
  const params: Record<string, string> = {};
  // The county bureau's drill-down is de-identified: a name, a place or a word of the facts must not
  // tell it which case holds them, so it finds cases by their number only (docs/security.md).
  const county = user.role === 'county_bureau';
  tokens.forEach((token, i) => {
    const grams = [...new Set(tokenGrams(token))];
    if (grams.length) {
      parts.push(`c.search_vector @@ CAST(:qGrams${i} AS tsquery)`);
      params[`qGrams${i}`] = grams.map(quoteLexeme).join(' & ');
    }
    const lower = token.toLowerCase();
    if (county) {
      parts.push(`strpos(lower(c.case_number), :qLabel${i}) > 0`);
      params[`qLabel${i}`] = lower;
      return;
    }
    // The facts of a sensitive case are the case team's: for anyone else a word of them finds nothing,
    // unless it is also in the case's number, title or party names (docs/security.md, "Case sensitivity").
    params['qUser'] = user.id;
    params[`qLabel${i}`] = lower;
    parts.push(
      `(c.sensitivity IS NULL OR ${TEAM_SQL} OR strpos(${SENSITIVE_CASE_LABEL_SQL}, :qLabel${i}) > 0)`,
    );
    // A token of one or two characters is a single n-gram: its index entry proves the substring.
    if (grams.length && [...token].length <= 2) return;
    parts.push(`strpos(lower(c.search_text), :qText${i}) > 0`);
    params[`qText${i}`] = lower;
  });
  return parts.length ? { sql: parts.join(' AND '), params } : undefined;
}

/** Exact ID-number and phone searches one user may make per minute. */
export const IDENTIFIER_SEARCH_LIMIT = 30;
const WINDOW_MS = 60_000;

/**
 * A sliding one-minute window per user over exact ID-number and phone searches (in this process:
 * docs/security.md). Past the limit: 429 with `Retry-After`.
 */
export class IdentifierSearchLimiter extends SlidingWindowLimiter {
  constructor(limit = IDENTIFIER_SEARCH_LIMIT, now: () => number = Date.now) {
    super(limit, WINDOW_MS, (seconds) => `按身份证号或手机号查找过于频繁,请 ${seconds} 秒后再试`, now);
  }
}
