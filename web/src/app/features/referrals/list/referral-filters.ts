import type { ReferralQuery, ReferralStatus } from '../../../core/api/referrals-api';
import { REFERRAL_STATUS_LABELS } from '../../../shared/labels/referral-labels';

export const PAGE_SIZE = 20;

/** The API query for the URL's `status` and `page`; values the API would refuse are dropped. */
export function toReferralQuery(status: string | undefined, page: string | undefined): ReferralQuery {
  const n = Number(page);
  return {
    status:
      status !== undefined && Object.hasOwn(REFERRAL_STATUS_LABELS, status)
        ? (status as ReferralStatus)
        : undefined,
    page: Number.isInteger(n) && n > 1 ? n : 1,
    pageSize: PAGE_SIZE,
  };
}
