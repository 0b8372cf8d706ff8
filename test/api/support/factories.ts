import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../../api/src/modules/auth/password.js';
import type { Role } from '../../../api/src/modules/auth/role.js';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'tiaojie-demo';

export async function orgId(t: TestApp, name: string): Promise<string> {
  const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM organisations WHERE name = $1', [
    name,
  ]);
  if (!rows[0]) throw new Error(`no organisation ${name}`);
  return rows[0].id;
}

export async function mediatorId(t: TestApp, name: string): Promise<string> {
  const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM mediators WHERE name = $1', [name]);
  if (!rows[0]) throw new Error(`no mediator ${name}`);
  return rows[0].id;
}

/** A user of any role (the demo data has no recorder, intake clerk, county or petition liaison). */
export async function createUser(
  t: TestApp,
  role: Role,
  organisation: string,
  withRoster = false,
): Promise<string> {
  const username = `${role}.${randomUUID().slice(0, 8)}`;
  const organisationId = await orgId(t, organisation);
  const [user] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO users (username, name, role, organisation_id, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [username, `测试${role}`, role, organisationId, await hashPassword(PASSWORD)],
  );
  if (withRoster) {
    await t.dataSource.query(
      `WITH m AS (INSERT INTO mediators (user_id, organisation_id, name) VALUES ($1, $2, $3) RETURNING id, organisation_id)
       INSERT INTO mediator_organisations (mediator_id, organisation_id) SELECT id, organisation_id FROM m`,
      [user!.id, organisationId, `测试${role}`],
    );
  }
  return username;
}

export const APPLICANT = {
  role: 'applicant',
  kind: 'person',
  name: '王秀英',
  sex: 'female',
  ethnicity: '汉族',
  birthDate: '1985-03-15',
  idNumber: '330681198503150021',
  phone: '13800000001',
  address: '诸暨市枫桥镇枫源村 12 号',
};

export const RESPONDENT = {
  role: 'respondent',
  kind: 'person',
  name: '刘建平',
  sex: 'male',
  birthDate: '1978-07-20',
  idNumber: '330681197807204514',
  phone: '13900000002',
  address: '诸暨市枫桥镇枫源村 14 号',
  agent: { name: '刘小军', phone: '13700000003', authority: '一般授权' },
};

export function caseBody(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    source: 'phone',
    disputeType: 'neighbour',
    disputeSubtype: '漏水',
    title: '楼上住户漏水纠纷',
    facts: '楼上住户卫生间漏水,楼下天花板受损,楼上业主已搬离。',
    requests: '请求楼上业主维修防水并赔偿损失',
    amountInDispute: '3200.00',
    location: '枫源村 12 号',
    parties: [APPLICANT, RESPONDENT],
    ...overrides,
  };
}

export interface CaseRef {
  id: string;
  version: number;
  caseNumber: string;
  parties: { id: string; name: string }[];
}

/** Registers a case at 老杨调解中心 as `username` (default mediator.yang). */
export async function registerCase(
  t: TestApp,
  username = 'mediator.yang',
  overrides: Record<string, unknown> = {},
): Promise<CaseRef> {
  const res = await t
    .http()
    .post('/api/cases')
    .auth(await t.tokenOf(username), { type: 'bearer' })
    .send(caseBody(await orgId(t, '老杨调解中心'), overrides));
  if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as CaseRef;
}

/** POSTs a case action with the case's current version; returns the response. */
export async function act(
  t: TestApp,
  username: string,
  caseId: string,
  action: string,
  body: Record<string, unknown> = {},
) {
  const token = await t.tokenOf(username);
  const current = await t.dataSource.query('SELECT version FROM cases WHERE id = $1', [caseId]);
  return t
    .http()
    .post(`/api/cases/${caseId}/${action}`)
    .auth(token, { type: 'bearer' })
    .send({ version: current[0]?.version, ...defaultsOf(action), ...body });
}

/**
 * What the web's dialog sends by default: acceptance delivers the rights notice in writing to every
 * party without one (docs/domain.md §10.2); a test of the rule itself sends `rightsNotice: undefined`.
 */
function defaultsOf(action: string): Record<string, unknown> {
  return action === 'accept' ? { rightsNotice: RIGHTS_NOTICE } : {};
}

/** The rights notice a test's acceptance delivers (书面). */
export const RIGHTS_NOTICE = { method: 'written' } as const;

/** Registered, accepted and assigned to 杨建国 (presiding) and 赵丽华. */
export async function caseInMediation(t: TestApp, overrides: Record<string, unknown> = {}): Promise<CaseRef> {
  const c = await registerCase(t, 'mediator.yang', overrides);
  expectOk(await act(t, 'mediator.yang', c.id, 'accept'));
  expectOk(
    await act(t, 'director.yang', c.id, 'assign', {
      presidingMediatorId: await mediatorId(t, '杨建国'),
      mediatorIds: [await mediatorId(t, '赵丽华')],
      chosenBy: 'committee',
    }),
  );
  return c;
}

export function expectOk(res: { status: number; body: unknown }): void {
  if (res.status !== 200 && res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
}
