import { draftAgreement } from './support/agreement-flow.js';
import { caseInMediation } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type FollowUp = { generateFollowUp: (url: string, log?: (line: string) => void) => Promise<void> };
/** Not typed (test/bench is plain JavaScript): imported by a path TypeScript does not resolve. */
const FOLLOW_UP = '../bench/generate-followup.mjs';

/**
 * `npm run seed` (scripts/seed.mjs) writes its follow-up (agreements, performance, return visits,
 * court confirmations) with test/bench/generate-followup.mjs. On a database in use it met agreements
 * that are not effective yet, and stopped: `null value in column "applied_at"`.
 */
describe('npm run seed on a database that already holds data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('runs twice over draft agreements without failing, and adds nothing the second time', async () => {
    // A draft on a case the generator picks for a court confirmation (about one in seven).
    let picked = false;
    for (let i = 0; i < 60 && !picked; i++) {
      const c = await caseInMediation(t);
      await draftAgreement(t, c);
      const [row] = await t.dataSource.query<{ picked: boolean }[]>(
        `SELECT abs(hashtext(id::text || 'jc')) % 100 < 14 AS picked FROM cases WHERE id = $1`,
        [c.id],
      );
      picked = row!.picked;
    }
    expect(picked).toBe(true);
    const url = (t.dataSource.options as { url: string }).url;
    const { generateFollowUp } = (await import(FOLLOW_UP)) as FollowUp;
    const counts = () =>
      t.dataSource.query<{ n: string }[]>(
        `SELECT (SELECT count(*) FROM agreements) + (SELECT count(*) FROM judicial_confirmations)
              + (SELECT count(*) FROM performance_records) + (SELECT count(*) FROM return_visits) AS n`,
      );
    await generateFollowUp(url, () => undefined);
    const first = await counts();
    await generateFollowUp(url, () => undefined);
    expect(await counts()).toEqual(first);
    const drafts = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM judicial_confirmations j JOIN agreements a ON a.id = j.agreement_id
        WHERE a.status <> 'effective'`,
    );
    expect(drafts).toEqual([{ n: '0' }]);
  });
});
