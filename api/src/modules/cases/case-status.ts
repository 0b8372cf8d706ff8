import { CASE_ACTIONS, type CaseAction } from '../../../../libs/contracts/src/case-powers.js';
import { CaseErrors } from './cases.errors.js';
import type { CaseStatus } from './case.enums.js';

// The actions and the power each needs are the shared policy (libs/contracts), which the web reads too.
export {
  ACTION_POWERS,
  CASE_ACTIONS,
  type CaseAction,
  type CasePower,
} from '../../../../libs/contracts/src/case-powers.js';

interface Transition {
  from: readonly CaseStatus[];
  /** `undefined`: the status stays (an extension). */
  to?: CaseStatus;
}

/**
 * The case state machine of docs/domain.md §10.2, in two tables: the actions a user takes
 * (TRANSITIONS) and the moves that follow from what happened to an agreement (FOLLOW_UP_MOVES).
 * Only the cases module writes `cases.status`: actions through CaseActionsService, moves through
 * moveCaseStatus (case-status-writer.ts).
 */
export const TRANSITIONS: Record<CaseAction, Transition> = {
  accept: { from: ['registered'], to: 'accepted' },
  reject: { from: ['registered'], to: 'not_accepted' },
  assign: { from: ['accepted', 'in_mediation'], to: 'in_mediation' },
  pause: { from: ['in_mediation'], to: 'paused' },
  resume: { from: ['paused'], to: 'in_mediation' },
  extend: { from: ['in_mediation', 'paused'] },
  terminate: { from: ['accepted', 'in_mediation', 'paused'], to: 'terminated' },
  transfer: { from: ['registered', 'accepted', 'in_mediation', 'paused'], to: 'transferred_out' },
  close: { from: ['terminated', 'not_accepted', 'transferred_out', 'performed', 'breached'], to: 'closed' },
  archive: { from: ['closed'], to: 'archived' },
};

export function allowedActions(status: CaseStatus): CaseAction[] {
  return CASE_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/** The status after `action`, or a 409 naming what is allowed now. */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(status))
    throw CaseErrors.illegalTransition(status, action, allowedActions(status));
  return transition.to ?? status;
}

/** The statuses entered by what happened to an agreement, not by an action. */
export type FollowUpStatus =
  'agreement_pending' | 'agreement_effective' | 'performing' | 'performed' | 'breached';

/**
 * Where each follow-up status may be entered from: signing starts (a supplementary agreement may be
 * signed after one took effect), an agreement takes effect (an oral one straight from mediation),
 * performance news moves among the performance statuses (statusAfterPerformance decides which).
 */
export const FOLLOW_UP_MOVES: Readonly<Record<FollowUpStatus, readonly CaseStatus[]>> = {
  agreement_pending: ['in_mediation', 'agreement_effective'],
  agreement_effective: ['in_mediation', 'agreement_pending'],
  performing: ['agreement_effective', 'performed', 'breached'],
  performed: ['agreement_effective', 'performing', 'breached'],
  breached: ['agreement_effective', 'performing'],
};

/** What follow-up learned of an effective agreement's performance. */
export type PerformanceNews = { kind: 'performed'; outstanding: number } | { kind: 'not_performed' };

/** The statuses of a case whose agreement is in effect (docs/domain.md §10.2), moved by follow-up, not actions. */
export const PERFORMANCE_STATUSES: readonly CaseStatus[] = [
  'agreement_effective',
  'performing',
  'performed',
  'breached',
];

/**
 * Days after an obligation's agreed due day before the agreement counts as not performed and the
 * case moves to `breached` (a payment made on the due day may be reported a day or two later).
 */
export const BREACH_GRACE_DAYS = 3;

/**
 * The status after follow-up news, the one rule for the performance statuses: a term performed moves
 * the case to `performing` (or `performed` when none is left), also out of `breached`; a return visit
 * that finds the agreement not performed, or an obligation BREACH_GRACE_DAYS past its due day without
 * performance (the minute sweep), moves an open case to `breached`. Other statuses stay.
 */
export function statusAfterPerformance(status: CaseStatus, news: PerformanceNews): CaseStatus {
  if (!PERFORMANCE_STATUSES.includes(status)) return status;
  if (news.kind === 'performed') return news.outstanding > 0 ? 'performing' : 'performed';
  return status === 'performed' ? status : 'breached';
}
