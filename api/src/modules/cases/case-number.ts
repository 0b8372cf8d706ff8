import type { EntityManager } from 'typeorm';

/** The calendar year in China, where case numbers are counted. */
export function chinaYear(date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(date));
}

/**
 * Next number in the committee's yearly sequence. The counter row is locked
 * by the update until the creating transaction ends, so numbers have no gaps
 * (a rolled-back creation rolls its number back too) and no duplicates.
 */
export async function nextCaseSeq(
  manager: EntityManager,
  organisationId: string,
  year: number,
): Promise<number> {
  const rows: { last_value: number }[] = await manager.query(
    `INSERT INTO case_number_counters (organisation_id, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (organisation_id, year) DO UPDATE SET last_value = case_number_counters.last_value + 1
     RETURNING last_value`,
    [organisationId, year],
  );
  return rows[0]!.last_value;
}

/** `(2026)枫调字第0012号` */
export function formatCaseNumber(year: number, prefix: string | null, seq: number): string {
  return `(${year})${prefix ?? '人调'}字第${String(seq).padStart(4, '0')}号`;
}
