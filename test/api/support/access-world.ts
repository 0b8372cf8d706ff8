import { readFileSync } from 'node:fs';
import {
  act,
  APPLICANT,
  createUser,
  expectOk,
  mediatorId,
  orgId,
  RESPONDENT,
  RIGHTS_NOTICE,
} from './factories.js';
import { referralBody } from './referral-flow.js';
import type { TestApp } from './test-app.js';

/** The callers of the access matrix, in the order of its columns. */
export const PRINCIPALS = [
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
  'security_admin',
  'audit_admin',
  'anonymous',
  'api_key',
] as const;
export type Principal = (typeof PRINCIPALS)[number];
export type SideName = 'own' | 'foreign';

/** One organisation's records: every path parameter of the API has a value here. */
export interface Side {
  committeeId: string;
  courtId: string;
  caseId: string;
  caseNumber: string;
  version: number;
  partyIds: string[];
  mediatorId: string;
  /** A mediator of the committee not on the case. */
  spareMediatorId: string;
  referralId: string;
  /** The police and petition liaisons' own referrals (received, not yet dispatched). */
  referralOf: Partial<Record<Principal, string>>;
  externalRef: string;
  sessionId: string;
  agreementId: string;
  agreementNumber: string;
  verifyCode: string;
  scanId: string;
  evidenceId: string;
  investigationId: string;
  confirmationId: string;
  /** A red risk report of the case: to the own committee's police station, to the foreign one's office. */
  escalationId: string;
  apiKeyId: string;
  /** The account of this side's mediator (the user routes of the security administrator). */
  userId: string;
  /** A notification of each user of this side, by username. */
  notifications: Map<string, string>;
  /** Text only this side's records hold. */
  markers: Markers;
}

/** Numbers of the records; the parties' names; ID numbers, phones and private notes. */
export type Markers = Record<'identifiers' | 'names' | 'personal', string[]>;

export interface World {
  own: Side;
  foreign: Side;
  /** A system time limit (filing, 30 calendar days) the rule routes change to what it already is. */
  ruleId: number;
  /** Username per principal (none for anonymous and the API key). */
  users: Partial<Record<Principal, string>>;
  /** A key of 诸暨市人民法院, the own court. */
  apiKey: string;
  /** The default source of the agreement template. */
  templateSource: string;
  /** The own case's personal data and private notes: never shown to a role outside the case team. */
  privateMarkers: string[];
  /** The own back-to-back session's private notes. */
  privateNotes: string;
  /** The own applicant's ID number and phone (in the export of their own data). */
  subjectMarkers: string[];
}

const SIGNATURE = `data:image/png;base64,${readFileSync('test/api/fixtures/signature.png').toString('base64')}`;
const SCAN = readFileSync('test/api/fixtures/signature.png');
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** A 居民身份证 number with its check digit. */
function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

const FOREIGN_APPLICANT = {
  ...APPLICANT,
  name: '钱卫东',
  sex: 'male',
  idNumber: idNumber('33062119800101001'),
  phone: '13600000011',
  address: '绍兴市柯桥区平水镇 8 号',
};
const FOREIGN_RESPONDENT = {
  ...RESPONDENT,
  name: '孙美玲',
  sex: 'female',
  idNumber: idNumber('33062119900202002'),
  phone: '13500000022',
  address: '绍兴市柯桥区平水镇 9 号',
  agent: { name: '孙小刚', phone: '13300000033', authority: '一般授权' },
};
const PRIVATE_NOTES = { own: '申请人私下表示最低可接受两千元', foreign: '对方私下透露已另行起诉' };

interface SideUsers {
  court: string;
  office: string;
  mediator: string;
  director: string;
  committee: string;
}

async function mediatorOf(t: TestApp, username: string): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    'SELECT m.id FROM mediators m JOIN users u ON u.id = m.user_id WHERE u.username = $1',
    [username],
  );
  return row!.id;
}

