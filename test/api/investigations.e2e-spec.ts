import { caseInMediation, mediatorId } from './support/factories.js';
import { getBinary, pdfText } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 17: there was no investigation record (人民调解调查记录, form 5): what a mediator learnt from a
 * witness on site lived in a session summary or nowhere. It is now a record of its own, printed for
 * the person interviewed and the investigators to sign, its content under the case's sensitivity.
 */
describe('调查记录: investigation records (issue 17)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const body = async (overrides: object = {}) => ({
    investigatedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    place: '枫溪小区3幢502室',
    investigatorIds: [await mediatorId(t, '杨建国'), await mediatorId(t, '赵丽华')],
    recorderName: '赵丽华',
    intervieweeName: '孙桂芳',
    intervieweeRelation: '证人(邻居)',
    subject: '502室卫生间漏水的时间和经过',
    content: '问:你什么时候发现楼下漏水?\n答:十月中旬,402室天花板开始滴水。',
    ...overrides,
  });
  const post = (caseId: string, payload: object, as = token) =>
    t.http().post(`/api/cases/${caseId}/investigations`).auth(as, { type: 'bearer' }).send(payload);
  const list = async (caseId: string, as = token) =>
    (await t.http().get(`/api/cases/${caseId}/investigations`).auth(as, { type: 'bearer' }).expect(200))
      .body as { id: string; content: string; investigatorNames: string[]; intervieweeName: string }[];

  it('records an interview, lists it, puts it on the timeline and prints the form to be signed', async () => {
    const c = await caseInMediation(t);
    const created = await post(c.id, await body());
    expect(created.status).toBe(201);
    const [record] = await list(c.id);
    expect(record).toMatchObject({ investigatorNames: ['杨建国', '赵丽华'], intervieweeName: '孙桂芳' });
    const text = pdfText(
      (await getBinary(t, `/api/investigations/${record!.id}/record.pdf`, token).expect(200)).body,
    );
    for (const part of [
      '人民调解调查记录',
      '调查人:杨建国、赵丽华',
      '被调查人:孙桂芳(证人(邻居))',
      '调查事项:502室卫生间漏水的时间和经过',
      '答:十月中旬,402室天花板开始滴水。',
      '被调查人孙桂芳(签名并按指印,每页)',
      '记录人(签名)',
    ])
      expect(text).toContain(part);
    const [audit] = await t.dataSource.query<{ after: object }[]>(
      `SELECT after FROM audit_events WHERE action = 'investigation.create' AND entity_id = $1`,
      [c.id],
    );
    expect(JSON.stringify(audit!.after)).not.toContain('天花板');
  });

  it('refuses an investigator off the case, a party of another case and a time in the future', async () => {
    const c = await caseInMediation(t);
    const other = await caseInMediation(t);
    const stranger = await post(c.id, await body({ investigatorIds: [await mediatorId(t, '陈心怡')] }));
    expect({ status: stranger.status, code: stranger.body.code }).toEqual({
      status: 422,
      code: 'NOT_CASE_MEDIATOR',
    });
    expect((await post(c.id, await body({ partyId: other.parties[0]!.id }))).status).toBe(404);
    const future = await post(
      c.id,
      await body({ investigatedAt: new Date(Date.now() + 86_400_000).toISOString() }),
    );
    expect(future.status).toBe(400);
    expect(await list(c.id)).toEqual([]);
  });

  it('shows a sensitive case’s interview to the case team only', async () => {
    const c = await caseInMediation(t, { disputeType: 'marriage_family' });
    expect((await post(c.id, await body({ content: '问:孩子跟谁住?答:跟外婆。' }))).status).toBe(201);
    expect((await list(c.id))[0]!.content).toContain('跟外婆');
    const office = await list(c.id, await t.tokenOf('sfs.wang'));
    expect(office[0]!.content).not.toContain('外婆');
    expect(office[0]!.intervieweeName).not.toContain('孙桂芳');
  });
});
