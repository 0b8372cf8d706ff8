import pg from 'pg';

/**
 * De-identified export of closed cases, e.g. for training a classifier or a drafting assistant
 * (PIPL Art 73(3) 去标识化; docs/operations.md). Per case: dispute type and subtype, source, amounts,
 * the place cut to the village, months instead of dates, the outcome, and the free texts (facts,
 * requests, agreement terms) with every name known for the case replaced by a role placeholder
 * (甲方, 乙方, 丙方; 甲方代理人; 调解员) and ID numbers, phones, addresses and house numbers masked.
 * No party name, ID number, phone, address, birth date, session record or private note is written.
 */

export interface DeidentifiedCase {
  ref: number;
  committee: string;
  disputeType: string;
  disputeSubtype: string | null;
  source: string;
  place: string | null;
  registeredMonth: string;
  closedMonth: string;
  durationDays: number;
  outcome: 'agreement' | 'terminated' | 'not_accepted' | 'transferred_out' | 'other';
  amountInDispute: string | null;
  agreedAmount: string | null;
  performed: boolean | null;
  parties: { label: string; role: string; kind: string }[];
  sessions: number;
  title: string;
  facts: string;
  requests: string;
  agreement: {
    facts: string;
    responsibility: string;
    terms: { kind: string; amount?: string; text: string }[];
  } | null;
}

export interface NamedPerson {
  name: string;
  label: string;
}

const ROLE_LABELS: Record<string, string> = { applicant: '甲方', respondent: '乙方', third_party: '丙方' };

/** Placeholders per party: 甲方, 乙方, 丙方 — numbered when a role has several parties (甲方1, 甲方2). */
export function partyLabels(parties: { role: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const p of parties) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  const seen = new Map<string, number>();
  return parties.map((p) => {
    const base = ROLE_LABELS[p.role] ?? '当事人';
    const n = (seen.get(p.role) ?? 0) + 1;
    seen.set(p.role, n);
    return (counts.get(p.role) ?? 0) > 1 ? `${base}${n}` : base;
  });
}

/**
 * A function that rewrites free text: the names (and for persons of 3+ characters the given name
 * too, e.g. 秀英 of 王秀英), then anything shaped like an ID number, phone or house number.
 */
export function pseudonymiser(people: NamedPerson[], addresses: string[] = []): (text: string) => string {
  const pairs: [string, string][] = [];
  for (const { name, label } of people) {
    const trimmed = name.trim();
    if (trimmed.length < 2) continue;
    pairs.push([trimmed, label]);
    if (/^[\u4e00-\u9fff]{3,4}$/.test(trimmed)) pairs.push([trimmed.slice(1), label]);
  }
  for (const address of addresses) if (address.trim().length >= 4) pairs.push([address.trim(), '[住址]']);
  pairs.sort((a, b) => b[0].length - a[0].length);
  return (text: string) => {
    let out = text;
    for (const [from, to] of pairs) out = out.split(from).join(to);
    return out
      .replace(/\d{17}[\dXx]|\d{15}/g, '[身份证号]')
      .replace(/(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, '[电话]')
      .replace(/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, '[电话]')
      .replace(/\d+\s*(号楼|号|栋|幢|单元|室|弄|组)/g, '[门牌]');
  };
}

/** `诸暨市枫桥镇枫源村 12 号` → `诸暨市枫桥镇枫源村`; without a village, the township; else nothing. */
export function villageLevel(location: string | null): string | null {
  if (!location) return null;
  const village = /^.*?(村|社区|居委会)/.exec(location);
  if (village) return village[0].trim();
  const township = /^.*?(镇|乡|街道)/.exec(location);
  return township ? township[0].trim() : null;
}

interface CaseRow {
  id: string;
  committee: string;
  dispute_type: string;
  dispute_subtype: string | null;
  source: string;
  location: string | null;
  registered: string;
  closed: string;
  days: number;
  amount_in_dispute: string | null;
  title: string;
  facts: string;
  requests: string;
  accepted: boolean;
  routes_informed: boolean;
  transferred: boolean;
  sessions: number;
}

const month = (from: string) => (/^\d{4}-\d{2}$/.test(from) ? `${from}-01` : from);

/**
 * Streams the closed cases whose closing month lies in [from, to] (YYYY-MM) to `write`, one
 * object each, in one snapshot. Returns the number of cases written.
 */
export async function exportDeidentified(options: {
  url: string;
  from: string;
  to: string;
  write: (item: DeidentifiedCase) => Promise<void> | void;
}): Promise<number> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  let ref = 0;
  try {
    await client.query(`SET TimeZone = 'Asia/Shanghai'`);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(
      `DECLARE tj_deid NO SCROLL CURSOR FOR
       SELECT c.id, o.name AS committee, c.dispute_type, c.dispute_subtype, c.source, c.location,
              to_char(c.created_at, 'YYYY-MM') AS registered, to_char(c.closed_at, 'YYYY-MM') AS closed,
              floor(extract(epoch FROM c.closed_at - c.created_at) / 86400)::int AS days,
              c.amount_in_dispute::text AS amount_in_dispute, c.title, c.facts, c.requests,
              c.accepted_at IS NOT NULL AS accepted, c.routes_informed IS NOT NULL AS routes_informed,
              c.transferred_to_id IS NOT NULL AS transferred,
              (SELECT count(*)::int FROM mediation_sessions s WHERE s.case_id = c.id) AS sessions
         FROM cases c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.status IN ('closed', 'archived') AND c.closed_at IS NOT NULL
          AND c.closed_at >= $1::date AND c.closed_at < ($2::date + interval '1 month')
        ORDER BY c.closed_at, c.id`,
      [month(options.from), month(options.to)],
    );
    for (;;) {
      const { rows } = await client.query<CaseRow>('FETCH FORWARD 200 FROM tj_deid');
      for (const row of rows) await options.write(await deidentify(client, row, ++ref));
      if (rows.length < 200) break;
    }
    await client.query('COMMIT');
    return ref;
  } finally {
    await client.end();
  }
}

