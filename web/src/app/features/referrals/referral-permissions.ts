import { CASE_CHANGERS, LIAISON_ROLES, mayCall, mayWrite, OVERSIGHT_READERS } from '@tiaojie/contracts';
import type { Role } from '../../core/api/api-types';
import type { ReferralListItem, ReferralSource } from '../../core/api/referrals-api';
import { SOURCES_BY_ROLE } from '../../shared/labels/referral-labels';

/*
 * Who may act on a referral is the API's policy (libs/contracts, imported as @tiaojie/contracts); this
 * file adds when, by the referral's status, the web offers it.
 */

/** How the referral list reads for a role: the referrer's own list, the office's inbox, a committee's incoming. */
export type ReferralView = 'liaison' | 'inbox' | 'incoming';

/** The judicial office and the county bureau above it (the oversight board's readers) read referrals as an inbox. */
export function referralView(role: Role | undefined): ReferralView {
  if (role && OVERSIGHT_READERS.includes(role)) return 'inbox';
  if (role && CASE_CHANGERS.includes(role)) return 'incoming';
  return 'liaison';
}

/** The channels a liaison may file through; empty for everyone else. */
export function referralSources(role: Role | undefined): readonly ReferralSource[] {
  return (role && LIAISON_ROLES.includes(role) && SOURCES_BY_ROLE[role]) || [];
}

export function mayFileReferral(role: Role | undefined): boolean {
  return referralSources(role).length > 0;
}

/** Only the judicial office sends a new (or returned) referral to a committee. */
export function mayDispatch(item: ReferralListItem, role: Role | undefined): boolean {
  return (
    !!role &&
    mayCall(role, 'POST /api/referrals/:id/dispatch') &&
    (item.status === 'received' || item.status === 'declined')
  );
}

/** The committee's director, intake clerk or mediator takes or returns what was dispatched to it. */
export function mayDecide(item: ReferralListItem, role: Role | undefined): boolean {
  return !!role && mayCall(role, 'POST /api/referrals/:id/accept') && item.status === 'dispatched';
}

const FEEDBACK = 'POST /api/referrals/:id/feedback';

/**
 * A report to the referrer (the police want one within 24 hours): while dispatched, the committee's
 * acceptors and the office; once a case has taken the referral in, only that case's team and the
 * director (`onCaseTeam`: whether the user is on the team of the referral's case, when known).
 */
export function mayGiveFeedback(item: ReferralListItem, role: Role | undefined, onCaseTeam = false): boolean {
  if (!role || !mayCall(role, FEEDBACK)) return false;
  if (item.caseId !== null) {
    return item.status === 'accepted' && mayWrite(role, onCaseTeam, 'referralAnswer');
  }
  return item.status === 'dispatched';
}

/** Whether feedback depends on the user's place on the case team, so the case must be asked. */
export function asksCaseTeam(item: ReferralListItem, role: Role): boolean {
  return (
    item.caseId !== null &&
    item.status === 'accepted' &&
    mayCall(role, FEEDBACK) &&
    mayWrite(role, true, 'referralAnswer') &&
    !mayWrite(role, false, 'referralAnswer')
  );
}
