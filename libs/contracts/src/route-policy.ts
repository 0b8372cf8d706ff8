import {
  ACTION_POWERS,
  CASE_ACTIONS,
  CASE_CHANGERS,
  CASE_REGISTRARS,
  CASE_WRITES,
  type CasePower,
  mayChange,
  mayPrint,
} from './case-powers.js';
import {
  CASE_SUPERVISORS,
  REFERRAL_ACCEPTORS,
  REFERRAL_ANSWERERS,
  REFERRAL_DISPATCHERS,
} from './referral-powers.js';
import { LIAISON_ROLES, type Role } from './roles.js';

/**
 * The one permission policy: every route of the API, who may call it at all, and what it needs of
 * the case its record belongs to (docs/security.md "The permission policy", docs/domain.md §10.6).
 *
 * - `who`: `public` (no sign-in), `signed_in` (every role), or the roles that may call it; the API's
 *   guard refuses every other role with 403 before anything is read (api/src/modules/auth/auth.guard.ts).
 * - `apiKey`: a referring body's system may call it with its `X-Api-Key` instead of a session.
 * - `onCase`: once the case is found in the caller's scope (404 outside it), the power the caller needs
 *   on it (`mayChange`), `print` (`mayPrint`) or `volume` (`mayReadVolume`); 403 when refused.
 *
 * What a caller may see of a record it may read (masks, private notes, sensitive facts) is the case's
 * own rule (case-powers.ts `seesPersonalData`, the case access service); scope (own case team,
 * organisation, supervised subtree, referring body) is the organisation tree's (org-scope.ts).
 * The web app asks `mayCall` before it shows a menu entry or a button; the access-matrix test checks
 * every cell of every route against this table (test/api/policy-table.spec.ts).
 */
export interface RouteRule {
  /**
   * `party`: a party to a case, with the session its one-time link and SMS code gave it (no staff
   * session counts; the party module's PartyGuard checks it).
   */
  readonly who: 'public' | 'signed_in' | 'party' | readonly Role[];
  readonly apiKey?: true;
  readonly onCase?: CasePower | 'print' | 'volume';
  /** Still callable while the caller must change a temporary password (every other route: 403). */
  readonly duringPasswordChange?: true;
}

/** 统计: the committee's director and the supervisors above it (docs/domain.md §10.6). */
export const STATS_READERS: readonly Role[] = ['director', 'judicial_officer', 'county_bureau'];
/** Locking a month's report: the committee's director and the judicial office (docs/api.md). */
export const PERIOD_LOCKERS: readonly Role[] = ['director', 'judicial_officer'];
/** The oversight board: the township judicial office and the county bureau. */
export const OVERSIGHT_READERS: readonly Role[] = ['judicial_officer', 'county_bureau'];
/**
 * 风险报告 (Art 25): the reporting committee's director, the judicial office above it, and the body that
 * received the report (a police station's liaison, or the judicial office where no station is linked).
 */
export const ESCALATION_READERS: readonly Role[] = ['director', 'judicial_officer', 'police_liaison'];
/** Acknowledging one: the receiving body only (the service checks it is the caller's). */
export const ESCALATION_RECIPIENTS: readonly Role[] = ['judicial_officer', 'police_liaison'];
/** The audit trail: the director (his committee) and the audit administrator (三员分立). */
export const AUDIT_READERS: readonly Role[] = ['director', 'audit_admin'];
/** Checking the audit chain is unbroken (no content): also the supervisors. */
export const AUDIT_VERIFIERS: readonly Role[] = [...AUDIT_READERS, 'judicial_officer', 'county_bureau'];
/**
 * A committee's own configuration (templates, signing certificate, seal, roster, time limits): its
 * director and the admin.
 */
export const COMMITTEE_CONFIGURERS: readonly Role[] = ['admin', 'director'];
/** The system's configuration (organisations, calendar, keys of referring bodies). */
export const SYSTEM_CONFIGURERS: readonly Role[] = ['admin'];
/** Users, roles and passwords: the security administrator (三员分立). */
export const USER_MANAGERS: readonly Role[] = ['security_admin'];

/**
 * Who reads cases at all: the committee's staff (by team or organisation) and the supervisors above it
 * (masked, docs/domain.md §10.6). Liaisons reach a case's outcome only through their referral, and the
 * administrator configures the system without reading its cases (三员分立).
 */
export const CASE_READERS: readonly Role[] = [...CASE_CHANGERS, 'judicial_officer', 'county_bureau'];

/** Who reads referrals: every role but the administrator (each in its own scope, referral-visibility.ts). */
export const REFERRAL_READERS: readonly Role[] = [...CASE_READERS, ...LIAISON_ROLES];

const SIGNED_IN: RouteRule = { who: 'signed_in' };
const PUBLIC: RouteRule = { who: 'public' };
const PARTY: RouteRule = { who: 'party' };
const REFERRAL_READ: RouteRule = { who: REFERRAL_READERS, apiKey: true };
const CASE_READ: RouteRule = { who: CASE_READERS };
const PRINT: RouteRule = { who: CASE_READERS, onCase: 'print' };

