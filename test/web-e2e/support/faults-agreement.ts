import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FaultClient } from './faults-http.js';
import type { RestartablePostgres } from './faults-postgres.js';

const pdfDir = mkdtempSync(join(tmpdir(), 'tiaojie-faults-pdf-'));
let pdfs = 0;

/** Everything that finalising an agreement changes, read straight from the database and the API. */
export interface FinaliseState {
  status: string;
  caseStatus: string;
  hasPdf: boolean;
  pdfSha256: string | null;
  effectiveAt: string | null;
  /** 确认生效 lines on the case timeline. */
  timelineLines: number;
  /** `agreement.finalise` rows of the audit trail. */
  auditRows: number;
  /** Deadlines of the agreement's performance (the pay term is due today). */
  performanceClocks: number;
  /** The PDF the API serves: its SHA-256 and whether pdfsig finds its signature valid. */
  served?: { status: number; sha256: string; signatureValid: boolean };
}

export type Outcome = 'effective' | 'pending' | 'half';

export async function finaliseState(
  db: RestartablePostgres,
  client: FaultClient,
  agreementId: string,
): Promise<FinaliseState> {
  const [row] = await db.sql<{
    status: string;
    case_status: string;
    has_pdf: boolean;
    pdf_sha256: string | null;
    effective_at: Date | null;
    timeline: number;
    audit: number;
    clocks: number;
  }>(
    `SELECT a.status, c.status AS case_status, a.pdf IS NOT NULL AS has_pdf, a.pdf_sha256, a.effective_at,
            (SELECT count(*)::int FROM case_events e WHERE e.case_id = c.id AND e.kind = 'agreement_effective') AS timeline,
            (SELECT count(*)::int FROM audit_events u WHERE u.entity_id = a.id::text AND u.action = 'agreement.finalise') AS audit,
            (SELECT count(*)::int FROM clocks k WHERE k.agreement_id = a.id AND k.kind <> 'signature') AS clocks
       FROM agreements a JOIN cases c ON c.id = a.case_id WHERE a.id = $1`,
    [agreementId],
  );
  if (!row) throw new Error(`agreement ${agreementId} is gone`);
  const state: FinaliseState = {
    status: row.status,
    caseStatus: row.case_status,
    hasPdf: row.has_pdf,
    pdfSha256: row.pdf_sha256,
    effectiveAt: row.effective_at ? row.effective_at.toISOString() : null,
    timelineLines: row.timeline,
    auditRows: row.audit,
    performanceClocks: row.clocks,
  };
  if (row.status === 'effective') {
    const res = await fetch(`${client.base}/api/agreements/${agreementId}/pdf`, {
      headers: { authorization: `Bearer ${client.token}` },
      signal: AbortSignal.timeout(30_000),
    });
    const pdf = Buffer.from(await res.arrayBuffer());
    state.served = {
      status: res.status,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      signatureValid: res.ok && pdfsigValid(pdf),
    };
  }
  return state;
}

/** Poppler's pdfsig on the served file: the committee's PAdES signature covers the document. */
function pdfsigValid(pdf: Buffer): boolean {
  const file = join(pdfDir, `${++pdfs}.pdf`);
  writeFileSync(file, pdf);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' }).includes('Signature is Valid.');
  } catch {
    return false; // pdfsig exits non-zero when the signature does not verify
  }
}

/**
 * Effective: with its PDF (served, the stored digest, a valid signature), the case moved on, one
 * timeline line, one audit row, its performance clocks. Pending: none of those. Anything else is half.
 */
export function outcomeOf(s: FinaliseState): Outcome {
  if (
    s.status === 'effective' &&
    s.caseStatus === 'agreement_effective' &&
    s.hasPdf &&
    s.effectiveAt !== null &&
    s.timelineLines === 1 &&
    s.auditRows === 1 &&
    s.performanceClocks > 0 &&
    s.served?.status === 200 &&
    s.served.sha256 === s.pdfSha256 &&
    s.served.signatureValid
  )
    return 'effective';
  if (
    s.status === 'signing' &&
    s.caseStatus === 'agreement_pending' &&
    !s.hasPdf &&
    s.pdfSha256 === null &&
    s.effectiveAt === null &&
    s.timelineLines === 0 &&
    s.auditRows === 0 &&
    s.performanceClocks === 0
  )
    return 'pending';
  return 'half';
}