async function deidentify(client: pg.ClientBase, c: CaseRow, ref: number): Promise<DeidentifiedCase> {
  const { rows: parties } = await client.query<{
    role: string;
    kind: string;
    name: string;
    agent_name: string | null;
    legal_representative: string | null;
    address: string | null;
  }>(
    `SELECT role, kind, name, agent_name, legal_representative, address FROM parties WHERE case_id = $1
      ORDER BY position`,
    [c.id],
  );
  const { rows: staff } = await client.query<{ name: string }>(
    `SELECT m.name FROM case_mediators cm JOIN mediators m ON m.id = cm.mediator_id WHERE cm.case_id = $1
     UNION SELECT u.name FROM cases k JOIN users u ON u.id = k.registered_by_id WHERE k.id = $1`,
    [c.id],
  );
  const labels = partyLabels(parties);
  const people: NamedPerson[] = parties.flatMap((p, i) => [
    { name: p.name, label: labels[i]! },
    ...(p.agent_name ? [{ name: p.agent_name, label: `${labels[i]}代理人` }] : []),
    ...(p.legal_representative ? [{ name: p.legal_representative, label: `${labels[i]}法定代表人` }] : []),
  ]);
  people.push(...staff.map((s) => ({ name: s.name, label: '调解员' })));
  const clean = pseudonymiser(
    people,
    parties.flatMap((p) => (p.address ? [p.address] : [])),
  );
  const { rows: agreements } = await client.query<{
    facts: string;
    responsibility: string;
    terms: { kind: string; amount?: string; text: string }[];
    performed: boolean;
  }>(
    `SELECT a.facts, a.responsibility, a.terms,
            (SELECT count(DISTINCT pr.term_index) FROM performance_records pr WHERE pr.agreement_id = a.id)
              >= jsonb_array_length(a.terms) AS performed
       FROM agreements a WHERE a.case_id = $1 AND a.status = 'effective' ORDER BY a.effective_at DESC LIMIT 1`,
    [c.id],
  );
  const agreement = agreements[0];
  const agreed = agreement?.terms.reduce((sum, t) => sum + (t.amount ? Number(t.amount) : 0), 0);
  return {
    ref,
    committee: c.committee,
    disputeType: c.dispute_type,
    disputeSubtype: c.dispute_subtype,
    source: c.source,
    place: villageLevel(c.location),
    registeredMonth: c.registered,
    closedMonth: c.closed,
    durationDays: c.days,
    outcome: agreement
      ? 'agreement'
      : c.transferred
        ? 'transferred_out'
        : !c.accepted
          ? 'not_accepted'
          : c.routes_informed
            ? 'terminated'
            : 'other',
    amountInDispute: c.amount_in_dispute,
    agreedAmount: agreed === undefined ? null : agreed.toFixed(2),
    performed: agreement ? agreement.performed : null,
    parties: parties.map((p, i) => ({ label: labels[i]!, role: p.role, kind: p.kind })),
    sessions: c.sessions,
    title: clean(c.title),
    facts: clean(c.facts),
    requests: clean(c.requests),
    agreement: agreement
      ? {
          facts: clean(agreement.facts),
          responsibility: clean(agreement.responsibility),
          terms: agreement.terms.map((t) => ({
            kind: t.kind,
            ...(t.amount ? { amount: t.amount } : {}),
            text: clean(t.text),
          })),
        }
      : null,
  };
}

const CSV_COLUMNS: (keyof DeidentifiedCase)[] = [
  'ref',
  'committee',
  'disputeType',
  'disputeSubtype',
  'source',
  'place',
  'registeredMonth',
  'closedMonth',
  'durationDays',
  'outcome',
  'amountInDispute',
  'agreedAmount',
  'performed',
  'sessions',
  'title',
  'facts',
  'requests',
];

const csvCell = (value: string | number | boolean | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const CSV_HEADER = `${[...CSV_COLUMNS, 'agreementTerms'].join(',')}\n`;

/** One CSV line (the agreement's terms joined with ";"). */
export function csvLine(item: DeidentifiedCase): string {
  const terms = item.agreement?.terms.map((t) => t.text).join(';') ?? '';
  return `${[...CSV_COLUMNS.map((k) => csvCell(item[k] as string | number | boolean | null)), csvCell(terms)].join(',')}\n`;
}
