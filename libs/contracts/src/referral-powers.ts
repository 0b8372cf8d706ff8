import type { Role } from './roles.js';

/**
 * Who acts on a referral (委派/移交) between a referring body, the judicial office and a committee
 * (docs/domain.md §7). Answering a referral a case has taken in is a case write (WRITE_POWERS.referralAnswer).
 */

/** 分拨: the township judicial office sends a referral to a committee of its area. */
export const REFERRAL_DISPATCHERS: readonly Role[] = ['judicial_officer'];

/** Those who take or return, for the committee, what was dispatched to it (a centre's mediators do intake too). */
export const REFERRAL_ACCEPTORS: readonly Role[] = ['director', 'intake_clerk', 'mediator'];

/** Those who may report back to the referrer (POST /api/referrals/:id/feedback). */
export const REFERRAL_ANSWERERS: readonly Role[] = [...REFERRAL_ACCEPTORS, 'judicial_officer'];

/** 督办 and 评查 of a committee's case: the township judicial office (the county bureau looks on). */
export const CASE_SUPERVISORS: readonly Role[] = ['judicial_officer'];
