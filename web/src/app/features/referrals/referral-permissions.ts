import type { Role } from '../../core/api/api-types';
import type { ReferralListItem, ReferralSource } from '../../core/api/referrals-api';
import { SOURCES_BY_ROLE } from '../../shared/labels/referral-labels';

/** How the referral list reads for a role: the referrer's own list, the office's inbox, a committee's incoming. */
export type ReferralView = 'liaison' | 'inbox' | 'incoming';

const COMMITTEE_ROLES: readonly Role[] = ['director', 'intake_clerk', 'mediator', 'recorder'];
/** Those who decide for the committee whether to take a referral (the API's rule: a centre's mediators do intake too). */
const DECIDERS: readonly Role[] = ['director', 'intake_clerk', 'mediator'];

export function referralView(role: Role | undefined): ReferralView {
  if (role === 'judicial_officer' || role === 'county_bureau') return 'inbox';
  if (role && COMMITTEE_ROLES.includes(role)) return 'incoming';
  return 'liaison';
}

/** The channels a liaison may file through; empty for everyone else. */
export function referralSources(role: Role | undefined): readonly ReferralSource[] {
  return (role && SOURCES_BY_ROLE[role]) || [];
}

export function mayFileReferral(role: Role | undefined): boolean {
  return referralSources(role).length > 0;
}

/** Only the judicial office sends a new (or returned) referral to a committee. */
export function mayDispatch(item: ReferralListItem, role: Role | undefined): boolean {
  return role === 'judicial_officer' && (item.status === 'received' || item.status === 'declined');
}

/** The committee's director or intake clerk takes or returns what was dispatched to it. */
export function mayDecide(item: ReferralListItem, role: Role | undefined): boolean {
  return !!role && DECIDERS.includes(role) && item.status === 'dispatched';
}

/** A report to the referrer (the police want one within 24 hours): the committee once it took the case, or the office. */
export function mayGiveFeedback(item: ReferralListItem, role: Role | undefined): boolean {
  if (role === 'judicial_officer') return item.status === 'dispatched' || item.status === 'accepted';
  return !!role && DECIDERS.includes(role) && item.status === 'accepted';
}