/** Routes that need nothing of a case, or only that the caller reads it. */
const ROUTES = {
  // Sign-in, people and organisations
  'GET /api/health': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/logout': { who: 'signed_in', duringPasswordChange: true },
  'POST /api/auth/password': { who: 'signed_in', duringPasswordChange: true },
  'GET /api/me': { who: 'signed_in', duringPasswordChange: true },
  'GET /api/auth/sessions': { who: 'signed_in', duringPasswordChange: true },
  'POST /api/auth/logout-others': { who: 'signed_in', duringPasswordChange: true },
  'GET /api/users': { who: USER_MANAGERS },
  'POST /api/users': { who: USER_MANAGERS },
  'PATCH /api/users/:id': { who: USER_MANAGERS },
  'POST /api/users/:id/reset-password': { who: USER_MANAGERS },
  'GET /api/users/:id/sessions': { who: USER_MANAGERS },
  'POST /api/users/:id/sign-out': { who: USER_MANAGERS },
  'GET /api/organisations': SIGNED_IN,
  'GET /api/organisations/mediation-bodies': SIGNED_IN,
  'GET /api/mediators': SIGNED_IN,
  'POST /api/mediators': { who: COMMITTEE_CONFIGURERS },
  'PATCH /api/mediators/:id': { who: COMMITTEE_CONFIGURERS },
  // Cases and their records: the case's scope decides (404 outside it)
  'GET /api/cases': CASE_READ,
  'POST /api/cases': { who: CASE_REGISTRARS },
  'GET /api/cases/:id': CASE_READ,
  'GET /api/cases/:id/sessions': CASE_READ,
  'GET /api/cases/:id/evidence': CASE_READ,
  'GET /api/cases/:id/investigations': CASE_READ,
  'GET /api/investigations/:id/record.pdf': PRINT,
  'GET /api/evidence/:id/file': PRINT,
  'GET /api/agreements/:id': CASE_READ,
  'GET /api/agreements/:id/check': CASE_READ,
  'GET /api/parties/:partyId/personal-data-export': { who: ['director'] },
  // Prints of a case's documents (each audited with a purpose)
  'GET /api/sessions/:id/record.pdf': PRINT,
  'GET /api/cases/:id/documents/:document': PRINT,
  'GET /api/agreements/:id/pdf': PRINT,
  'GET /api/agreements/:id/scans/:scanId': PRINT,
  'GET /api/agreements/:id/judicial-confirmation.pdf': PRINT,
  'GET /api/cases/:id/volume.pdf': { who: CASE_READERS, onCase: 'volume' },
  // Anyone holding an agreement (a court, a bank) may check it is genuine
  'GET /api/verify/:code': PUBLIC,
  'POST /api/public/applications': PUBLIC,
  'GET /api/public/track/:code': PUBLIC,
  // A party's own channel: the link and code prove the phone; then only that party's own case.
  'POST /api/party/otp': PUBLIC,
  'POST /api/party/session': PUBLIC,
  'GET /api/party/case': PARTY,
  'POST /api/party/evaluations': PARTY,
  'POST /api/documents/verify': PUBLIC,
  // Referrals: a liaison (or its body's API key) sees what its body referred
  'GET /api/escalations': { who: ESCALATION_READERS },
  'POST /api/escalations/:id/acknowledge': { who: ESCALATION_RECIPIENTS },
  'GET /api/referrals': REFERRAL_READ,
  'POST /api/referrals': { who: LIAISON_ROLES, apiKey: true },
  'GET /api/referrals/:id': REFERRAL_READ,
  'GET /api/referrals/:id/feedback.pdf': REFERRAL_READ,
  'GET /api/referrals/:id/agreement.pdf': { ...REFERRAL_READ, onCase: 'print' },
  'POST /api/referrals/:id/dispatch': { who: REFERRAL_DISPATCHERS },
  'POST /api/referrals/:id/accept': { who: REFERRAL_ACCEPTORS },
  'POST /api/referrals/:id/decline': { who: REFERRAL_ACCEPTORS },
  /** Once a case has taken the referral in, only its team answers (CASE_WRITES.referralAnswer). */
  'POST /api/referrals/:id/feedback': { who: REFERRAL_ANSWERERS, onCase: CASE_WRITES.referralAnswer.power },
  // Deadlines, the inbox
  'GET /api/deadlines': SIGNED_IN,
  'POST /api/deadlines/sweep': { who: SYSTEM_CONFIGURERS },
  'GET /api/deadline-rules': SIGNED_IN,
  'PUT /api/deadline-rules/:id': { who: SYSTEM_CONFIGURERS },
  'GET /api/organisations/:id/deadline-rules': { who: COMMITTEE_CONFIGURERS },
  'PUT /api/organisations/:id/deadline-rules/:ruleId': { who: COMMITTEE_CONFIGURERS },
  'DELETE /api/organisations/:id/deadline-rules/:ruleId': { who: COMMITTEE_CONFIGURERS },
  'GET /api/calendar/overrides': SIGNED_IN,
  'PUT /api/calendar/overrides': { who: SYSTEM_CONFIGURERS },
  'DELETE /api/calendar/overrides/:day': { who: SYSTEM_CONFIGURERS },
  'GET /api/notifications': SIGNED_IN,
  'POST /api/notifications/:id/read': SIGNED_IN,
  // Oversight: 督办 and 评查 by the township judicial office, the board also for the county
  'GET /api/oversight/summary': { who: OVERSIGHT_READERS },
  'GET /api/oversight/cases': { who: OVERSIGHT_READERS },
  'GET /api/oversight/review-checklist': SIGNED_IN,
  'POST /api/cases/:id/supervise': { who: CASE_SUPERVISORS },
  'POST /api/cases/:id/reviews': { who: CASE_SUPERVISORS },
  // Statistics and the audit trail
  'GET /api/stats/overview': { who: STATS_READERS },
  'GET /api/stats/trend': { who: STATS_READERS },
  'GET /api/stats/analysis': { who: STATS_READERS },
  'GET /api/stats/report': { who: STATS_READERS },
  'POST /api/stats/periods/:period/lock': { who: PERIOD_LOCKERS },
  'GET /api/audit': { who: AUDIT_READERS },
  'GET /api/audit/verify': { who: AUDIT_VERIFIERS },
  // Configuration
  'POST /api/organisations': { who: SYSTEM_CONFIGURERS },
  'PATCH /api/organisations/:id': { who: SYSTEM_CONFIGURERS },
  'GET /api/organisations/:id/signing-key': { who: COMMITTEE_CONFIGURERS },
  'PUT /api/organisations/:id/signing-key': { who: SYSTEM_CONFIGURERS },
  'PUT /api/organisations/:id/seal': { who: COMMITTEE_CONFIGURERS },
  // Each use names an agreement and its case: the committee's director, not the admin (三员分立).
  'GET /api/organisations/:id/seal-uses': { who: ['director'] },
  'GET /api/organisations/:id/templates': { who: COMMITTEE_CONFIGURERS },
  'GET /api/organisations/:id/templates/:name': { who: COMMITTEE_CONFIGURERS },
  'PUT /api/organisations/:id/templates/:name': { who: COMMITTEE_CONFIGURERS },
  'POST /api/organisations/:id/templates/:name/preview': { who: COMMITTEE_CONFIGURERS },
  'DELETE /api/organisations/:id/templates/:name': { who: COMMITTEE_CONFIGURERS },
  'GET /api/api-keys': { who: SYSTEM_CONFIGURERS },
  'POST /api/api-keys': { who: SYSTEM_CONFIGURERS },
  'DELETE /api/api-keys/:id': { who: SYSTEM_CONFIGURERS },
} as const satisfies Record<string, RouteRule>;

