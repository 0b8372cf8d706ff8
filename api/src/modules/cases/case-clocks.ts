import type { EntityManager } from 'typeorm';
import type { DeadlinesService } from '../deadlines/deadlines.service.js';
import type { TransitionInput } from './case-actions.service.js';
import type { CaseEntity } from './case.entity.js';

/** Mediation clocks start at acceptance, or on receipt of a court's dispatch (docs/domain.md §7.1). */
const CLOCK_FROM_RECEIPT = ['court_dispatch', 'court_entrust'];

/**
 * A labour dispute's 15 days run from the committee's receipt of the application (劳动争议调解仲裁法
 * Art 14), which is its registration, not its acceptance.
 */
const fromReceipt = (row: CaseEntity) =>
  CLOCK_FROM_RECEIPT.includes(row.source) || row.disputeType === 'labour';

/** What each transition does to the case's clocks (docs/domain.md §10.4). */
export async function updateClocks(
  deadlines: DeadlinesService,
  manager: EntityManager,
  row: CaseEntity,
  input: TransitionInput,
): Promise<void> {
  const context = { caseId: row.id };
  switch (input.action) {
    case 'accept':
      await deadlines.finish(manager, row.id, ['acceptance']);
      await deadlines.start(manager, {
        ...context,
        kind: 'mediation',
        label: '调解期限',
        start: fromReceipt(row) ? row.createdAt : new Date(),
      });
      return;
    case 'pause':
      return deadlines.pause(manager, row.id, 'mediation');
    case 'resume':
      return deadlines.resume(manager, row.id, 'mediation');
    case 'extend':
      return deadlines.extend(manager, row.id, 'mediation', input.dto.days);
    case 'reject':
    case 'transfer':
    case 'terminate':
      return deadlines.finish(manager, row.id, ['acceptance', 'mediation', 'signature']);
    case 'close':
      await deadlines.finish(manager, row.id, ['acceptance', 'mediation', 'signature', 'return_visit']);
      return deadlines.start(manager, { ...context, kind: 'filing', label: '立卷归档期限' });
    case 'archive':
      return deadlines.finish(manager, row.id, ['filing']);
    case 'assign':
      return;
  }
}
