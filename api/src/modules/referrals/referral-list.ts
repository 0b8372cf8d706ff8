import type { ReferralListItemDto } from './dto/referral.dto.js';
import type { ReferralSource } from './referral.entity.js';

/** The rows of the referral list and detail: the referral, its two organisations and its case. */
export const LIST_SQL = `
  SELECT r.id, r.source, r.external_ref, r.title, r.summary, r.dispute_type, r.status, r.received_at, r.due_date::text,
         r.case_id, ro.id AS ro_id, ro.name AS ro_name, t.id AS t_id, t.name AS t_name,
         c.case_number, c.status AS case_status
    FROM referrals r
    JOIN organisations ro ON ro.id = r.referring_organisation_id
    LEFT JOIN organisations t ON t.id = r.target_organisation_id
    LEFT JOIN cases c ON c.id = r.case_id`;

export interface ListRow {
  id: string;
  source: ReferralSource;
  external_ref: string;
  title: string;
  summary: string;
  dispute_type: ReferralListItemDto['disputeType'];
  status: ReferralListItemDto['status'];
  received_at: Date;
  due_date: string | null;
  case_id: string | null;
  ro_id: string;
  ro_name: string;
  t_id: string | null;
  t_name: string | null;
  case_number: string | null;
  case_status: string | null;
}

/** The outcome a referrer is told about: an effective agreement, or a termination. */
export function outcomeOf(caseStatus: string | null): 'agreement' | 'terminated' | null {
  if (!caseStatus) return null;
  if (['agreement_effective', 'performing', 'performed', 'breached'].includes(caseStatus)) return 'agreement';
  if (caseStatus === 'terminated') return 'terminated';
  return null; // closed/archived cases keep the outcome they had: see detail()
}

export function toListItem(r: ListRow): ReferralListItemDto {
  return {
    id: r.id,
    source: r.source,
    externalRef: r.external_ref,
    title: r.title,
    summary: r.summary,
    disputeType: r.dispute_type,
    status: r.status,
    referringOrganisation: { id: r.ro_id, name: r.ro_name },
    targetOrganisation: r.t_id ? { id: r.t_id, name: r.t_name! } : null,
    receivedAt: r.received_at.toISOString(),
    dueDate: r.due_date,
    caseId: r.case_id,
    caseNumber: r.case_number,
    caseStatus: r.case_status,
    outcome: outcomeOf(r.case_status),
  };
}
