import { PRINCIPALS, type Markers, type Principal } from './access-world.js';

/**
 * Expected status of every route for every caller, on the own organisation's record / on the foreign
 * one ("200/404"; one figure when both are the same). Own: 老杨调解中心 under 枫桥镇司法所 and the
 * referral of 诸暨市人民法院; foreign: a committee under another judicial office (access-world.ts).
 * docs/api.md: 401 without a session, 403 for a role that may not do it at all, 404 for a record outside
 * the caller's scope (never 403, never data). Case actions send a stale version, so 409 means "allowed,
 * reached the state check"; 400/422 likewise mean the role passed and the body or rule stopped it.
 * Columns (PRINCIPALS): mediator (presiding on the own case), recorder (co-mediator on it), director,
 * intake clerk, judicial officer (sfs), county bureau, court / police / petition liaisons, the three administrators (system, security, audit: 三员分立),
 * anonymous, the own court's API key.
 * Own referral: the court's (accepted, with its case); the police and petition liaisons each their own
 * (received, not yet dispatched).
 */
// prettier-ignore
export const MATRIX: Record<string, string> = {
  //                                                    med     rec     dir     intake  sfs     county  court   police  petit   admin   secadm  audadm  anon    apikey
  // Sign-in, people and organisations
  'GET /api/health':                                   '200     200     200     200     200     200     200     200     200     200     200     200     200     200',
  'POST /api/auth/login':                              '200     200     200     200     200     200     200     200     200     200     200     200     200     200',
  'GET /api/me':                                       '200     200     200     200     200     200     200     200     200     200     200     200     401     401',
  'GET /api/auth/sessions':                            '200     200     200     200     200     200     200     200     200     200     200     200     401     401',
  'GET /api/organisations':                            '200     200     200     200     200     200     200     200     200     200     200     200     401     401',
  'GET /api/organisations/mediation-bodies':           '200     200     200     200     200     200     200     200     200     200     200     200     401     401',
  'GET /api/mediators':                                '200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/404 200     200     200     401     401',
  // Cases, sessions, documents: committee staff by scope, case team by assignment; supervisors read masked
  'GET /api/cases':                                    '200/404 200/404 200/404 200/404 200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/cases/:id':                                '200/404 200/404 200/404 200/404 200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/cases/:id/sessions':                       '200/404 200/404 200/404 200/404 200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/cases/:id/evidence':                       '200/404 200/404 200/404 200/404 200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/cases/:id/investigations':                 '200/404 200/404 200/404 200/404 200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/evidence/:id/file':                        '200/404 200/404 200/404 403/404 403/404 403/404 403     403     403     403     403     403     401     401',
  'GET /api/sessions/:id/record.pdf':                  '200/404 200/404 200/404 403/404 403/404 403/404 403     403     403     403     403     403     401     401',
  'GET /api/investigations/:id/record.pdf':            '200/404 200/404 200/404 403/404 403/404 403/404 403     403     403     403     403     403     401     401',
  'GET /api/cases/:id/documents/:document':            '200/404 200/404 200/404 403/404 403/404 403/404 403     403     403     403     403     403     401     401',
  'GET /api/cases/:id/volume.pdf':                     '404     404     404     403/404 404     403/404 403     403     403     403     403     403     401     401',
  'GET /api/parties/:partyId/personal-data-export':    '403     403     200/404 403     403     403     403     403     403     403     403     403     401     401',
  // Agreements and their files; the public check of a printed agreement
  'GET /api/agreements/:id':                           '200/404 200/404 200/404 200/404 200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/agreements/:id/check':                     '200/404 200/404 200/404 200/404 200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/agreements/:id/pdf':                       '200/404 200/404 200/404 403/404 403/404 403/404 403     403     403     403     403     403     401     401',
  'GET /api/agreements/:id/scans/:scanId':             '200/404 200/404 200/404 403/404 403/404 403/404 403     403     403     403     403     403     401     401',
  'GET /api/agreements/:id/judicial-confirmation.pdf': '200/404 200/404 200/404 403/404 403/404 403/404 403     403     403     403     403     403     401     401',
  'GET /api/verify/:code':                             '200     200     200     200     200     200     200     200     200     200     200     200     200     200',
  'POST /api/public/applications':                    '400     400     400     400     400     400     400     400     400     400     400     400     400     400',
  'GET /api/public/track/:code':                       '404     404     404     404     404     404     404     404     404     404     404     404     404     404',
  'POST /api/party/otp':                               '404     404     404     404     404     404     404     404     404     404     404     404     404     404',
  'POST /api/party/session':                           '404     404     404     404     404     404     404     404     404     404     404     404     404     404',
  'GET /api/party/case':                               '401     401     401     401     401     401     401     401     401     401     401     401     401     401',
  'POST /api/party/evaluations':                       '401     401     401     401     401     401     401     401     401     401     401     401     401     401',
  'POST /api/documents/verify':                        '400     400     400     400     400     400     400     400     400     400     400     400     400     400',
  // 风险报告 (Art 25): the receiving body acknowledges; the committee and its offices follow it
  'GET /api/escalations':                              '403     403     200     403     200     403     403     200     403     403     403     403     401     401',
  'POST /api/escalations/:id/acknowledge':             '403     403     403     403     422/404 403     403     200/404 403     403     403     403     401     401',
  // Referrals: a liaison (or its body's API key) sees what its body referred
  'GET /api/referrals':                                '200     200     200     200     200     200     200     200     200     403     403     403     401     200',
  'GET /api/referrals/:id':                            '200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/404 403     403     403     401     200/404',
  'GET /api/referrals/:id/feedback.pdf':               '200/404 200/404 200/404 200/404 200/404 200/404 200/404 409/404 409/404 403     403     403     401     200/404',
  'GET /api/referrals/:id/agreement.pdf':              '200/404 200/404 200/404 403/404 403/404 403/404 200/404 404     404     403     403     403     401     200/404',
  // Deadlines, notifications, oversight, statistics, audit, configuration reads
  'GET /api/deadlines':                                '200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/404 200/404 200     200     200     401     401',
  'GET /api/deadline-rules':                           '200     200     200     200     200     200     200     200     200     200     200     200     401     401',
  'GET /api/calendar/overrides':                       '200     200     200     200     200     200     200     200     200     200     200     200     401     401',
  'GET /api/notifications':                            '200     200     200     200     200     200     200     200     200     200     200     200     401     401',
  'GET /api/oversight/summary':                        '403     403     403     403     200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/oversight/cases':                          '403     403     403     403     200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/oversight/review-checklist':               '200     200     200     200     200     200     200     200     200     200     200     200     401     401',
  'GET /api/stats/overview':                           '403     403     200/404 403     200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/stats/trend':                              '403     403     200/404 403     200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/stats/analysis':                           '403     403     200/404 403     200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/stats/report':                             '403     403     200/404 403     200/404 200/404 403     403     403     403     403     403     401     401',
  'GET /api/audit':                                    '403     403     200     403     403     403     403     403     403     403     403     200     401     401',
  'GET /api/audit/verify':                             '403     403     200     403     200     200     403     403     403     403     403     200     401     401',
  'GET /api/organisations/:id/signing-key':            '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'GET /api/organisations/:id/templates':              '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'GET /api/organisations/:id/templates/:name':        '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'GET /api/api-keys':                                 '403     403     403     403     403     403     403     403     403     200     403     403     401     401',
  // Writes that add something; case actions (stale version: 409 = allowed, refused by state)
  'POST /api/cases':                                   '201/404 403     201/404 201/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/referrals':                               '403     403     403     403     403     403     201     201     201     403     403     403     401     201',
  'POST /api/cases/:id/sessions':                      '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/risk':                          '200/404 200/404 200/404 200/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/supervise':                     '403     403     403     403     201/404 403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/reviews':                       '403     403     403     403     409/404 403     403     403     403     403     403     403     401     401',
  'POST /api/stats/periods/:period/lock':              '403     403     201/404 403     201/404 403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/party-links':                   '201/404 201/404 201/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/remediation':                   '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/evidence':                      '201/404 201/404 201/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/investigations':                '201/404 201/404 201/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/return-visits':                 '201/404 201/404 201/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'PUT /api/cases/:id/prevention':                     '204/404 204/404 204/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'PUT /api/cases/:id/undisputed-facts':               '204/404 204/404 204/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'PUT /api/cases/:id/sensitivity':                    '200/404 200/404 200/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'PUT /api/cases/:id/sessions/:sessionId/sensitivity': '204/404 204/404 204/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/refusals':                      '200/404 200/404 200/404 200/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/consents':                      '200/404 200/404 200/404 200/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/conflicts':                     '200/404 200/404 200/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'PATCH /api/cases/:id':                              '409/404 409/404 409/404 409/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/parties':                       '409/404 409/404 409/404 409/404 403     403     403     403     403     403     403     403     401     401',
  'PATCH /api/cases/:id/parties/:partyId':             '409/404 409/404 409/404 409/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/accept':                        '409/404 409/404 409/404 409/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/reject':                        '409/404 409/404 409/404 409/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/assign':                        '403/404 403/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/pause':                         '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/resume':                        '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/extend':                        '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/terminate':                     '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/transfer':                      '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/close':                         '403/404 403/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/cases/:id/archive':                       '403/404 403/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  // Agreement writes (the effective agreement is frozen: 409 = allowed), follow-up
  'POST /api/cases/:id/agreements':                    '201/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'PATCH /api/agreements/:id':                         '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/agreements/:id/signatures':               '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/agreements/:id/finalise':                 '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/agreements/:id/scans':                    '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/agreements/:id/seal-approval':            '403/404 403/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/agreements/:id/performance':              '201/404 201/404 201/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/agreements/:id/urgings':                  '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/agreements/:id/judicial-confirmation':    '409/404 409/404 409/404 403/404 403     403     403     403     403     403     403     403     401     401',
  'PATCH /api/judicial-confirmations/:id':             '200/404 200/404 200/404 403/404 403     403     403     403     403     403     403     403     401     401',
  // Referral steps, inbox
  'POST /api/referrals/:id/dispatch':                  '403     403     403     403     409/404 403     403     403     403     403     403     403     401     401',
  'POST /api/referrals/:id/accept':                    '409/404 403     409/404 409/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/referrals/:id/decline':                   '409/404 403     409/404 409/404 403     403     403     403     403     403     403     403     401     401',
  'POST /api/referrals/:id/feedback':                  '204/404 403     204/404 403/404 403/404 403     403     403     403     403     403     403     401     401',
  'POST /api/notifications/:id/read':                  '204/404 204/404 204/404 204/404 204/404 204/404 204/404 204/404 204/404 204/404 204/404 204/404 401     401',
  // Configuration (admin; templates also the committee director), last: deletions and sign-out
  'POST /api/organisations':                           '403     403     403     403     403     403     403     403     403     201     403     403     401     401',
  'PATCH /api/organisations/:id':                      '403     403     403     403     403     403     403     403     403     200     403     403     401     401',
  'PUT /api/organisations/:id/seal':                   '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'GET /api/organisations/:id/seal-uses':              '403     403     200/404 403     403     403     403     403     403     403     403     403     401     401',
  'PUT /api/organisations/:id/signing-key':            '403     403     403     403     403     403     403     403     403     400     403     403     401     401',
  'PUT /api/organisations/:id/templates/:name':        '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'POST /api/organisations/:id/templates/:name/preview': '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'DELETE /api/organisations/:id/templates/:name':     '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'POST /api/mediators':                               '403     403     201/404 403     403     403     403     403     403     201     403     403     401     401',
  'PATCH /api/mediators/:id':                          '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'GET /api/organisations/:id/deadline-rules':         '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'PUT /api/organisations/:id/deadline-rules/:ruleId': '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'DELETE /api/organisations/:id/deadline-rules/:ruleId': '403     403     200/404 403     403     403     403     403     403     200     403     403     401     401',
  'PUT /api/deadline-rules/:id':                       '403     403     403     403     403     403     403     403     403     200     403     403     401     401',
  'PUT /api/calendar/overrides':                       '403     403     403     403     403     403     403     403     403     200     403     403     401     401',
  'DELETE /api/calendar/overrides/:day':               '403     403     403     403     403     403     403     403     403     204     403     403     401     401',
  'POST /api/deadlines/sweep':                         '403     403     403     403     403     403     403     403     403     200     403     403     401     401',
  'POST /api/api-keys':                                '403     403     403     403     403     403     403     403     403     201     403     403     401     401',
  'DELETE /api/api-keys/:id':                          '403     403     403     403     403     403     403     403     403     204     403     403     401     401',
  'POST /api/auth/password':                           '400     400     400     400     400     400     400     400     400     400     400     400     401     401',
  'GET /api/users':                                    '403     403     403     403     403     403     403     403     403     403     200     403     401     401',
  'POST /api/users':                                   '403     403     403     403     403     403     403     403     403     403     400     403     401     401',
  'PATCH /api/users/:id':                              '403     403     403     403     403     403     403     403     403     403     200     403     401     401',
  'POST /api/users/:id/reset-password':                '403     403     403     403     403     403     403     403     403     403     200     403     401     401',
  'GET /api/users/:id/sessions':                       '403     403     403     403     403     403     403     403     403     403     200     403     401     401',
  'POST /api/users/:id/sign-out':                      '403     403     403     403     403     403     403     403     403     403     204     403     401     401',
  'POST /api/auth/logout':                             '204     204     204     204     204     204     204     204     204     204     204     204     401     401',
  // Last: it ends the caller's other sessions, the cached tokens of the rows above among them.
  'POST /api/auth/logout-others':                      '204     204     204     204     204     204     204     204     204     204     204     204     401     401',
};

