import ExcelJS from 'exceljs';
import { effectiveAgreement } from './support/agreement-flow.js';
import { act, caseBody, caseInMediation, expectOk, orgId, registerCase } from './support/factories.js';
import { getBinary } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 22: the monthly report counted registrations as 受理, divided 调解成功 by 成功 + 失败, gave
 * amounts in 元 and dated every figure by the registration month, so a November success rewrote
 * October's report. Two months, two committees, outcomes known; every figure worked out by hand:
 *  P 老杨: registered and accepted 2026-10-20, agreement (3,000 yuan) effective 2026-11-05;
 *  Q 老杨: registered and accepted 2026-10-22, terminated 2026-10-30;
 *  R 老杨: registered 2026-10-25, never accepted;
 *  S 老杨: registered 2026-10-26, not accepted;
 *  T 枫桥镇调委会: walk-in labour case registered 2026-09-29, accepted 2026-10-02.
 * October: 受理 P, Q (老杨) and T (枫桥镇) = 3, 调解成功 0, 成功率 0. November: 受理 0, 调解成功 1 (P),
 * 0.3000 万元.
 */
describe('the monthly report, each figure in the month of its own event (issue 22)', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const at = (day: string) => `${day}T10:00:00+08:00`;
  const backdate = (id: string, created: string, accepted: string | null) =>
    t.dataSource.query('UPDATE cases SET created_at = $2, accepted_at = $3 WHERE id = $1', [
      id,
      at(created),
      accepted && at(accepted),
    ]);
  const report = async (period: string) =>
    (
      await t
        .http()
        .get(`/api/stats/report?period=${period}`)
        .auth(await t.tokenOf('sfs.wang'), { type: 'bearer' })
        .expect(200)
    ).body as {
      rows: { name: string; values: Record<string, number | string> }[];
      totals: Record<string, number | string>;
    };
  const row = (r: Awaited<ReturnType<typeof report>>, name: string) =>
    r.rows.find((x) => x.name === name)!.values;

  beforeAll(async () => {
    t = await createTestApp();
    const p = await caseInMediation(t);
    ids['P'] = p.id;
    await backdate(p.id, '2026-10-20', '2026-10-20');
    const q = await caseInMediation(t);
    expectOk(
      await act(t, 'mediator.yang', q.id, 'terminate', {
        reason: '调解不成',
        routesInformed: '已告知可向法院起诉',
      }),
    );
    await backdate(q.id, '2026-10-22', '2026-10-22');
    const r = await registerCase(t);
    await backdate(r.id, '2026-10-25', null);
    const s = await registerCase(t);
    expectOk(await act(t, 'mediator.yang', s.id, 'reject', { reason: '不属于人民调解范围' }));
    await backdate(s.id, '2026-10-26', null);
    const created = await t
      .http()
      .post('/api/cases')
      .auth(await t.tokenOf('mediator.zhou'), { type: 'bearer' })
      .send(caseBody(await orgId(t, '枫桥镇人民调解委员会'), { source: 'walk_in', disputeType: 'labour' }));
    expect(created.status).toBe(201);
    expectOk(await act(t, 'mediator.zhou', created.body.id as string, 'accept'));
    await backdate(created.body.id as string, '2026-09-29', '2026-10-02');
  });
  afterAll(() => t.close());

  it('counts October by acceptance, and a later agreement does not rewrite it', async () => {
    const before = await report('2026-10');
    expect(row(before, '老杨调解中心')).toMatchObject({
      accepted: 2,
      succeeded: 0,
      successRate: 0,
      amount: '0.0000',
      'type.neighbour': 2,
      'source.application': 2,
    });
    expect(row(before, '枫桥镇人民调解委员会')).toMatchObject({ accepted: 1, 'type.labour': 1 });
    expect(before.totals).toMatchObject({ accepted: 3, succeeded: 0, successRate: 0, 'type.labour': 1 });

    // P's agreement takes effect (dated 2026-11-05): October stays as it was.
    const { agreementId } = await effectiveAgreement(t, {
      id: ids['P']!,
      version: 0,
      caseNumber: '',
      parties: (
        await t.dataSource.query<{ id: string; name: string }[]>(
          'SELECT id, name FROM parties WHERE case_id = $1 ORDER BY created_at',
          [ids['P']],
        )
      ).map((x) => ({ id: x.id, name: x.name })),
    });
    await t.dataSource.query('UPDATE agreements SET effective_at = $2 WHERE id = $1', [
      agreementId,
      at('2026-11-05'),
    ]);
    expect(await report('2026-10')).toEqual(before);
  });

  it('locks a month: the report then answers as it stood, whatever is corrected later', async () => {
    const lock = async (username: string, period: string, body: object = {}) =>
      t
        .http()
        .post(`/api/stats/periods/${period}/lock`)
        .auth(await t.tokenOf(username), { type: 'bearer' })
        .send(body);
    const before = await report('2026-10');
    const locked = await lock('sfs.wang', '2026-10');
    expect(locked.status).toBe(201);
    expect(locked.body).toMatchObject({ locked: true, lockedBy: '王海燕', totals: before.totals });

    // A case accepted in October is found afterwards: the locked report stays, the live one moves.
    const late = await caseInMediation(t);
    await backdate(late.id, '2026-10-28', '2026-10-28');
    const after = await report('2026-10');
    expect(after).toMatchObject({ locked: true, totals: before.totals, rows: before.rows });
    const laoyang = await t
      .http()
      .get('/api/stats/report?period=2026-10')
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(200);
    expect(laoyang.body).toMatchObject({ locked: false });
    expect(laoyang.body.totals.accepted).toBe(3);

    const again = await lock('sfs.wang', '2026-10');
    expect([again.status, again.body.code]).toEqual([409, 'PERIOD_LOCKED']);
    const thisMonth = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
    const running = await lock('director.yang', thisMonth);
    expect([running.status, running.body.code]).toEqual([422, 'PERIOD_NOT_ENDED']);
    expect((await lock('county.chen', '2026-10')).status).toBe(403);
    expect((await lock('mediator.yang', '2026-10')).status).toBe(403);
    expect((await lock('director.yang', '2026-13')).status).toBe(400);
    // Another area's organisation is 404: the access matrix checks it (test/api/access-matrix.e2e-spec.ts).
    const rows = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM stats_period_locks',
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('counts the success, its rate and its amount in November, in 万元, in JSON and in the Excel file', async () => {
    const november = await report('2026-11');
    expect(row(november, '老杨调解中心')).toMatchObject({ accepted: 0, succeeded: 1, amount: '0.3000' });
    // Nothing accepted in November: the rate of the month is 0, not 100%.
    expect(november.totals).toMatchObject({ accepted: 0, succeeded: 1, successRate: 0, amount: '0.3000' });

    const file = await getBinary(
      t,
      '/api/stats/report?period=2026-11&format=xlsx',
      await t.tokenOf('sfs.wang'),
    ).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(file.body as Buffer).buffer);
    const sheet = book.worksheets[0]!;
    let amountColumn = 0;
    sheet.getRow(3).eachCell((cell, c) => {
      if (cell.value === '协议涉及金额(万元)') amountColumn = c;
    });
    expect(amountColumn).toBeGreaterThan(0);
    const totalsRow = sheet.getRow(sheet.rowCount);
    expect(totalsRow.getCell(amountColumn).value).toBe(0.3);
    expect(totalsRow.getCell(amountColumn).numFmt).toBe('#,##0.0000');
  });
});
