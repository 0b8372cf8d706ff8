import type { Role } from '@tiaojie/contracts';
import type { ReferralListItem, ReferralStatus } from '../../core/api/referrals-api';
import {
  asksCaseTeam,
  mayDecide,
  mayDispatch,
  mayFileReferral,
  mayGiveFeedback,
  referralView,
} from './referral-permissions';

const ROLES: readonly Role[] = [
  'mediator',
  'recorder',
  'director',
  'intake_clerk',
  'judicial_officer',
  'county_bureau',
  'court_liaison',
  'police_liaison',
  'petition_liaison',
  'admin',
];
const CASE_ID = '6c1f4f36-1f3e-4d6f-9a55-2f1b8b7f0a01';

function item(status: ReferralStatus, caseId: string | null = null): ReferralListItem {
  return { status, caseId } as ReferralListItem;
}

describe('referral permissions (the shared policy, as the web asks it)', () => {
  it('lets only the judicial office dispatch, a received or returned referral', () => {
    expect(ROLES.filter((role) => mayDispatch(item('received'), role))).toEqual(['judicial_officer']);
    expect(mayDispatch(item('declined'), 'judicial_officer')).toBe(true);
    expect(mayDispatch(item('dispatched'), 'judicial_officer')).toBe(false);
  });

  it('lets the committee’s director, intake clerk and mediators decide what was dispatched', () => {
    expect(ROLES.filter((role) => mayDecide(item('dispatched'), role))).toEqual([
      'mediator',
      'director',
      'intake_clerk',
    ]);
    expect(mayDecide(item('accepted', CASE_ID), 'director')).toBe(false);
  });

  it('before a case takes it in, the acceptors and the office answer the referrer', () => {
    expect(ROLES.filter((role) => mayGiveFeedback(item('dispatched'), role))).toEqual([
      'mediator',
      'director',
      'intake_clerk',
      'judicial_officer',
    ]);
  });

  it('once a case holds it, only that case’s team and the director answer (not the 司法所)', () => {
    const accepted = item('accepted', CASE_ID);
    expect(ROLES.filter((role) => mayGiveFeedback(accepted, role, false))).toEqual(['director']);
    expect(ROLES.filter((role) => mayGiveFeedback(accepted, role, true))).toEqual([
      'mediator',
      'director',
      'intake_clerk',
    ]);
    // The page asks the case for the team only where the answer depends on it.
    expect(ROLES.filter((role) => asksCaseTeam(accepted, role))).toEqual(['mediator', 'intake_clerk']);
    expect(asksCaseTeam(item('dispatched'), 'mediator')).toBe(false);
  });

  it('reads the list as an inbox for the office and the bureau, as incoming for the committee', () => {
    expect(ROLES.map((role) => [role, referralView(role)])).toEqual([
      ['mediator', 'incoming'],
      ['recorder', 'incoming'],
      ['director', 'incoming'],
      ['intake_clerk', 'incoming'],
      ['judicial_officer', 'inbox'],
      ['county_bureau', 'inbox'],
      ['court_liaison', 'liaison'],
      ['police_liaison', 'liaison'],
      ['petition_liaison', 'liaison'],
      ['admin', 'liaison'],
    ]);
    expect(ROLES.filter((role) => mayFileReferral(role))).toEqual([
      'court_liaison',
      'police_liaison',
      'petition_liaison',
    ]);
  });
});