export type Expected = Record<Principal, { own: number; foreign: number }>;

/** The row of a route, one own/foreign pair per column of PRINCIPALS. */
export function expectedRow(route: string): Expected | undefined {
  const text = MATRIX[route];
  if (text === undefined) return undefined;
  const cells = text.trim().split(/\s+/);
  if (cells.length !== PRINCIPALS.length)
    throw new Error(`${route}: ${cells.length} cells, not ${PRINCIPALS.length}`);
  return Object.fromEntries(
    PRINCIPALS.map((who, i) => {
      const [own, foreign = own] = cells[i]!.split('/').map(Number);
      return [who, { own: own!, foreign: foreign! }];
    }),
  ) as Expected;
}

/**
 * Cells that show part of a foreign record by design, and which part. Every other foreign cell shows
 * nothing of it; ID numbers, phones and private notes are never shown.
 */
export const SHOWN_BY_DESIGN: {
  route: string;
  who: Principal | 'anyone';
  shows: (keyof Markers)[];
  why: string;
}[] = [
  {
    route: 'GET /api/verify/:code',
    who: 'anyone',
    shows: ['identifiers'],
    why: 'the public check behind the QR code of a printed agreement names its agreement and case number',
  },
  {
    route: 'GET /api/notifications',
    who: 'judicial_officer',
    shows: ['identifiers'],
    why: 'a court is linked to no committee: every office sees its referral until dispatched and was told of it (referral-visibility.ts)',
  },
];

/**
 * Routes that hand the director one person's own data (PIPL 查阅、复制): the applicant's ID number and
 * phone may appear; private notes and the other party's ID number and phone still may not.
 */
export const SUBJECT_ACCESS = new Set(['GET /api/parties/:partyId/personal-data-export']);
