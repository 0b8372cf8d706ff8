import type { CaseAction, CaseDetail, CaseStatus, Role } from '../../core/api/api-types';

/** Roles that may register a dispute (the API answers 403 to the others). */
const REGISTRARS: readonly Role[] = ['mediator', 'director', 'intake_clerk'];
/** Roles that may change a case at all (the API answers 403 to the others, e.g. 司法所). */
const CHANGERS: readonly Role[] = ['mediator', 'recorder', 'intake_clerk', 'director'];
const DIRECTOR_ONLY: readonly CaseAction[] = ['close', 'archive'];
/** Sessions are recorded while mediation runs (the API's rule). */
const RECORDABLE: readonly CaseStatus[] = ['in_mediation', 'agreement_pending'];
const FINISHED: readonly CaseStatus[] = ['closed', 'archived'];
/** Where 无争议事实 matter: mediation under way or failed, or a case referred by a court or another body. */
const UNDISPUTED_FACTS: readonly CaseStatus[] = ['terminated', 'in_mediation', 'paused'];
/** Not (or no longer) the committee's case: nothing prevented to count; an archived file is sealed. */
const NOT_ACCEPTED: readonly CaseStatus[] = ['registered', 'not_accepted', 'transferred_out', 'archived'];
/** Files the judicial office may review (评查). */
const REVIEWABLE: readonly CaseStatus[] = ['closed', 'archived', 'terminated'];

/** Buttons to offer: the transitions the status allows, less those the user's role may not use. */
export function visibleActions(detail: CaseDetail, role: Role | undefined): CaseAction[] {
  if (!role || !CHANGERS.includes(role)) return [];
  return detail.allowedActions.filter((action) => role === 'director' || !DIRECTOR_ONLY.includes(action));
}

export function mayRecordSession(detail: CaseDetail, role: Role | undefined): boolean {
  return !!role && CHANGERS.includes(role) && RECORDABLE.includes(detail.status);
}

/** An agreement is drafted while mediation runs (the API answers 409 otherwise). */
export function mayDraftAgreement(detail: CaseDetail, role: Role | undefined): boolean {
  return !!role && CHANGERS.includes(role) && detail.status === 'in_mediation';
}

/** Risk reports, refusals and conflicts may be recorded until the file is closed. */
export function mayRecordEvents(detail: CaseDetail, role: Role | undefined): boolean {
  return !!role && CHANGERS.includes(role) && !FINISHED.includes(detail.status);
}

export function mayRegister(role: Role | undefined): boolean {
  return !!role && REGISTRARS.includes(role);
}

/** The 无争议事实 card is shown for referred cases and while mediation runs, halts or has failed. */
export function showsUndisputedFacts(detail: CaseDetail): boolean {
  return detail.referralId !== null || UNDISPUTED_FACTS.includes(detail.status);
}

export function mayRecordUndisputedFacts(detail: CaseDetail, role: Role | undefined): boolean {
  return !!role && CHANGERS.includes(role) && showsUndisputedFacts(detail);
}

/** 防止情况 (for the statistics) once the case is accepted. */
export function mayRecordPrevention(detail: CaseDetail, role: Role | undefined): boolean {
  return !!role && CHANGERS.includes(role) && !NOT_ACCEPTED.includes(detail.status);
}

/** 督办 is the township judicial office's (the county bureau looks on). */
export function maySupervise(role: Role | undefined): boolean {
  return role === 'judicial_officer';
}

export function mayReview(detail: CaseDetail, role: Role | undefined): boolean {
  return maySupervise(role) && REVIEWABLE.includes(detail.status);
}
