import { type Answer, clientOf, type FaultClient, send } from './faults-http.js';

/** A neighbour dispute at the client's centre; `title` tells the tests' cases apart. */
export function caseBody(client: FaultClient, title: string, facts = '楼上漏水，楼下天花板受损。') {
  return {
    organisationId: client.user.organisationId,
    source: 'phone',
    disputeType: 'neighbour',
    title,
    facts,
    requests: '请求赔偿维修费',
    parties: [
      { role: 'applicant', kind: 'person', name: '王秀英', phone: '13900000001' },
      { role: 'respondent', kind: 'person', name: '刘建平', phone: '13900000002' },
    ],
  };
}

export interface CaseInMediation {
  id: string;
  version: number;
  partyIds: string[];
  mediatorIds: string[];
}

/**
 * Registers, accepts and assigns a case to 杨建国 (and `others` of the roster) through the API;
 * `assigner` makes the assignment: only the director assigns, so director.yang unless given.
 */
export async function caseInMediation(
  mediator: FaultClient,
  title: string,
  others: string[] = [],
  assigner?: FaultClient,
): Promise<CaseInMediation> {
  const director = assigner ?? (await clientOf(mediator.base, 'director.yang'));
  const created = await mediator.call<{ id: string; version: number }>(
    'POST',
    '/api/cases',
    caseBody(mediator, title),
  );
  const accepted = await mediator.call<{ version: number }>('POST', `/api/cases/${created.id}/accept`, {
    version: created.version,
    rightsNotice: { method: 'written' },
  });
  const roster = await mediator.call<{ items: { id: string; name: string }[] }>(
    'GET',
    `/api/mediators?organisationId=${mediator.user.organisationId}`,
  );
  const idOf = (name: string) => {
    const found = roster.items.find((m) => m.name === name);
    if (!found) throw new Error(`${name} is not on the roster`);
    return found.id;
  };
  const assigned = await director.call<{ version: number; parties: { id: string }[] }>(
    'POST',
    `/api/cases/${created.id}/assign`,
    {
      version: accepted.version,
      presidingMediatorId: idOf('杨建国'),
      mediatorIds: others.map(idOf),
      chosenBy: 'committee',
    },
  );
  return {
    id: created.id,
    version: assigned.version,
    partyIds: assigned.parties.map((p) => p.id),
    mediatorIds: [idOf('杨建国'), ...others.map(idOf)],
  };
}

/** One write of the load and what it got. */
export interface Write {
  kind: 'case' | 'session';
  answer: Answer;
  /** When it was sent, from the load's start. */
  at: number;
}

/**
 * Writers that register cases (and record sessions on `sessionCase`) one after the other until
 * `stop()`, each waiting for its answer before the next write, as mediators at their desks would.
 */
export function startWriteLoad(
  clients: FaultClient[],
  sessionCase: CaseInMediation,
): { writes: Write[]; started: number; stop(): Promise<void> } {
  const writes: Write[] = [];
  const started = Date.now();
  let running = true;
  const writer = async (client: FaultClient, index: number) => {
    for (let n = 0; running; n++) {
      const at = Date.now() - started;
      if (index % 3 === 2) {
        const answer = await client.send('POST', `/api/cases/${sessionCase.id}/sessions`, {
          mode: 'face_to_face',
          startedAt: new Date(Date.now() - 3600_000).toISOString(),
          place: '老杨调解室',
          partyIds: sessionCase.partyIds,
          mediatorIds: sessionCase.mediatorIds.slice(0, 1),
          summary: `写入负载 ${index}-${n}：双方陈述意见。`,
        });
        writes.push({ kind: 'session', answer, at });
      } else {
        const answer = await client.send('POST', '/api/cases', caseBody(client, `写入负载 ${index}-${n}`));
        writes.push({ kind: 'case', answer, at });
      }
      // A failed write is retried after a short pause, not in a tight loop.
      if (writes.at(-1)!.answer.status >= 300 || writes.at(-1)!.answer.status === 0)
        await new Promise((r) => setTimeout(r, 100));
    }
  };
  const done = Promise.all(clients.map((c, i) => writer(c, i)));
  return {
    writes,
    started,
    async stop() {
      running = false;
      await done;
    },
  };
}

/**
 * Polls until the API is healthy again and a real write (a case registration) goes through, from
 * `since` (PostgreSQL accepting connections again): the milliseconds to each, or null after `giveUpMs`.
 */
export async function recoveryTime(
  client: FaultClient,
  since: number,
  giveUpMs = 30_000,
): Promise<{ healthy: number | null; written: number | null }> {
  let healthy: number | null = null;
  while (Date.now() - since < giveUpMs) {
    const health = await send(`${client.base}/api/health`, { method: 'GET' });
    if (health.status === 200) {
      healthy ??= Date.now() - since;
      const write = await client.send('POST', '/api/cases', caseBody(client, '重启后的第一笔写入'));
      if (write.status === 201) return { healthy, written: Date.now() - since };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { healthy, written: null };
}
