import type { CaseQuery, CaseSource, CaseStatus, DisputeType } from '../../../core/api/api-types';
import { isDateString } from '../../../shared/forms/dates';
import {
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  DISPUTE_TYPE_LABELS,
} from '../../../shared/labels/case-labels';
import { CASE_OUTCOME_LABELS, type CaseOutcome } from '../../../shared/labels/stats-labels';

export const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case list's API query, with the outcome filter (调解结果) the statistics drill down with. */
export type CaseListQuery = CaseQuery;

/** The list's filters exactly as they stand in the URL's query string (all optional strings). */
export interface FilterParams {
  q?: string;
  status?: string;
  disputeType?: string;
  source?: string;
  organisationId?: string;
  outcome?: string;
  from?: string;
  to?: string;
  page?: string;
}

function oneOf<K extends string>(
  labels: Readonly<Record<K, string>>,
  value: string | undefined,
): K | undefined {
  return value !== undefined && Object.hasOwn(labels, value) ? (value as K) : undefined;
}

/** The API query for the URL's filters; values the API would refuse (a hand-edited URL) are dropped. */
export function toCaseQuery(params: FilterParams): CaseListQuery {
  const page = Number(params.page);
  return {
    q: params.q?.trim() || undefined,
    status: oneOf<CaseStatus>(CASE_STATUS_LABELS, params.status),
    disputeType: oneOf<DisputeType>(DISPUTE_TYPE_LABELS, params.disputeType),
    source: oneOf<CaseSource>(CASE_SOURCE_LABELS, params.source),
    organisationId:
      params.organisationId && UUID.test(params.organisationId) ? params.organisationId : undefined,
    outcome: oneOf<CaseOutcome>(CASE_OUTCOME_LABELS, params.outcome),
    from: isDateString(params.from) ? params.from : undefined,
    to: isDateString(params.to) ? params.to : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}
