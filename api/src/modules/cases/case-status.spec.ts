import { AppError } from '../../common/errors.js';
import {
  allowedActions,
  CASE_ACTIONS,
  FOLLOW_UP_MOVES,
  nextStatus,
  PERFORMANCE_STATUSES,
  statusAfterPerformance,
  TRANSITIONS,
} from './case-status.js';
import { CASE_STATUSES } from './case.enums.js';

describe('case state machine', () => {
  it('walks the usual path of a mediation that fails', () => {
    let status = nextStatus('registered', 'accept');
    status = nextStatus(status, 'assign');
    status = nextStatus(status, 'pause');
    status = nextStatus(status, 'resume');
    status = nextStatus(status, 'terminate');
    status = nextStatus(status, 'close');
    expect(nextStatus(status, 'archive')).toBe('archived');
  });

  it('refuses every transition not in the table with 409 naming the allowed ones', () => {
    let refused = 0;
    for (const status of CASE_STATUSES) {
      for (const action of CASE_ACTIONS) {
        if (TRANSITIONS[action].from.includes(status)) continue;
        refused++;
        try {
          nextStatus(status, action);
          throw new Error(`${action} from ${status} was allowed`);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBe(409);
          expect((error as AppError).details).toEqual([{ status, action, allowed: allowedActions(status) }]);
        }
      }
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('says in Chinese what is allowed instead', () => {
    expect(() => nextStatus('registered', 'resume')).toThrow(
      '案件当前状态为“登记”,不能恢复调解;当前可执行:受理、不予受理、移送',
    );
    expect(() => nextStatus('archived', 'accept')).toThrow('案件当前状态为“归档”,不能受理');
  });

  it('keeps the status on an extension', () => {
    expect(nextStatus('paused', 'extend')).toBe('paused');
  });
});

describe('performance statuses (follow-up news)', () => {
  it('moves only the four statuses of an agreement in effect, as the table says', () => {
    const table: [string, Parameters<typeof statusAfterPerformance>[1], string][] = [
      ['agreement_effective', { kind: 'not_performed' }, 'breached'],
      ['performing', { kind: 'not_performed' }, 'breached'],
      ['breached', { kind: 'not_performed' }, 'breached'],
      ['performed', { kind: 'not_performed' }, 'performed'],
      ['agreement_effective', { kind: 'performed', outstanding: 1 }, 'performing'],
      ['breached', { kind: 'performed', outstanding: 1 }, 'performing'],
      ['breached', { kind: 'performed', outstanding: 0 }, 'performed'],
    ];
    for (const [from, news, to] of table)
      expect([from, news, statusAfterPerformance(from as never, news)]).toEqual([from, news, to]);
    for (const status of CASE_STATUSES.filter((s) => !PERFORMANCE_STATUSES.includes(s))) {
      expect(statusAfterPerformance(status, { kind: 'not_performed' })).toBe(status);
      expect(statusAfterPerformance(status, { kind: 'performed', outstanding: 0 })).toBe(status);
    }
  });

  it('lets a breached case be closed (the remedies told), and nothing else', () => {
    expect(allowedActions('breached')).toEqual(['close']);
  });
});

describe('FOLLOW_UP_MOVES', () => {
  it('allows every move statusAfterPerformance can ask for', () => {
    const news = [
      { kind: 'performed', outstanding: 0 },
      { kind: 'performed', outstanding: 1 },
      { kind: 'not_performed' },
    ] as const;
    for (const status of PERFORMANCE_STATUSES)
      for (const n of news) {
        const next = statusAfterPerformance(status, n);
        if (next !== status) expect(FOLLOW_UP_MOVES[next as keyof typeof FOLLOW_UP_MOVES]).toContain(status);
      }
  });
});
