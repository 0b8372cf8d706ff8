import {
  csvLine,
  type DeidentifiedCase,
  exportDeidentified,
  pseudonymiser,
  villageLevel,
} from '../../api/src/database/deidentified-export.js';
import { DEMO_USERS } from '../../api/src/database/demo-data.js';
import { effectiveAgreement } from './support/agreement-flow.js';
import { act, APPLICANT, caseInMediation, expectOk, registerCase, RESPONDENT } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The de-identified export of closed cases (npm run export:deidentified). */
describe('de-identified export of closed cases', () => {
  let t: TestApp;
  let items: DeidentifiedCase[];
  let output: string;
  const month = new Date().toISOString().slice(0, 7);

  beforeAll(async () => {
    t = await createTestApp();
    const token = await t.tokenOf('mediator.yang');
    // 1. An agreement, performed, visited and closed; names and numbers also typed into the facts.
    const withNames = await caseInMediation(t, {
      facts: '王秀英(电话13800000001,身份证330681198503150021)称刘建平家卫生间漏水,秀英多次上门协商未果。',
    });
    const { c, agreementId } = await effectiveAgreement(t, withNames);
    for (const termIndex of [0, 1]) {
      await t
        .http()
        .post(`/api/agreements/${agreementId}/performance`)
        .auth(token, { type: 'bearer' })
        .send({ termIndex, performedAt: '2026-11-21T10:00:00+08:00' })
        .expect(201);
    }
    await t
      .http()
      .post(`/api/cases/${c.id}/return-visits`)
      .auth(token, { type: 'bearer' })
      .send({
        visitedAt: '2026-11-28T15:00:00+08:00',
        partyId: c.parties[0]!.id,
        performance: 'performed',
        satisfaction: 5,
        note: '王秀英表示满意',
      })
      .expect(201);
    expectOk(await act(t, 'director.yang', c.id, 'close'));
    // 2. Terminated and closed.
    const terminated = await caseInMediation(t, { title: '刘建平与王秀英宅基地纠纷' });
    expectOk(
      await act(t, 'mediator.yang', terminated.id, 'terminate', {
        reason: '刘建平拒不到场',
        routesInformed: '已告知王秀英可向诸暨市人民法院起诉',
      }),
    );
    expectOk(await act(t, 'director.yang', terminated.id, 'close'));
    // 3. Open cases: in mediation, and just registered.
    await caseInMediation(t, { title: '仍在调解的案件' });
    await registerCase(t, 'mediator.yang', { title: '刚登记的案件' });

    items = [];
    const url = (t.dataSource.options as { url: string }).url;
    const count = await exportDeidentified({
      url,
      from: month,
      to: month,
      write: (item) => void items.push(item),
    });
    expect(count).toBe(items.length);
    output = items.map((i) => JSON.stringify(i) + csvLine(i)).join('\n');
  });
  afterAll(() => t.close());

  it('holds the closed cases only, with their outcome, amounts and months', () => {
    expect(items.map((i) => i.outcome).sort()).toEqual(['agreement', 'terminated']);
    expect(output).not.toContain('仍在调解的案件');
    expect(output).not.toContain('刚登记的案件');
    const agreed = items.find((i) => i.outcome === 'agreement')!;
    expect(agreed).toMatchObject({
      disputeType: 'neighbour',
      amountInDispute: '3200.00',
      agreedAmount: '3000.00',
      performed: true,
      registeredMonth: month,
      closedMonth: month,
      place: '枫源村',
      parties: [
        { label: '甲方', role: 'applicant' },
        { label: '乙方', role: 'respondent' },
      ],
    });
    expect(agreed.agreement!.terms[0]).toEqual({
      kind: 'pay',
      amount: '3000.00',
      text: '乙方支付甲方维修费3000元',
    });
    expect(agreed.facts).toBe('甲方(电话[电话],身份证[身份证号])称乙方家卫生间漏水,甲方多次上门协商未果。');
    const ended = items.find((i) => i.outcome === 'terminated')!;
    expect(ended.title).toBe('乙方与甲方宅基地纠纷');
  });

  it('contains no name, ID number, phone or address of any party, agent or staff member', () => {
    const secrets = [
      APPLICANT.name,
      APPLICANT.idNumber,
      APPLICANT.phone,
      APPLICANT.address,
      APPLICANT.birthDate,
      RESPONDENT.name,
      RESPONDENT.idNumber,
      RESPONDENT.phone,
      RESPONDENT.address,
      RESPONDENT.agent.name,
      RESPONDENT.agent.phone,
      '秀英',
      '12 号',
      ...DEMO_USERS.map((u) => u.name),
    ];
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
    expect(output).not.toContain('caseNumber');
    expect(output).not.toMatch(/枫老调字/);
  });

  it('masks what the text reveals by pattern and cuts places to the village', () => {
    const clean = pseudonymiser([{ name: '张三丰', label: '甲方' }], ['某某县某某镇某某村 5 组']);
    expect(clean('张三丰住某某县某某镇某某村 5 组,电话 0575-87654321,三丰说 8 号楼 2 单元')).toBe(
      '甲方住[住址],电话 [电话],甲方说 [门牌] [门牌]',
    );
    expect(villageLevel('诸暨市枫桥镇枫源村 12 号')).toBe('诸暨市枫桥镇枫源村');
    expect(villageLevel('诸暨市枫桥镇建设路 8 号')).toBe('诸暨市枫桥镇');
    expect(villageLevel('建设路 8 号')).toBeNull();
  });
});
