import {
  ACTION_POWERS,
  type CaseWrite,
  mayCall,
  mayChange,
  mayPrint,
  mayWrite,
  onCaseTeam,
  UNCORRECTABLE_STATUSES,
} from '@tiaojie/contracts';
import type { CaseAction, CaseDetail, CaseStatus, Party, Role } from '../../core/api/api-types';
import type { RemediationGround } from '../../core/api/cases-api';
import { chinaDay } from '../../shared/forms/dates';
import type { PrintableDocument } from '../../shared/ui/print-dialog/print-dialog';
import { CASES_TEXTS } from './cases.texts';

/*
 * Who may do what is the API's policy (libs/contracts, imported as @tiaojie/contracts); this file only
 * adds when, by the case's status, the web offers it. Transitions come filtered by the API itself
 * (`allowedActions` of the case detail).
 */

/** Sessions are recorded while mediation runs (the API's rule). */
const RECORDABLE: readonly CaseStatus[] = ['in_mediation', 'agreement_pending'];
const FINISHED: readonly CaseStatus[] = ['closed', 'archived'];
/** Where 无争议事实 matter: mediation under way or failed, or a case referred by a court or another body. */
const UNDISPUTED_FACTS: readonly CaseStatus[] = ['terminated', 'in_mediation', 'paused'];
/** Not (or no longer) the committee's case: nothing prevented to count; an archived file is sealed. */
const NOT_ACCEPTED: readonly CaseStatus[] = ['registered', 'not_accepted', 'transferred_out', 'archived'];
/** Files the judicial office may review (评查). */
const REVIEWABLE: readonly CaseStatus[] = ['closed', 'archived', 'terminated'];

/** Records added to a case from its action bar (each a write of the shared policy). */
export type CaseEventKind = Extract<CaseWrite, 'risk' | 'refusal' | 'conflict'>;
const EVENT_KINDS: readonly CaseEventKind[] = ['risk', 'refusal', 'conflict'];

/** Whether the user may make `write` on this case: the shared policy, the user's role and team. */
export function mayWriteCase(detail: CaseDetail, role: Role | undefined, write: CaseWrite): boolean {
  return !!role && mayWrite(role, onCaseTeam(role, detail.personalDataVisible), write);
}

/**
 * Buttons to offer: the transitions the API says this user may perform now (it filters them by the
 * same policy; asking it again here keeps a stale or foreign answer from offering a refused button).
 */
export function visibleActions(detail: CaseDetail, role: Role | undefined): CaseAction[] {
  if (!role) return [];
  const onTeam = onCaseTeam(role, detail.personalDataVisible);
  return detail.allowedActions.filter((action) => mayChange(role, onTeam, ACTION_POWERS[action]));
}

export function mayRecordSession(detail: CaseDetail, role: Role | undefined): boolean {
  return RECORDABLE.includes(detail.status) && mayWriteCase(detail, role, 'session');
}

/** An agreement is drafted while mediation runs (the API answers 409 otherwise). */
export function mayDraftAgreement(detail: CaseDetail, role: Role | undefined): boolean {
  return detail.status === 'in_mediation' && mayWriteCase(detail, role, 'agreement');
}

/** Risk reports, refusals and conflicts may be recorded until the file is closed, each by its power. */
export function recordableEvents(detail: CaseDetail, role: Role | undefined): CaseEventKind[] {
  if (FINISHED.includes(detail.status)) return [];
  return EVENT_KINDS.filter((kind) => mayWriteCase(detail, role, kind));
}

/** Performance, urging, return visits and 司法确认 after the agreement takes effect. */
export function mayRecordFollowUp(detail: CaseDetail, role: Role | undefined): boolean {
  return !FINISHED.includes(detail.status) && mayWriteCase(detail, role, 'followUp');
}

export function mayRegister(role: Role | undefined): boolean {
  return !!role && mayCall(role, 'POST /api/cases');
}

/** The 无争议事实 card is shown for referred cases and while mediation runs, halts or has failed. */
export function showsUndisputedFacts(detail: CaseDetail): boolean {
  return detail.referralId !== null || UNDISPUTED_FACTS.includes(detail.status);
}

export function mayRecordUndisputedFacts(detail: CaseDetail, role: Role | undefined): boolean {
  return showsUndisputedFacts(detail) && mayWriteCase(detail, role, 'undisputedFacts');
}

/** 防止情况 (for the statistics) once the case is accepted. */
export function mayRecordPrevention(detail: CaseDetail, role: Role | undefined): boolean {
  return !NOT_ACCEPTED.includes(detail.status) && mayWriteCase(detail, role, 'prevention');
}

