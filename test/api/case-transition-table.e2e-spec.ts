import { CASE_STATUSES, type CaseStatus } from '../../api/src/modules/cases/case.enums.js';
import { CASE_ACTIONS, type CaseAction, TRANSITIONS } from '../../api/src/modules/cases/case-status.js';
import {
  act,
  type CaseRef,
  caseInMediation,
  expectOk,
  mediatorId,
  orgId,
  registerCase,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Every action route from every status (docs/domain.md §10.2): 2xx exactly where `TRANSITIONS` of
 * api/src/modules/cases/case-status.ts allows it, else 409 with status and version unchanged. The
 * expected answers come from that one table; the test only knows how to reach each status.
 */
describe('the case state machine, pair by pair', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const USER = 'director.yang';

  const rowOf = async (id: string) =>
    (await t.dataSource.query('SELECT status, version FROM cases WHERE id = $1', [id]))[0] as {
      status: CaseStatus;
      version: number;
    };

  async function recordSession(c: CaseRef): Promise<void> {
    const res = await t
      .http()
      .post(`/api/cases/${c.id}/sessions`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({
        mode: 'site_visit',
        startedAt: '2026-11-20T09:00:00+08:00',
        place: '枫源村 12 号',
        partyIds: [],
        mediatorIds: [await mediatorId(t, '杨建国')],
        summary: '现场查看',
      });
    expectOk(res);
  }

  /** Status set directly: the agreement and performance statuses are entered by other modules. */
  async function forced(status: CaseStatus): Promise<CaseRef> {
    const c = await caseInMediation(t);
    await recordSession(c);
    await t.dataSource.query('UPDATE cases SET status = $2 WHERE id = $1', [c.id, status]);
    if (status === 'performed' || status === 'breached') {
      // Closing an agreed case needs a return visit first (api/src/modules/performance/case-closing.ts).
      const [user] = await t.dataSource.query<{ id: string }[]>('SELECT id FROM users WHERE username = $1', [
        'mediator.yang',
      ]);
      await t.dataSource.query(
        `INSERT INTO return_visits (case_id, party_id, visited_at, performance, satisfaction, note, recorded_by_id)
         VALUES ($1, $2, now(), $3, 4, '电话回访', $4)`,
        [c.id, c.parties[0]!.id, status === 'performed' ? 'performed' : 'not_performed', user!.id],
      );
    }
    return c;
  }

  async function terminated(): Promise<CaseRef> {
    const c = await caseInMediation(t);
    await recordSession(c);
    expectOk(
      await act(t, USER, c.id, 'terminate', {
        reason: '双方分歧过大',
        routesInformed: '已告知可向人民法院起诉',
      }),
    );
    return c;
  }

  /** A case brought into `status`, through the API where an action leads there. */
  const REACH: Record<CaseStatus, () => Promise<CaseRef>> = {
    registered: () => registerCase(t),
    accepted: async () => {
      const c = await registerCase(t);
      expectOk(await act(t, USER, c.id, 'accept'));
      return c;
    },
    in_mediation: async () => {
      const c = await caseInMediation(t);
      await recordSession(c);
      return c;
    },
    paused: async () => {
      const c = await caseInMediation(t);
      expectOk(await act(t, USER, c.id, 'pause', { reason: '等待伤情鉴定' }));
      return c;
    },
    agreement_pending: () => forced('agreement_pending'),
    agreement_effective: () => forced('agreement_effective'),
    performing: () => forced('performing'),
    performed: () => forced('performed'),
    breached: () => forced('breached'),
    terminated,
    not_accepted: async () => {
      const c = await registerCase(t);
      expectOk(await act(t, USER, c.id, 'reject', { reason: '不属于人民调解范围' }));
      return c;
    },
    transferred_out: async () => {
      const c = await registerCase(t);
      expectOk(await act(t, USER, c.id, 'transfer', await bodyOf('transfer', c)));
      return c;
    },
    closed: async () => {
      const c = await terminated();
      expectOk(await act(t, USER, c.id, 'close'));
      return c;
    },
    archived: async () => {
      const c = await terminated();
      expectOk(await act(t, USER, c.id, 'close'));
      expectOk(await act(t, USER, c.id, 'archive'));
      return c;
    },
  };

  /** A body each route accepts, so that only the status decides the answer. */
  async function bodyOf(action: CaseAction, c: CaseRef): Promise<Record<string, unknown>> {
    switch (action) {
      case 'accept':
      case 'resume':
      case 'archive':
        return {};
      case 'reject':
        return { reason: '不属于人民调解范围' };
      case 'assign':
        return { presidingMediatorId: await mediatorId(t, '杨建国'), chosenBy: 'committee' };
      case 'pause':
        return { reason: '等待伤情鉴定' };
      case 'extend':
        return { days: 10, consentPartyIds: c.parties.map((p) => p.id), reason: '双方同意继续调解' };
      case 'terminate':
        return { reason: '双方分歧过大', routesInformed: '已告知可向人民法院起诉' };
      case 'transfer':
        return { reason: '跨村纠纷', toOrganisationId: await orgId(t, '枫源村人民调解委员会') };
      case 'close':
        return { unperformedRoutesInformed: '已告知可向人民法院申请强制执行或起诉' };
    }
  }

  it('answers every action from every status as TRANSITIONS says', async () => {
    expect(CASE_STATUSES).toHaveLength(14);
    const walked: { status: CaseStatus; action: CaseAction; expected: number | '2xx'; got: number }[] = [];
    for (const status of CASE_STATUSES) {
      const shared = await REACH[status]();
      expect((await rowOf(shared.id)).status).toBe(status);
      for (const action of CASE_ACTIONS) {
        const allowed = TRANSITIONS[action].from.includes(status);
        // An allowed action moves the case on, so each one gets a fresh case in the status.
        const c = allowed ? await REACH[status]() : shared;
        const before = await rowOf(c.id);
        const res = await act(t, USER, c.id, action, await bodyOf(action, c));
        const after = await rowOf(c.id);
        walked.push({ status, action, expected: allowed ? '2xx' : 409, got: res.status });
        if (allowed) {
          expect({ status, action, code: res.status, body: res.status < 300 ? null : res.body }).toEqual({
            status,
            action,
            code: 200,
            body: null,
          });
          expect({ status, action, after: after.status }).toEqual({
            status,
            action,
            after: TRANSITIONS[action].to ?? status,
          });
        } else {
          expect({ status, action, code: res.status, error: res.body.code }).toEqual({
            status,
            action,
            code: 409,
            error: 'ILLEGAL_TRANSITION',
          });
          expect({ status, action, after }).toEqual({ status, action, after: before });
        }
      }
    }
    const allowed = walked.filter((w) => w.expected === '2xx').length;
    expect(walked).toHaveLength(CASE_STATUSES.length * CASE_ACTIONS.length);
    console.log(
      `case transitions: ${walked.length} pairs walked, ${allowed} allowed (2xx), ${walked.length - allowed} refused (409)`,
    );
  }, 300_000);
});
