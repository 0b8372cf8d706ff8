import { effectiveAgreement } from './support/agreement-flow.js';
import { acceptedReferral } from './support/referral-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 22: 满意率, 回复率 and 办结率 could not be measured. At 老杨调解中心 this month:
 *  - two referrals whose first feedback fell due an hour ago, one answered two hours ago (on time),
 *    one not at all; a third due tomorrow and not yet answered (not due, not counted): 回复率 1 ÷ 2;
 *  - return visits of one case rated 5 and 3: 满意率 1 ÷ 2 (answers ≥ 4 of 5), from return visits;
 *  - four accepted cases (the three referrals' and one with an effective agreement), one with an
 *    outcome: 办结率 1 ÷ 4.
 */
describe('rates of the overview from the facts (issue 22)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const mediator = await t.tokenOf('mediator.yang');
    const answered = await acceptedReferral(t);
    const late = await acceptedReferral(t);
    const pending = await acceptedReferral(t);
    const due = (id: string, dueAt: string, firstAt: string | null) =>
      t.dataSource.query('UPDATE referrals SET feedback_due_at = $2, first_feedback_at = $3 WHERE id = $1', [
        id,
        dueAt,
        firstAt,
      ]);
    const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();
    await due(answered.id, hours(-1), hours(-2));
    await due(late.id, hours(-1), null);
    await due(pending.id, hours(20), null);
    const { c } = await effectiveAgreement(t);
    for (const satisfaction of [5, 3])
      await t
        .http()
        .post(`/api/cases/${c.id}/return-visits`)
        .auth(mediator, { type: 'bearer' })
        .send({
          visitedAt: new Date(Date.now() - 60_000).toISOString(),
          partyId: c.parties[0]!.id,
          performance: 'partly',
          satisfaction,
          note: '电话回访',
        })
        .expect(201);
  });
  afterAll(() => t.close());

  it('gives 满意率, 回复率 and 办结率 with what they are counted from', async () => {
    const res = await t
      .http()
      .get('/api/stats/overview')
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(200);
    expect(res.body).toMatchObject({
      accepted: 4,
      succeeded: 1,
      satisfactionRate: 0.5,
      satisfactionSource: 'return_visits',
      replyRate: 0.5,
      closedRate: 0.25,
    });
    // The judicial office reads the same figures for its area.
    const other = await t
      .http()
      .get('/api/stats/overview')
      .auth(await t.tokenOf('sfs.wang'), { type: 'bearer' })
      .expect(200);
    expect(other.body).toMatchObject({ satisfactionRate: 0.5, replyRate: 0.5 });
    const empty = await t
      .http()
      .get('/api/stats/overview?from=2020-01-01&to=2020-01-31')
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(200);
    expect(empty.body).toMatchObject({ satisfactionRate: null, replyRate: null, closedRate: null });

    // Once the parties rate for themselves, their answers are the rate: one evaluation of 5.
    const [party] = await t.dataSource.query<{ id: string; case_id: string }[]>(
      'SELECT id, case_id FROM parties LIMIT 1',
    );
    await t.dataSource.query(
      'INSERT INTO party_evaluations (case_id, party_id, satisfaction) VALUES ($1, $2, 5)',
      [party!.case_id, party!.id],
    );
    const rated = await t
      .http()
      .get('/api/stats/overview')
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(200);
    expect(rated.body).toMatchObject({ satisfactionRate: 1, satisfactionSource: 'party_evaluations' });
  });
});
