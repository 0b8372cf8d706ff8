import { CONFIRMATION_MOVES, CONFIRMATION_STATUSES } from '../../libs/contracts/src/judicial-confirmation.js';
import { effectiveAgreement } from './support/agreement-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 17: judicial-confirmation statuses moved in any order (confirmed → applied → refused →
 * confirmed: 200 ×4). Every pair of statuses from one table (libs/contracts judicial-confirmation.ts):
 * a move the table allows answers 200, any other 409 and changes nothing; the same status again
 * (to correct the ruling's number or date) is allowed.
 */
describe('judicial confirmation moves only forward (issue 17)', () => {
  let t: TestApp;
  let agreementId: string;
  let recorder: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ agreementId } = await effectiveAgreement(t));
    const [user] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE username = 'mediator.yang'`,
    );
    recorder = user!.id;
  });
  afterAll(() => t.close());

  it('answers every pair of statuses as the table says', async () => {
    const token = await t.tokenOf('mediator.yang');
    const outcomes: string[] = [];
    for (const from of CONFIRMATION_STATUSES)
      for (const to of CONFIRMATION_STATUSES) {
        const [row] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO judicial_confirmations (agreement_id, court, applied_at, status, recorded_by_id)
           VALUES ($1, '诸暨市人民法院', CURRENT_DATE, $2, $3) RETURNING id`,
          [agreementId, from, recorder],
        );
        const id = row!.id;
        const ruled = to === 'confirmed' || to === 'refused';
        const res = await t
          .http()
          .patch(`/api/judicial-confirmations/${id}`)
          .auth(token, { type: 'bearer' })
          .send(
            ruled
              ? { status: to, rulingNumber: '(2026)浙0681民特9号', rulingDate: '2026-12-01' }
              : { status: to },
          );
        const [after] = await t.dataSource.query<{ status: string }[]>(
          'SELECT status FROM judicial_confirmations WHERE id = $1',
          [id],
        );
        const status = after!.status;
        const allowed = from === to || CONFIRMATION_MOVES[from].includes(to);
        outcomes.push(`${from}→${to}: ${res.status} ${status}`);
        expect(`${from}→${to}: ${res.status} ${status}`).toBe(
          `${from}→${to}: ${allowed ? 200 : 409} ${allowed ? to : from}`,
        );
        if (!allowed) expect(res.body.code).toBe('CONFIRMATION_MOVE');
      }
    console.log(
      `confirmation moves: ${outcomes.length} pairs, ${outcomes.filter((o) => o.includes(': 200')).length} allowed`,
    );
  });
});
