/**
 * Who may change a case, in one table that the API enforces and the web app reads to decide which
 * buttons to show (docs/domain.md §8, §10.6; docs/security.md). Dependency-free on purpose: the API
 * imports it by a relative path, the web app through the `@tiaojie/contracts` path alias.
 */

import type { Role } from './roles.js';

export type { Role } from './roles.js';

/** The transitions of the case state machine (docs/domain.md §10.2; the API's case-status.ts). */
export const CASE_ACTIONS = [
  'accept',
  'reject',
  'assign',
  'pause',
  'resume',
  'extend',
  'terminate',
  'transfer',
  'close',
  'archive',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * What a change of a case needs of the caller:
 * - `work`: the case team (its mediators, the recorder, the one who registered it) and the director;
 * - `intake`: also every intake clerk of the committee: accepting or not accepting a registration, a
 *   party's refusal (Art 17) and a risk report (Art 25), which intake may meet first;
 * - `direct`: the director only (naming, replacing or evicting mediators, closing, archiving).
 */
export type CasePower = 'work' | 'intake' | 'direct';

/** The power each transition needs (POST /api/cases/:id/<action>). */
export const ACTION_POWERS: Readonly<Record<CaseAction, CasePower>> = {
  accept: 'intake',
  reject: 'intake',
  assign: 'direct',
  pause: 'work',
  resume: 'work',
  extend: 'work',
  terminate: 'work',
  transfer: 'work',
  close: 'direct',
  archive: 'direct',
};

/**
 * Every other write to a case: the power it needs and the routes that make it (docs/api.md). The API
 * asks `assertMayWrite(…, write)`; the access-matrix test checks each route's cells against the power.
 */
export const CASE_WRITES = {
  session: { power: 'work', routes: ['POST /api/cases/:id/sessions'] },
  agreement: {
    power: 'work',
    routes: [
      'POST /api/cases/:id/agreements',
      'PATCH /api/agreements/:id',
      'POST /api/agreements/:id/signatures',
      'POST /api/agreements/:id/scans',
      'POST /api/agreements/:id/finalise',
    ],
  },
  /** The director's seal on a paper-signed agreement. */
  sealApproval: { power: 'direct', routes: ['POST /api/agreements/:id/seal-approval'] },
  followUp: {
    power: 'work',
    routes: [
      'POST /api/agreements/:id/performance',
      'POST /api/agreements/:id/urgings',
      'POST /api/cases/:id/return-visits',
      'POST /api/agreements/:id/judicial-confirmation',
      'PATCH /api/judicial-confirmations/:id',
    ],
  },
  risk: { power: 'intake', routes: ['POST /api/cases/:id/risk'] },
  refusal: { power: 'intake', routes: ['POST /api/cases/:id/refusals'] },
  /** 告知与同意: the rights notice is given at intake, so intake records it (and consents) too. */
  consent: { power: 'intake', routes: ['POST /api/cases/:id/consents'] },
  conflict: { power: 'work', routes: ['POST /api/cases/:id/conflicts'] },
  undisputedFacts: { power: 'work', routes: ['PUT /api/cases/:id/undisputed-facts'] },
  prevention: { power: 'work', routes: ['PUT /api/cases/:id/prevention'] },
  sensitivity: {
    power: 'work',
    routes: ['PUT /api/cases/:id/sensitivity', 'PUT /api/cases/:id/sessions/:sessionId/sensitivity'],
  },
  /** Once a case has taken the referral in, only its team answers (before, the committee's acceptors). */
  referralAnswer: { power: 'work', routes: [] },
  evidence: { power: 'work', routes: ['POST /api/cases/:id/evidence'] },
  /** 调查记录 (form 5): the case team's interviews. */
  investigation: { power: 'work', routes: ['POST /api/cases/:id/investigations'] },
  /** A one-time link for a party (read, sign, evaluate), sent by SMS to the party's phone. */
  partyLink: { power: 'work', routes: ['POST /api/cases/:id/party-links'] },
  /** 重新调解: a linked new case after the court refused to confirm the agreement or voided it. */
  remediation: { power: 'work', routes: ['POST /api/cases/:id/remediation'] },
  correct: {
    power: 'intake',
    routes: ['PATCH /api/cases/:id', 'POST /api/cases/:id/parties', 'PATCH /api/cases/:id/parties/:partyId'],
  },
} as const satisfies Record<string, { power: CasePower; routes: readonly string[] }>;
export type CaseWrite = keyof typeof CASE_WRITES;

/** The power of each write (CASE_WRITES without the routes). */
export const WRITE_POWERS = Object.fromEntries(
  Object.entries(CASE_WRITES).map(([write, { power }]) => [write, power]),
) as { readonly [W in CaseWrite]: (typeof CASE_WRITES)[W]['power'] };

/** Statuses in which a case is no longer the committee's to correct (409 CASE_FINISHED). */
export const UNCORRECTABLE_STATUSES: readonly string[] = [
  'closed',
  'archived',
  'not_accepted',
  'transferred_out',
];

/** Roles that change cases at all; anyone else is refused with 403 whatever the case. */
export const CASE_CHANGERS: readonly Role[] = ['director', 'mediator', 'recorder', 'intake_clerk'];

/** Roles that read only the cases whose team they are on (the others read their organisation's subtree). */
export const CASE_TEAM_READERS: readonly Role[] = ['mediator', 'recorder'];

/** Roles that register a dispute (POST /api/cases). */
export const CASE_REGISTRARS: readonly Role[] = ['mediator', 'director', 'intake_clerk'];

/** Whether `role`, on the case team or not, may make a change that needs `power`. */
export function mayChange(role: Role, onTeam: boolean, power: CasePower): boolean {
  if (role === 'director') return true;
  if (power === 'direct') return false;
  if (power === 'intake' && role === 'intake_clerk') return true;
  return CASE_CHANGERS.includes(role) && onTeam;
}

/** ID numbers, phones and birth dates in full: the case team, except recorders (docs/domain.md §10.6). */
export function seesPersonalData(role: Role, onTeam: boolean): boolean {
  return onTeam && role !== 'recorder';
}

/**
 * Whether the caller is on the team of a case it has read, from what the case detail tells it
 * (`personalDataVisible`): mediators and recorders read only their team's cases; for every other role
 * unmasked personal data means the team (seesPersonalData). The web app uses it to ask mayChange.
 */
export function onCaseTeam(role: Role, personalDataVisible: boolean): boolean {
  return CASE_TEAM_READERS.includes(role) || personalDataVisible;
}

/**
 * Whether `role` prints a case's forms, records and agreement: the case team and the director
 * (who off the team prints masked contact details, as the detail shows him).
 */
export function mayPrint(role: Role, onTeam: boolean): boolean {
  return onTeam || role === 'director';
}

/** Whether `role` may make the write `write` on a case (the web app's question before showing it). */
export function mayWrite(role: Role, onTeam: boolean, write: CaseWrite): boolean {
  return mayChange(role, onTeam, WRITE_POWERS[write]);
}