/** Referral → dispatch → accepted case → session → effective agreement with a scan → judicial confirmation. */
async function buildSide(
  t: TestApp,
  users: SideUsers,
  parties: object[],
  coMediators: string[],
  spareMediatorId: string,
  side: SideName,
): Promise<Side> {
  const token = (username: string) => t.tokenOf(username);
  const post = async (path: string, username: string, body: object = {}) =>
    t
      .http()
      .post(path)
      .auth(await token(username), { type: 'bearer' })
      .send(body);
  const committeeId = await orgId(t, users.committee);
  const courtUser = await t.dataSource.query<{ organisation_id: string }[]>(
    'SELECT organisation_id FROM users WHERE username = $1',
    [users.court],
  );
  const referral = referralBody({ parties, title: side === 'own' ? '物业服务合同纠纷' : '宅基地边界纠纷' });
  const filed = await post('/api/referrals', users.court, referral);
  expectOk(filed);
  const referralId = filed.body.id as string;
  const dispatched = await post(`/api/referrals/${referralId}/dispatch`, users.office, {
    organisationId: committeeId,
  });
  if (dispatched.status !== 204) throw new Error(`dispatch ${dispatched.status}`);
  const accepted = await post(`/api/referrals/${referralId}/accept`, users.mediator, {
    rightsNotice: RIGHTS_NOTICE,
  });
  expectOk(accepted);
  const caseId = accepted.body.caseId as string;
  const presiding = await mediatorOf(t, users.mediator);
  expectOk(
    await act(t, users.director, caseId, 'assign', {
      presidingMediatorId: presiding,
      mediatorIds: coMediators,
      chosenBy: 'committee',
    }),
  );
  const detail = await t
    .http()
    .get(`/api/cases/${caseId}`)
    .auth(await token(users.mediator), { type: 'bearer' });
  const partyIds = (detail.body.parties as { id: string }[]).map((p) => p.id);
  const session = await post(`/api/cases/${caseId}/sessions`, users.mediator, {
    mode: 'back_to_back',
    startedAt: '2026-11-20T09:00:00+08:00',
    place: '调解室',
    partyIds: [partyIds[0]],
    mediatorIds: [presiding],
    summary: '单独听取申请人意见',
    privateNotes: PRIVATE_NOTES[side],
  });
  expectOk(session);
  const drafted = await post(`/api/cases/${caseId}/agreements`, users.mediator, {
    form: 'written',
    facts: '双方对费用承担有争议。',
    responsibility: '被申请人负主要责任。',
    performance: '银行转账。',
    terms: [
      {
        obligorPartyId: partyIds[1],
        obligeePartyId: partyIds[0],
        kind: 'pay',
        amount: '3000.00',
        dueDate: '2099-12-31',
        method: '银行转账',
        text: '被申请人支付申请人3000元',
      },
    ],
  });
  expectOk(drafted);
  const agreementId = drafted.body.id as string;
  const sign = async (username: string, signer: object, kind: string, image?: string) =>
    expectOk(await post(`/api/agreements/${agreementId}/signatures`, username, { signer, kind, image }));
  for (const partyId of partyIds) await sign(users.mediator, { partyId }, 'signature', SIGNATURE);
  await sign(users.mediator, { mediatorId: presiding }, 'signature', SIGNATURE);
  await sign(users.director, { seal: true }, 'seal');
  const scanned = await t
    .http()
    .post(`/api/agreements/${agreementId}/scans`)
    .auth(await token(users.mediator), { type: 'bearer' })
    .attach('file', SCAN, 'scan.png');
  if (scanned.status >= 300) throw new Error(`scan ${scanned.status} ${JSON.stringify(scanned.body)}`);
  const evidence = await t
    .http()
    .post(`/api/cases/${caseId}/evidence`)
    .auth(await token(users.mediator), { type: 'bearer' })
    .field('description', '现场照片')
    .field('source', 'party')
    .attach('file', SCAN, 'evidence.png');
  if (evidence.status >= 300) throw new Error(`evidence ${evidence.status} ${JSON.stringify(evidence.body)}`);
  const investigation = await post(`/api/cases/${caseId}/investigations`, users.mediator, {
    investigatedAt: '2026-11-20T10:00:00+08:00',
    place: '村委会',
    investigatorIds: [presiding],
    intervieweeName: '邻居',
    intervieweeRelation: '证人',
    subject: '欠费经过',
    content: '问:电梯停用多久?答:半年。',
  });
  expectOk(investigation);
  expectOk(await post(`/api/agreements/${agreementId}/finalise`, users.mediator));
  const agreement = await t
    .http()
    .get(`/api/agreements/${agreementId}`)
    .auth(await token(users.mediator), { type: 'bearer' });
  const confirmation = await post(`/api/agreements/${agreementId}/judicial-confirmation`, users.mediator, {
    court: '诸暨市人民法院',
    appliedAt: today(),
  });
  expectOk(confirmation);
  expectOk(await post(`/api/cases/${caseId}/risk`, users.mediator, { level: 'red', note: '一方扬言报复' }));
  const [escalation] = await t.dataSource.query<{ id: string }[]>(
    'SELECT id FROM escalation_reports WHERE case_id = $1',
    [caseId],
  );
  const [version] = await t.dataSource.query<{ version: number }[]>(
    'SELECT version FROM cases WHERE id = $1',
    [caseId],
  );
  const p = parties as { name: string; idNumber: string; phone: string }[];
  return {
    committeeId,
    courtId: courtUser[0]!.organisation_id,
    caseId,
    caseNumber: detail.body.caseNumber as string,
    version: version!.version,
    partyIds,
    mediatorId: presiding,
    spareMediatorId,
    referralId,
    referralOf: {},
    externalRef: referral.externalRef,
    sessionId: session.body.id as string,
    agreementId,
    agreementNumber: agreement.body.agreementNumber as string,
    verifyCode: agreement.body.verifyCode as string,
    scanId: (agreement.body.scans as { id: string }[])[0]!.id,
    evidenceId: evidence.body.id as string,
    investigationId: investigation.body.id as string,
    confirmationId: confirmation.body.id as string,
    escalationId: escalation!.id,
    apiKeyId: '',
    userId: '',
    notifications: new Map(),
    markers: {
      identifiers: [
        detail.body.caseNumber as string,
        agreement.body.agreementNumber as string,
        referral.externalRef,
      ],
      names: p.map((party) => party.name),
      personal: [PRIVATE_NOTES[side], ...p.flatMap((party) => [party.idNumber, party.phone])],
    },
  };
}

