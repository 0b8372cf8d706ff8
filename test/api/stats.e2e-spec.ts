import ExcelJS from 'exceljs';
import { effectiveAgreement } from './support/agreement-flow.js';
import { act, caseInMediation, createUser, expectOk, registerCase } from './support/factories.js';
import { getBinary } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/**
 * A known set of cases, every figure checked against values worked out by hand:
 *  A 老杨: phone, neighbour — agreement (3,000 yuan + apology), both terms performed, confirmed by the
 *    court, return visit 4/5, closed;
 *  B 老杨: phone, neighbour — registered only;
 *  C 老杨: phone, neighbour — accepted, its mediation period overran, terminated;
 *  D 枫桥镇调委会: walk-in, labour — accepted, prevented a criminal case (2 persons) and a group petition (10).
 */
describe('statistics from case facts', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    const mediator = await t.tokenOf('mediator.yang');
    const a = await effectiveAgreement(t);
    ids['A'] = a.c.id;
    for (const termIndex of [0, 1])
      await t
        .http()
        .post(`/api/agreements/${a.agreementId}/performance`)
        .auth(mediator, { type: 'bearer' })
        .send({ termIndex, performedAt: new Date().toISOString() })
        .expect(201);
    const applied = await t
      .http()
      .post(`/api/agreements/${a.agreementId}/judicial-confirmation`)
      .auth(mediator, { type: 'bearer' })
      .send({ court: '诸暨市人民法院', appliedAt: today() })
      .expect(201);
    for (const move of [
      { status: 'accepted' },
      { status: 'confirmed', rulingNumber: '(2026)浙0681民特1号', rulingDate: today() },
    ])
      await t
        .http()
        .patch(`/api/judicial-confirmations/${applied.body.id}`)
        .auth(mediator, { type: 'bearer' })
        .send(move)
        .expect(200);
    await t
      .http()
      .post(`/api/cases/${a.c.id}/return-visits`)
      .auth(mediator, { type: 'bearer' })
      .send({
        visitedAt: new Date().toISOString(),
        partyId: a.c.parties[0]!.id,
        performance: 'performed',
        satisfaction: 4,
        note: '已履行',
      })
      .expect(201);
    expectOk(await act(t, 'director.yang', a.c.id, 'close'));
    ids['B'] = (await registerCase(t)).id;
    const c = await caseInMediation(t);
    ids['C'] = c.id;
    await t.dataSource.query(
      `UPDATE clocks SET due_at = now() - interval '1 day' WHERE case_id = $1 AND kind = 'mediation'`,
      [c.id],
    );
    expectOk(
      await act(t, 'mediator.yang', c.id, 'terminate', {
        reason: '调解不成',
        routesInformed: '可向法院起诉',
      }),
    );
    const fengqiao = (
      await t.dataSource.query(`SELECT id FROM organisations WHERE name = '枫桥镇人民调解委员会'`)
    )[0].id;
    const d = await registerCase(t, 'mediator.zhou', {
      organisationId: fengqiao,
      source: 'walk_in',
      disputeType: 'labour',
    });
    ids['D'] = d.id;
    expectOk(await act(t, 'mediator.zhou', d.id, 'accept'));
    await t
      .http()
      .put(`/api/cases/${d.id}/prevention`)
      .auth(await t.tokenOf('mediator.zhou'), { type: 'bearer' })
      .send({
        items: [
          { kind: 'criminal', persons: 2 },
          { kind: 'group_petition', persons: 10 },
        ],
      })
      .expect(204);
  });
  afterAll(() => t.close());

  const get = async (username: string, path: string) =>
    (
      await t
        .http()
        .get(path)
        .auth(await t.tokenOf(username), { type: 'bearer' })
        .expect(200)
    ).body;

  it('gives the director the committee’s figures of the month', async () => {
    const o = await get('director.yang', '/api/stats/overview');
    expect(o).toMatchObject({
      from: `${today().slice(0, 8)}01`,
      to: today(),
      received: 3,
      accepted: 2,
      succeeded: 1,
      failed: 1,
      successRate: 0.5,
      agreementAmount: '3000.00',
      performed: 1,
      judicialConfirmations: 1,
      overdue: 1,
      averageDaysToClose: 0,
      satisfaction: 4,
      byType: [{ disputeType: 'neighbour', received: 3, succeeded: 1 }],
      bySource: [{ source: 'phone', received: 3, succeeded: 1 }],
      byOrganisationKind: [{ kind: 'centre', received: 3, succeeded: 1 }],
    });
    expect(o.prevented).toEqual([
      { kind: 'criminal', cases: 0, persons: 0 },
      { kind: 'group_petition', cases: 0, persons: 0 },
      { kind: 'group_fight', cases: 0, persons: 0 },
      { kind: 'suicide', cases: 0, persons: 0 },
    ]);
    // A period before any of them: all zero, no rate.
    const empty = await get('director.yang', '/api/stats/overview?from=2020-01-01&to=2020-12-31');
    expect(empty).toMatchObject({
      received: 0,
      successRate: null,
      agreementAmount: '0.00',
      satisfaction: null,
    });
  });

  it('gives the judicial office its whole area, with the prevented indicators', async () => {
    const o = await get('sfs.wang', '/api/stats/overview');
    expect(o).toMatchObject({ received: 4, accepted: 3, succeeded: 1, failed: 1 });
    expect(o.prevented).toEqual(
      expect.arrayContaining([
        { kind: 'criminal', cases: 1, persons: 2 },
        { kind: 'group_petition', cases: 1, persons: 10 },
      ]),
    );
    expect(o.bySource).toEqual(
      expect.arrayContaining([
        { source: 'phone', received: 3, succeeded: 1 },
        { source: 'walk_in', received: 1, succeeded: 0 },
      ]),
    );
    const trend = await get('sfs.wang', `/api/stats/trend?from=${today().slice(0, 8)}01&to=${today()}`);
    expect(trend.months).toEqual([{ month: today().slice(0, 7), received: 4, succeeded: 1 }]);
    const analysis = await get('sfs.wang', '/api/stats/analysis');
    expect(analysis.committees).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '老杨调解中心', received: 3, succeeded: 1 }),
        expect.objectContaining({ name: '枫桥镇人民调解委员会', received: 1, succeeded: 0 }),
      ]),
    );
    expect(analysis.repeatParties).toEqual(
      expect.arrayContaining([
        { name: '王秀英', cases: 4 },
        { name: '刘建平', cases: 4 },
      ]),
    );
    expect(analysis.places[0]).toMatchObject({ place: '枫源村', total: 4 });
    expect(analysis.mediators).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: '杨建国', cases: 2, succeeded: 1 })]),
    );
    // The county bureau sees the aggregates, not who the parties are.
    const county = await createUser(t, 'county_bureau', '诸暨市司法局');
    const bureau = await get(county, '/api/stats/analysis');
    expect(bureau.repeatParties).toEqual([]);
    expect(bureau.committees.length).toBeGreaterThanOrEqual(3);
  });

  it('drills from a figure to the matching cases', async () => {
    const list = async (query: string) =>
      (await get('director.yang', `/api/cases?${query}`)).items.map((c: { id: string }) => c.id).sort();
    expect(await list(`outcome=succeeded&from=${today().slice(0, 8)}01&to=${today()}`)).toEqual([ids['A']]);
    expect(await list('outcome=failed')).toEqual([ids['C']]);
    expect(await list('disputeType=neighbour&source=phone')).toEqual([ids['A'], ids['B'], ids['C']].sort());
  });

  it('builds the monthly report whose rows add up, as JSON and as an Excel file with merged headers', async () => {
    const period = today().slice(0, 7);
    const report = await get('sfs.wang', `/api/stats/report?period=${period}`);
    expect(report.organisationName).toBe('枫桥镇司法所');
    expect(report.rows.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['老杨调解中心', '枫桥镇人民调解委员会', '枫源村人民调解委员会']),
    );
    const laoyang = report.rows.find((r: { name: string }) => r.name === '老杨调解中心').values;
    // 受理 counts accepted cases (B was only registered); 成功率 = 调解成功 ÷ 受理; amounts in 万元.
    expect(laoyang).toMatchObject({
      accepted: 2,
      succeeded: 1,
      successRate: 50,
      amount: '0.3000',
      'type.neighbour': 2,
      'source.application': 2,
      performed: 1,
      confirmed: 1,
    });
    expect(report.totals).toMatchObject({
      accepted: 3,
      succeeded: 1,
      successRate: 33.3,
      amount: '0.3000',
      'type.neighbour': 2,
      'type.labour': 1,
      'source.application': 3,
      'prevented.criminal.cases': 1,
      'prevented.criminal.persons': 2,
      'prevented.group_petition.persons': 10,
    });

    const file = await getBinary(
      t,
      `/api/stats/report?period=${period}&format=xlsx`,
      await t.tokenOf('sfs.wang'),
    ).expect(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(file.body as Buffer).buffer);
    const sheet = book.worksheets[0]!;
    const header = sheet.getRow(3);
    const columnOf = (label: string) => {
      let found = 0;
      sheet.getRow(4).eachCell((cell, c) => {
        if (cell.value === label && !found) found = c;
      });
      header.eachCell((cell, c) => {
        if (cell.value === label && !found) found = c;
      });
      return found;
    };
    const totalsRow = sheet.getRow(sheet.rowCount);
    expect(totalsRow.getCell(1).value).toBe('合计');
    expect(totalsRow.getCell(columnOf('受理纠纷(件)')).value).toBe(3);
    expect(totalsRow.getCell(columnOf('协议涉及金额(万元)')).value).toBe(0.3);
    expect(totalsRow.getCell(columnOf('劳动争议')).value).toBe(1);
    // The column totals equal the sum of the committee rows.
    for (const c of [columnOf('受理纠纷(件)'), columnOf('调解成功(件)'), columnOf('邻里')]) {
      let sum = 0;
      for (let r = 5; r < sheet.rowCount; r++) sum += Number(sheet.getRow(r).getCell(c).value);
      expect(totalsRow.getCell(c).value).toBe(sum);
    }
    expect(sheet.getCell(3, columnOf('邻里')).isMerged).toBe(true); // under the merged 纠纷类型 group
    expect(sheet.getCell(3, 1).value).toBe('调解组织');
  });

  it('refuses roles without statistics and bad periods, and keeps scope', async () => {
    await t
      .http()
      .get('/api/stats/overview')
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .expect(403);
    await t
      .http()
      .get('/api/stats/overview')
      .auth(await t.tokenOf('court.li'), { type: 'bearer' })
      .expect(403);
    const director = await t.tokenOf('director.yang');
    const bad = await t
      .http()
      .get('/api/stats/report?period=2026-13')
      .auth(director, { type: 'bearer' })
      .expect(400);
    expect(bad.body.details[0].field).toBe('period');
    await t
      .http()
      .get('/api/stats/overview?from=2026-12-01&to=2026-01-01')
      .auth(director, { type: 'bearer' })
      .expect(400);
    const fengqiao = (
      await t.dataSource.query(`SELECT id FROM organisations WHERE name = '枫桥镇人民调解委员会'`)
    )[0].id;
    await t
      .http()
      .get(`/api/stats/overview?organisationId=${fengqiao}`)
      .auth(director, { type: 'bearer' })
      .expect(404);
    await t
      .http()
      .put(`/api/cases/${ids['D']}/prevention`)
      .auth(await t.tokenOf('mediator.zhou'), { type: 'bearer' })
      .send({ items: [{ kind: 'criminal', persons: 0 }] })
      .expect(400);
  });

  it('follows every later change of the facts, and equals the figures recomputed from scratch', async () => {
    const before = await get('sfs.wang', '/api/stats/overview');
    const e = await effectiveAgreement(t); // 老杨: accepted, succeeded, 3,000 yuan
    await t.dataSource.query(`UPDATE clocks SET light = 'red' WHERE case_id = $1 AND kind = 'mediation'`, [
      e.c.id,
    ]);
    await t
      .http()
      .put(`/api/cases/${ids['D']}/prevention`)
      .auth(await t.tokenOf('mediator.zhou'), { type: 'bearer' })
      .send({
        items: [
          { kind: 'criminal', persons: 2 },
          { kind: 'group_fight', persons: 3 },
        ],
      })
      .expect(204);
    await t
      .http()
      .post(`/api/cases/${e.c.id}/return-visits`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({
        visitedAt: new Date().toISOString(),
        partyId: e.c.parties[0]!.id,
        performance: 'performed',
        satisfaction: 2,
        note: '回访',
      })
      .expect(201);
    const after = await get('sfs.wang', '/api/stats/overview');
    expect(after).toMatchObject({
      received: before.received + 1,
      accepted: before.accepted + 1,
      succeeded: before.succeeded + 1,
      agreementAmount: (Number(before.agreementAmount) + 3000).toFixed(2),
      overdue: before.overdue + 1,
      satisfaction: 3, // (4 + 2) / 2
    });
    expect(after.prevented).toEqual([
      { kind: 'criminal', cases: 1, persons: 2 },
      { kind: 'group_petition', cases: 0, persons: 0 },
      { kind: 'group_fight', cases: 1, persons: 3 },
      { kind: 'suicide', cases: 0, persons: 0 },
    ]);
    // Throw the rollup away and mark every day: the figures recomputed from the facts are the same.
    await t.dataSource.query(`DELETE FROM stats_days; DELETE FROM stats_day_prevention;
      INSERT INTO stats_dirty (organisation_id, day)
      SELECT DISTINCT organisation_id, (created_at AT TIME ZONE 'Asia/Shanghai')::date FROM cases`);
    expect(await get('sfs.wang', '/api/stats/overview')).toEqual(after);
  });
});