/** The transitions (POST /api/cases/:id/<action>) and every other write, from the case policy: for
 * the roles that change cases at all, each with its power on the case. */
const CASE_CHANGE_ROUTES: Record<string, RouteRule> = Object.fromEntries(
  [
    ...CASE_ACTIONS.map((action) => [`POST /api/cases/:id/${action}`, ACTION_POWERS[action]] as const),
    ...Object.values(CASE_WRITES).flatMap(({ power, routes }) =>
      routes.map((route) => [route, power] as const),
    ),
  ].map(([route, power]): [string, RouteRule] => [route, { who: CASE_CHANGERS, onCase: power }]),
);

/** Every route of the API ("METHOD /path" as the router names it) and its rule. */
export const ROUTE_POLICY: Readonly<Record<string, RouteRule>> = { ...ROUTES, ...CASE_CHANGE_ROUTES };

/** The 卷宗: whoever prints the case's documents, and the judicial office that reviews the file. */
export function mayReadVolume(role: Role, onTeam: boolean): boolean {
  return mayPrint(role, onTeam) || CASE_SUPERVISORS.includes(role);
}

/** Whether `role` may call the route at all (the guard's question; the web app's before a menu entry). */
export function mayCall(role: Role, route: string): boolean {
  const rule = ROUTE_POLICY[route];
  if (!rule || rule.who === 'party') return false;
  return rule.who === 'public' || rule.who === 'signed_in' || rule.who.includes(role);
}

/**
 * Whether `role`, on the team of a case it reads or not, may call the route on that case: the route's
 * roles and, for the case's readers, its power on the case. Routes without a case need only `mayCall`.
 */
export function mayCallOnCase(role: Role, onTeam: boolean, route: string): boolean {
  const rule = ROUTE_POLICY[route];
  if (!rule || !mayCall(role, route)) return false;
  // A liaison reaches a referral's documents through the referral (its scope), not through the case.
  if (!CASE_READERS.includes(role)) return true;
  switch (rule.onCase) {
    case undefined:
      return true;
    case 'print':
      return mayPrint(role, onTeam);
    case 'volume':
      return mayReadVolume(role, onTeam);
    case 'work':
    case 'intake':
    case 'direct':
      return mayChange(role, onTeam, rule.onCase);
  }
}