async function organisation(t: TestApp, body: object): Promise<string> {
  const res = await t
    .http()
    .post('/api/organisations')
    .auth(await t.tokenOf('admin'), { type: 'bearer' })
    .send(body);
  expectOk(res);
  return res.body.id as string;
}

async function apiKey(t: TestApp, organisationId: string): Promise<{ id: string; key: string }> {
  const res = await t
    .http()
    .post('/api/api-keys')
    .auth(await t.tokenOf('admin'), { type: 'bearer' })
    .send({ organisationId, name: '诉前调解平台' });
  expectOk(res);
  return res.body as { id: string; key: string };
}

/**
 * Own: 老杨调解中心 under 枫桥镇司法所 (诸暨市司法局), its court, police and petition office, one user
 * per role. Foreign: a committee under another judicial office of another county bureau, with its court.
 */
export async function buildWorld(t: TestApp): Promise<World> {
  const bureau = await organisation(t, { name: '柯桥区司法局', kind: 'county_bureau' });
  const office = await organisation(t, { name: '平水镇司法所', kind: 'judicial_office', parentId: bureau });
  await organisation(t, {
    name: '平水镇人民调解委员会',
    kind: 'committee',
    parentId: office,
    caseNumberPrefix: '平调',
  });
  await organisation(t, { name: '柯桥区人民法院', kind: 'court' });
  const foreignUsers: SideUsers = {
    court: await createUser(t, 'court_liaison', '柯桥区人民法院'),
    office: await createUser(t, 'judicial_officer', '平水镇司法所'),
    mediator: await createUser(t, 'mediator', '平水镇人民调解委员会', true),
    director: await createUser(t, 'director', '平水镇人民调解委员会', true),
    committee: '平水镇人民调解委员会',
  };
  const users: World['users'] = {
    mediator: 'mediator.yang',
    recorder: await createUser(t, 'recorder', '老杨调解中心', true),
    director: 'director.yang',
    intake_clerk: await createUser(t, 'intake_clerk', '老杨调解中心'),
    judicial_officer: 'sfs.wang',
    county_bureau: await createUser(t, 'county_bureau', '诸暨市司法局'),
    court_liaison: 'court.li',
    police_liaison: 'police.hu',
    petition_liaison: await createUser(t, 'petition_liaison', '诸暨市信访局'),
    admin: 'admin',
    security_admin: 'security.admin',
    audit_admin: 'audit.admin',
  };
  const ownUsers: SideUsers = {
    court: 'court.li',
    office: 'sfs.wang',
    mediator: 'mediator.yang',
    director: 'director.yang',
    committee: '老杨调解中心',
  };
  const own = await buildSide(
    t,
    ownUsers,
    [APPLICANT, RESPONDENT],
    [await mediatorOf(t, users.recorder!)],
    await mediatorId(t, '陈心怡'),
    'own',
  );
  const foreign = await buildSide(
    t,
    foreignUsers,
    [FOREIGN_APPLICANT, FOREIGN_RESPONDENT],
    [],
    await mediatorOf(t, foreignUsers.director),
    'foreign',
  );
  for (const [who, source] of [
    ['police_liaison', 'police'],
    ['petition_liaison', 'petition'],
  ] as const) {
    const filed = await t
      .http()
      .post('/api/referrals')
      .auth(await t.tokenOf(users[who]!), { type: 'bearer' })
      .send(referralBody({ source, parties: [APPLICANT, RESPONDENT] }));
    expectOk(filed);
    own.referralOf[who] = filed.body.id as string;
  }
  const key = await apiKey(t, own.courtId);
  own.apiKeyId = (await apiKey(t, own.courtId)).id;
  // An account of each side that only the user routes touch (a reset ends its sessions).
  for (const [side, committee] of [
    [own, ownUsers.committee],
    [foreign, foreignUsers.committee],
  ] as const) {
    const username = await createUser(t, 'recorder', committee);
    side.userId = (
      await t.dataSource.query<{ id: string }[]>('SELECT id FROM users WHERE username = $1', [username])
    )[0]!.id;
  }
  foreign.apiKeyId = (await apiKey(t, foreign.courtId)).id;
  const notify = async (side: Side, username: string) => {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO notifications (user_id, kind, title, body, case_id)
       SELECT id, 'deadline', '期限提醒', '案件即将到期', $2 FROM users WHERE username = $1 RETURNING id`,
      [username, side.caseId],
    );
    side.notifications.set(username, row!.id);
  };
  for (const username of Object.values(users)) await notify(own, username);
  await notify(foreign, foreignUsers.mediator);
  foreign.notifications.set('*', foreign.notifications.get(foreignUsers.mediator)!);
  const template = await t
    .http()
    .get(`/api/organisations/${own.committeeId}/templates/agreement`)
    .auth(await t.tokenOf('admin'), { type: 'bearer' });
  const [filing] = await t.dataSource.query<{ id: number }[]>(
    `SELECT id FROM deadline_rules WHERE kind = 'filing' AND organisation_id IS NULL`,
  );
  return {
    own,
    foreign,
    ruleId: filing!.id,
    users,
    apiKey: key.key,
    templateSource: template.body.source as string,
    privateMarkers: [
      PRIVATE_NOTES.own,
      ...[APPLICANT, RESPONDENT].flatMap((party) => [party.idNumber, party.phone]),
      RESPONDENT.agent.phone,
    ],
    subjectMarkers: [APPLICANT.idNumber, APPLICANT.phone],
    privateNotes: PRIVATE_NOTES.own,
  };
}
