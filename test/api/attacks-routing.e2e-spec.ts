import { caseInMediation, createUser, expectOk, orgId } from './support/factories.js';
import { referralBody } from './support/referral-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 16, routing: a risk reaches the committee's director, its 司法所 and (orange, red) the police
 * station linked to the committee, nobody else; a referral not yet dispatched reaches the judicial
 * office of the referring body's area only (docs/security.md, "Deviations and decisions").
 */
describe('risk and referral routing (issue 16)', () => {
  let t: TestApp;
  let otherLiaison: string;
  let otherOfficer: string;
  let otherDirector: string;
  let otherCommitteeId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.tokenOf('admin');
    const create = async (body: object) => {
      const res = await t.http().post('/api/organisations').auth(admin, { type: 'bearer' }).send(body);
      expectOk(res);
      return res.body.id as string;
    };
    // Another station and another township of the same county, each with its own people.
    const station = await create({ name: '东和派出所', kind: 'police' });
    const office = await create({
      name: '东和乡司法所',
      kind: 'judicial_office',
      parentId: await orgId(t, '诸暨市司法局'),
    });
    otherCommitteeId = await create({
      name: '东和乡人民调解委员会',
      kind: 'committee',
      parentId: office,
      caseNumberPrefix: '东调',
    });
    const linked = await t
      .http()
      .patch(`/api/organisations/${otherCommitteeId}`)
      .auth(admin, { type: 'bearer' })
      .send({ policeStationId: station });
    expectOk(linked);
    expect(linked.body.policeStationId).toBe(station);
    otherLiaison = await createUser(t, 'police_liaison', '东和派出所');
    otherOfficer = await createUser(t, 'judicial_officer', '东和乡司法所');
    otherDirector = await createUser(t, 'director', '东和乡人民调解委员会');
  });
  afterAll(() => t.close());

  const told = async (where: string, param: string) =>
    (
      await t.dataSource.query<{ username: string }[]>(
        `SELECT DISTINCT u.username FROM notifications n JOIN users u ON u.id = n.user_id WHERE ${where}`,
        [param],
      )
    )
      .map((r) => r.username)
      .sort();
  const risk = async (caseId: string, level: string, note: string) =>
    (
      await t
        .http()
        .post(`/api/cases/${caseId}/risk`)
        .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
        .send({ level, note })
    ).status;
  const riskTold = (caseId: string) => told(`n.kind = 'risk' AND n.case_id = $1`, caseId);
  const referralTold = (externalRef: string) =>
    told(`n.kind = 'referral' AND n.title LIKE '%' || $1`, externalRef);

  it('tells the director, the 司法所 and the linked station of a red risk, no other station or office', async () => {
    const c = await caseInMediation(t);
    expect(await risk(c.id, 'red', '一方扬言报复')).toBe(200);
    expect(await riskTold(c.id)).toEqual(['director.yang', 'police.hu', 'sfs.wang']);
    expect(await riskTold(c.id)).not.toContain(otherLiaison);
    expect(await riskTold(c.id)).not.toContain(otherOfficer);
  });

  it('tells the linked station of an orange risk, and only the director and the 司法所 of a yellow one', async () => {
    const orange = await caseInMediation(t);
    expect(await risk(orange.id, 'orange', '双方言语冲突')).toBe(200);
    expect(await riskTold(orange.id)).toEqual(['director.yang', 'police.hu', 'sfs.wang']);
    const yellow = await caseInMediation(t);
    expect(await risk(yellow.id, 'yellow', '情绪激动')).toBe(200);
    expect(await riskTold(yellow.id)).toEqual(['director.yang', 'sfs.wang']);
  });

  it('refuses to link anything but a police station, and only to a mediation body', async () => {
    const admin = await t.tokenOf('admin');
    const patch = (id: string, body: object) =>
      t.http().patch(`/api/organisations/${id}`).auth(admin, { type: 'bearer' }).send(body);
    const court = await orgId(t, '诸暨市人民法院');
    const notPolice = await patch(otherCommitteeId, { policeStationId: court }).expect(400);
    expect(notPolice.body.details).toEqual([
      expect.objectContaining({ field: 'policeStationId', message: '关联派出所须为公安派出所' }),
    ]);
    const notBody = await patch(await orgId(t, '枫桥镇司法所'), {
      policeStationId: await orgId(t, '枫桥派出所'),
    }).expect(400);
    expect(notBody.body.details).toEqual([
      expect.objectContaining({ field: 'policeStationId', message: '只有调解组织可以关联派出所' }),
    ]);
  });

  it('shows and tells a station’s undispatched referral to the office of its area only', async () => {
    const police = await t.tokenOf('police.hu');
    const mine = referralBody({ source: 'police' });
    const filed = await t
      .http()
      .post('/api/referrals')
      .auth(police, { type: 'bearer' })
      .send(mine)
      .expect(201);
    const theirs = referralBody({ source: 'police' });
    const other = await t
      .http()
      .post('/api/referrals')
      .auth(await t.tokenOf(otherLiaison), { type: 'bearer' })
      .send(theirs)
      .expect(201);

    const inbox = async (username: string) =>
      (
        await t
          .http()
          .get('/api/referrals?status=received&pageSize=200')
          .auth(await t.tokenOf(username), { type: 'bearer' })
          .expect(200)
      ).body.items.map((r: { id: string }) => r.id);
    const detail = async (username: string, id: string) =>
      (
        await t
          .http()
          .get(`/api/referrals/${id}`)
          .auth(await t.tokenOf(username), { type: 'bearer' })
      ).status;

    expect(await inbox('sfs.wang')).toContain(filed.body.id);
    expect(await inbox('sfs.wang')).not.toContain(other.body.id);
    expect(await detail('sfs.wang', filed.body.id)).toBe(200);
    expect(await detail('sfs.wang', other.body.id)).toBe(404);
    expect(await inbox(otherOfficer)).toContain(other.body.id);
    expect(await inbox(otherOfficer)).not.toContain(filed.body.id);
    expect(await detail(otherOfficer, filed.body.id)).toBe(404);
    expect(await referralTold(mine.externalRef)).toEqual(['sfs.wang']);
    expect(await referralTold(theirs.externalRef)).toEqual([otherOfficer]);

    // The other office cannot dispatch this area's referral either; its own office can.
    const dispatch = async (username: string, id: string, organisationId: string) =>
      (
        await t
          .http()
          .post(`/api/referrals/${id}/dispatch`)
          .auth(await t.tokenOf(username), { type: 'bearer' })
          .send({ organisationId })
      ).status;
    expect(await dispatch(otherOfficer, filed.body.id, otherCommitteeId)).toBe(404);
    expect(await dispatch(otherOfficer, other.body.id, otherCommitteeId)).toBe(204);
    expect(await inbox(otherDirector)).toEqual([]);
  });

  it('tells the other area’s office, not this one, when its committee sends a referral back', async () => {
    const body = referralBody({ source: 'police' });
    const filed = await t
      .http()
      .post('/api/referrals')
      .auth(await t.tokenOf(otherLiaison), { type: 'bearer' })
      .send(body)
      .expect(201);
    await t
      .http()
      .post(`/api/referrals/${filed.body.id}/dispatch`)
      .auth(await t.tokenOf(otherOfficer), { type: 'bearer' })
      .send({ organisationId: otherCommitteeId })
      .expect(204);
    await t
      .http()
      .post(`/api/referrals/${filed.body.id}/decline`)
      .auth(await t.tokenOf(otherDirector), { type: 'bearer' })
      .send({ reason: '不属于本会受理范围' })
      .expect(204);
    const declined = await t.dataSource.query<{ username: string }[]>(
      `SELECT u.username FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.kind = 'referral' AND n.title LIKE '委派被退回%' || $1`,
      [body.externalRef],
    );
    expect(declined.map((r) => r.username)).toEqual([otherOfficer]);
  });
});
