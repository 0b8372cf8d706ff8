import fc from 'fast-check';
import { caseBody } from './factories.js';
import type { FuzzRequest } from './fuzz-requests.js';
import {
  evilStringArb,
  evilValueArb,
  IMPOSSIBLE_DATES,
  type IdPool,
  idArb,
  NUMBER_STRINGS,
  NUMBERS,
} from './fuzz-values.js';
import { referralBody } from './referral-flow.js';

/** Records the seeds point at (built in the fuzz test's beforeAll). */
export interface FuzzWorld {
  laoyang: string;
  court: string;
  /** A case in mediation at 老杨调解中心 with 杨建国 presiding, and a draft agreement on it. */
  caseId: string;
  partyIds: string[];
  mediatorId: string;
  draftAgreementId: string;
  /** An effective agreement and its case. */
  agreementId: string;
  agreementCaseId: string;
}

/** A request that succeeds as it is; the fuzzer spoils one or two of its values. */
interface Seed {
  method: string;
  /** OpenAPI path, to count coverage with the other requests. */
  op: string;
  url: string;
  role: string;
  body: unknown;
}

const NOW = '2026-11-21T09:00:00+08:00';
const TODAY = new Date().toISOString().slice(0, 10);

export function seeds(w: FuzzWorld): Seed[] {
  const [applicant, respondent] = w.partyIds;
  const seed = (method: string, op: string, ids: string[], role: string, body: unknown): Seed => {
    let url = op;
    for (const id of ids) url = url.replace(/\{\w+\}/, id);
    return { method, op: `${method} ${op}`, url, role, body };
  };
  return [
    seed('POST', '/api/cases', [], 'mediator.yang', caseBody(w.laoyang)),
    seed('POST', '/api/cases/{id}/sessions', [w.caseId], 'mediator.yang', {
      mode: 'face_to_face',
      startedAt: NOW,
      endedAt: '2026-11-21T11:30:00+08:00',
      place: '老杨调解中心调解室',
      partyIds: w.partyIds,
      mediatorIds: [w.mediatorId],
      participants: [{ name: '李书记', relation: '村党支部书记', consent: true }],
      summary: '双方当面陈述,同意由楼上业主维修',
    }),
    seed('POST', '/api/cases/{id}/agreements', [w.caseId], 'mediator.yang', {
      form: 'written',
      facts: '楼上漏水致楼下天花板受损。',
      responsibility: '被申请人负全部责任。',
      performance: '银行转账。',
      terms: [
        {
          obligorPartyId: respondent,
          obligeePartyId: applicant,
          kind: 'pay',
          amount: '3000.00',
          dueDate: '2099-12-31',
          method: '银行转账',
          text: '刘建平支付王秀英维修费3000元',
        },
      ],
    }),
    seed('PATCH', '/api/agreements/{id}', [w.draftAgreementId], 'mediator.yang', {
      version: 1,
      facts: '楼上漏水致楼下天花板受损,经现场查看属实。',
    }),
    seed('POST', '/api/referrals', [], 'court.li', referralBody()),
    seed('POST', '/api/cases/{id}/risk', [w.caseId], 'mediator.yang', {
      level: 'orange',
      note: '双方情绪激动,有肢体冲突苗头',
      reportedTo: '枫桥派出所',
    }),
    seed('POST', '/api/cases/{id}/refusals', [w.caseId], 'mediator.yang', {
      partyId: respondent,
      note: '被申请人明确表示不愿调解',
    }),
    seed('POST', '/api/cases/{id}/supervise', [w.caseId], 'sfs.wang', { note: '请于五个工作日内办结' }),
    seed('POST', '/api/cases/{id}/return-visits', [w.agreementCaseId], 'mediator.yang', {
      visitedAt: NOW,
      partyId: applicant,
      performance: 'partly',
      satisfaction: 4,
      residualRisk: 'low',
      note: '已支付一半,约定月底付清',
    }),
    seed('POST', '/api/agreements/{id}/performance', [w.agreementId], 'mediator.yang', {
      termIndex: 0,
      performedAt: TODAY,
      amount: '1500.00',
      proof: '银行转账回单',
    }),
    seed('POST', '/api/agreements/{id}/urgings', [w.agreementId], 'mediator.yang', {
      termIndex: 0,
      urgedAt: NOW,
      method: 'phone',
      note: '电话提醒被申请人于本月底前支付剩余款项',
    }),
    seed('POST', '/api/agreements/{id}/judicial-confirmation', [w.agreementId], 'mediator.yang', {
      court: '诸暨市人民法院',
      appliedAt: TODAY,
    }),
    seed('PUT', '/api/calendar/overrides', [], 'admin', {
      day: '2026-12-31',
      working: false,
      name: '元旦调休',
    }),
    seed('POST', '/api/organisations', [], 'admin', {
      name: '枫溪村人民调解委员会',
      kind: 'committee',
      parentId: w.laoyang,
      caseNumberPrefix: '枫溪调',
      address: '枫桥镇枫溪村',
    }),
    seed('POST', '/api/api-keys', [], 'admin', { organisationId: w.court, name: '法院诉前调解平台' }),
  ];
}

type Path = (string | number)[];

/** Paths of every value in `value` (containers included), the root excepted. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf(child, path, out);
    }
  }
  return out;
}

function setAt(root: unknown, path: Path, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** A bad value that fits where it goes: a hostile string for a string, an extreme number for a number. */
const replacementArb = (pool: IdPool) =>
  fc.oneof(
    { weight: 5, arbitrary: evilStringArb },
    { weight: 2, arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES, ...NUMBER_STRINGS) },
    { weight: 2, arbitrary: idArb(pool) },
    { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 2, arbitrary: evilValueArb(pool) },
  );

/** The seed as is (it may well succeed) or with one to three values spoilt or dropped. */
export function seededRequestArb(seed: Seed, roles: string[], pool: IdPool): fc.Arbitrary<FuzzRequest> {
  const paths = pathsOf(seed.body);
  const edit = fc.tuple(fc.constantFrom(...paths), replacementArb(pool), fc.nat(9));
  return fc
    .record({
      role: fc.oneof({ weight: 4, arbitrary: fc.constant(seed.role) }, fc.constantFrom(...roles)),
      edits: fc.array(edit, { minLength: 0, maxLength: 3 }),
      key: fc.option(fc.constantFrom('fuzz-1', 'fuzz-2', 'k'.repeat(100)), { freq: 4 }),
    })
    .map(({ role, edits, key }) => {
      let body = seed.body;
      for (const [path, value, drop] of edits) {
        try {
          body = setAt(body, path, value, drop === 0);
        } catch {
          // An earlier edit replaced a parent of this path: keep the body as it is.
        }
      }
      return {
        op: seed.op,
        role,
        method: seed.method,
        url: seed.url,
        headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
        body: Buffer.from(JSON.stringify(body)),
        bodyKind: edits.length ? `seed+${edits.length}` : 'seed',
      };
    });
}
