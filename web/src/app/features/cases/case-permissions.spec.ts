import { ACTION_POWERS, CASE_ACTIONS, type Role } from '@tiaojie/contracts';
import type { CaseDetail, CaseStatus } from '../../core/api/api-types';
import { caseDetail } from '../../../testing/case-fixtures';
import {
  mayDraftAgreement,
  mayRecordFollowUp,
  mayRecordPrevention,
  mayRecordSession,
  mayRecordUndisputedFacts,
  mayRegister,
  mayReview,
  maySupervise,
  printableDocuments,
  remediationGrounds,
  recordableEvents,
  visibleActions,
} from './case-permissions';

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

/** A case as the API answers it to someone on its team (personal data unmasked) or not. */
function detail(status: CaseStatus, onTeam: boolean, overrides: Partial<CaseDetail> = {}): CaseDetail {
  return caseDetail({
    status,
    allowedActions: [...CASE_ACTIONS],
    personalDataVisible: onTeam,
    ...overrides,
  });
}

describe('case permissions (the shared policy, as the web asks it)', () => {
  it('offers an intake clerk off the team only intake: accept, reject, risk reports and refusals', () => {
    const registered = detail('registered', false);
    expect(visibleActions(registered, 'intake_clerk')).toEqual(['accept', 'reject']);
    expect(recordableEvents(registered, 'intake_clerk')).toEqual(['risk', 'refusal']);
    const mediating = detail('in_mediation', false);
    expect(mayRecordSession(mediating, 'intake_clerk')).toBe(false);
    expect(mayDraftAgreement(mediating, 'intake_clerk')).toBe(false);
    expect(mayRecordUndisputedFacts(mediating, 'intake_clerk')).toBe(false);
    expect(mayRecordPrevention(mediating, 'intake_clerk')).toBe(false);
    expect(mayRecordFollowUp(mediating, 'intake_clerk')).toBe(false);
  });

  it('lets an intake clerk who registered the case (on its team) work it like a mediator, but not direct it', () => {
    const mediating = detail('in_mediation', true);
    expect(visibleActions(mediating, 'intake_clerk')).toEqual(
      CASE_ACTIONS.filter((action) => ACTION_POWERS[action] !== 'direct'),
    );
    expect(mayRecordSession(mediating, 'intake_clerk')).toBe(true);
    expect(mayDraftAgreement(mediating, 'intake_clerk')).toBe(true);
    expect(recordableEvents(mediating, 'intake_clerk')).toEqual(['risk', 'refusal', 'conflict']);
  });

  it('never offers assign, close or archive to anyone but the director', () => {
    for (const role of ROLES) {
      for (const onTeam of [true, false]) {
        const shown = visibleActions(detail('in_mediation', onTeam), role);
        const direct = shown.filter((action) => ACTION_POWERS[action] === 'direct');
        expect({ role, onTeam, direct }).toEqual({
          role,
          onTeam,
          direct: role === 'director' ? ['assign', 'close', 'archive'] : [],
        });
      }
    }
  });

  it('offers a mediator or recorder (who read only their own cases) every team write', () => {
    for (const role of ['mediator', 'recorder'] as const) {
      // A recorder reads masked data on his own case: still on the team.
      const mediating = detail('in_mediation', role === 'mediator');
      expect(mayRecordSession(mediating, role)).toBe(true);
      expect(mayDraftAgreement(mediating, role)).toBe(true);
      expect(mayRecordPrevention(mediating, role)).toBe(true);
      expect(recordableEvents(mediating, role)).toEqual(['risk', 'refusal', 'conflict']);
      expect(visibleActions(mediating, role)).not.toContain('assign');
    }
  });

  it('offers the 司法所, the county bureau, liaisons and the admin nothing that changes a case', () => {
    for (const role of [
      'judicial_officer',
      'county_bureau',
      'court_liaison',
      'police_liaison',
      'petition_liaison',
      'admin',
    ] as const) {
      const mediating = detail('in_mediation', false);
      expect({ role, actions: visibleActions(mediating, role) }).toEqual({ role, actions: [] });
      expect(recordableEvents(mediating, role)).toEqual([]);
      expect(mayRecordSession(mediating, role)).toBe(false);
      expect(mayDraftAgreement(mediating, role)).toBe(false);
      expect(mayRecordUndisputedFacts(mediating, role)).toBe(false);
      expect(mayRecordPrevention(mediating, role)).toBe(false);
      expect(mayRecordFollowUp(mediating, role)).toBe(false);
    }
  });

  it('gives 督办 and 评查 to the judicial office only, 评查 on finished files', () => {
    expect(ROLES.filter((role) => maySupervise(role))).toEqual(['judicial_officer']);
    expect(mayReview(detail('closed', false), 'judicial_officer')).toBe(true);
    expect(mayReview(detail('in_mediation', false), 'judicial_officer')).toBe(false);
    expect(mayReview(detail('closed', false), 'county_bureau')).toBe(false);
  });

  it('lets mediators, directors and intake clerks register', () => {
    expect(ROLES.filter((role) => mayRegister(role))).toEqual(['mediator', 'director', 'intake_clerk']);
    expect(mayRegister(undefined)).toBe(false);
  });

  it('still follows the status: no sessions before mediation, no records once closed', () => {
    expect(mayRecordSession(detail('accepted', true), 'mediator')).toBe(false);
    expect(recordableEvents(detail('closed', true), 'director')).toEqual([]);
    expect(mayRecordPrevention(detail('registered', true), 'director')).toBe(false);
  });

  it('offers the termination notice once the case is terminated or an effective agreement left matters open', () => {
    const labels = (d: CaseDetail) => printableDocuments(d, 'mediator').map((p) => p.label);
    const agreement = (leavesMattersUnresolved: boolean) => ({
      id: 'b2c3d4e5-0000-4000-8000-00000000a001',
      agreementNumber: '(2026)枫老调协字第0001号',
      form: 'written' as const,
      status: 'effective' as const,
      effectiveAt: '2026-03-10T02:00:00.000Z',
      leavesMattersUnresolved,
    });
    expect(labels(detail('performing', true, { agreements: [agreement(false)] }))).not.toContain(
      '终止调解告知书',
    );
    expect(labels(detail('performing', true, { agreements: [agreement(true)] }))).toContain('终止调解告知书');
    expect(labels(detail('terminated', true, { routesInformed: '可向人民法院起诉' }))).toContain(
      '终止调解告知书',
    );
  });

  it('offers 重新调解 to the case team after a refusal or on an effective agreement, once only', () => {
    const effective = {
      id: 'b2c3d4e5-0000-4000-8000-00000000a001',
      agreementNumber: '(2026)枫老调协字第0001号',
      form: 'written' as const,
      status: 'effective' as const,
      effectiveAt: '2026-03-10T02:00:00.000Z',
      leavesMattersUnresolved: false,
    };
    const refused = {
      ...caseDetail().followUp,
      judicialConfirmations: [
        {
          id: 'j1',
          agreementId: 'b2c3d4e5-0000-4000-8000-00000000a001',
          court: '诸暨市人民法院',
          appliedAt: '2026-03-12',
          status: 'refused' as const,
          rulingNumber: '(2026)浙0681民特12号',
          rulingDate: '2026-03-20',
        },
      ],
    };
    const performing = detail('performing', true, { agreements: [effective], followUp: refused });
    expect(remediationGrounds(performing, 'mediator')).toEqual([
      'confirmation_refused',
      'agreement_invalidated',
    ]);
    expect(remediationGrounds(detail('in_mediation', true), 'mediator')).toEqual([]);
    expect(
      remediationGrounds(detail('performing', false, { agreements: [effective] }), 'judicial_officer'),
    ).toEqual([]);
    const done = { ...performing, remediation: { id: 'c2', caseNumber: '(2026)枫老调字第0099号' } };
    expect(remediationGrounds(done, 'mediator')).toEqual([]);
  });
});