/** 督办 is the township judicial office's (the county bureau looks on). */
export function maySupervise(role: Role | undefined): boolean {
  return !!role && mayCall(role, 'POST /api/cases/:id/supervise');
}

export function mayReview(detail: CaseDetail, role: Role | undefined): boolean {
  return maySupervise(role) && REVIEWABLE.includes(detail.status);
}

/** 更正: the registered facts and the parties, while the case is still the committee's. */
export function mayCorrect(detail: CaseDetail, role: Role | undefined): boolean {
  return !UNCORRECTABLE_STATUSES.includes(detail.status) && mayWriteCase(detail, role, 'correct');
}

/** 当事人链接 are sent by the case team while the case is the committee's. */
export function maySendPartyLink(detail: CaseDetail, role: Role | undefined): boolean {
  return !UNCORRECTABLE_STATUSES.includes(detail.status) && mayWriteCase(detail, role, 'partyLink');
}

/**
 * 重新调解 is offered to the case team once the court refused to confirm the agreement, or while an
 * agreement is in effect (a judgment may void it), until a new mediation is registered.
 */
export function remediationGrounds(detail: CaseDetail, role: Role | undefined): RemediationGround[] {
  if (detail.remediation || !mayWriteCase(detail, role, 'remediation')) return [];
  const grounds: RemediationGround[] = [];
  if (detail.followUp.judicialConfirmations.some((j) => j.status === 'refused'))
    grounds.push('confirmation_refused');
  if (detail.agreements.some((a) => a.status === 'effective')) grounds.push('agreement_invalidated');
  return grounds;
}

/** 证据材料 are added by the case team while the case is the committee's (the API's rule). */
/** 告知与同意: recorded by whoever may take the case in, while the case is the committee's. */
export function mayRecordConsent(detail: CaseDetail, role: Role | undefined): boolean {
  return !UNCORRECTABLE_STATUSES.includes(detail.status) && mayWriteCase(detail, role, 'consent');
}

/** Parties (not refused) with no rights notice on record: acceptance and their sessions wait for it. */
export function partiesUntold(detail: CaseDetail): Party[] {
  const told = new Set(detail.consents.filter((k) => k.kind === 'rights_notice').map((k) => k.partyId));
  return detail.parties.filter((p) => !p.refusedAt && !told.has(p.id));
}

/** 调查记录: the case team, while the case is the committee's. */
export function mayRecordInvestigation(detail: CaseDetail, role: Role | undefined): boolean {
  return !UNCORRECTABLE_STATUSES.includes(detail.status) && mayWriteCase(detail, role, 'investigation');
}

export function mayAddEvidence(detail: CaseDetail, role: Role | undefined): boolean {
  return !UNCORRECTABLE_STATUSES.includes(detail.status) && mayWriteCase(detail, role, 'evidence');
}

/** A termination notice exists: the case was terminated, or its effective agreement left matters open. */
function terminatesMatters(detail: CaseDetail): boolean {
  return (
    !!detail.routesInformed ||
    detail.agreements.some((a) => a.status === 'effective' && a.leavesMattersUnresolved)
  );
}

/**
 * What 打印文书 offers: the case's forms, a record per session and the bound volume, to whoever the
 * policy lets print (the case team, the director); nothing while the texts are withheld (a sensitive
 * case off the team: the director reads it first with a reason).
 */
export function printableDocuments(detail: CaseDetail, role: Role | undefined): PrintableDocument[] {
  if (!role || !detail.sensitiveContentVisible) return [];
  if (!mayPrint(role, onCaseTeam(role, detail.personalDataVisible))) return [];
  const T = CASES_TEXTS.print;
  const forms = `/api/cases/${encodeURIComponent(detail.id)}/documents`;
  return [
    { label: T.application, url: `${forms}/application.pdf` },
    { label: T.acceptance, url: `${forms}/acceptance.pdf` },
    { label: T.rightsNotice, url: `${forms}/rights-notice.pdf` },
    ...(terminatesMatters(detail) ? [{ label: T.termination, url: `${forms}/termination.pdf` }] : []),
    ...detail.sessions.map((s) => ({
      label: T.session(chinaDay(new Date(s.startedAt))),
      url: `/api/sessions/${encodeURIComponent(s.id)}/record.pdf`,
    })),
    ...(detail.followUp.volume
      ? [{ label: T.volume, url: `/api/cases/${encodeURIComponent(detail.id)}/volume.pdf` }]
      : []),
  ];
}
