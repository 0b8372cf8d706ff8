import { chinaDay } from '../../../../libs/contracts/src/china-day.js';
import { isMinorOn } from '../../../../libs/contracts/src/representation.js';
import type { Term } from './agreement.entity.js';

export interface CheckParty {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  sex: string | null;
  birthDate: string | null;
  address: string | null;
  phoneMasked: string | null;
  legalRepresentative: string | null;
  guardianName: string | null;
  agentName: string | null;
  agentValidUntil: string | null;
}

export interface CheckContent {
  form: 'written' | 'oral';
  /** Printed copies (本协议一式N份); written agreements only. */
  copies: number;
  facts: string;
  responsibility: string;
  terms: Term[];
  performance: string;
}

export type { SigningMark as CheckSignature } from '../../../../libs/contracts/src/signing.js';

export interface Gap {
  code: string;
  message: string;
}

/**
 * What the agreement's content lacks to be legally complete (Art 29,
 * docs/domain.md §10.3): parties' details, facts, responsibility, and terms that
 * say who does what, how, where and by when. Signing cannot start until empty.
 */
export function contentGaps(content: CheckContent, parties: CheckParty[], today = chinaDay()): Gap[] {
  const gaps: Gap[] = [...representationGaps(parties, today)];
  for (const p of parties) {
    const lacking =
      p.kind === 'person'
        ? [!p.sex && '性别', !p.birthDate && '出生日期', !p.phoneMasked && '联系电话', !p.address && '住址']
        : [!p.legalRepresentative && '法定代表人', !p.address && '住所地'];
    const names = lacking.filter(Boolean);
    if (names.length)
      gaps.push({ code: `PARTY_DETAILS:${p.id}`, message: `当事人${p.name}缺少${names.join('、')}` });
  }
  if (!content.facts.trim()) gaps.push({ code: 'FACTS', message: '缺少纠纷主要事实和争议事项' });
  if (content.form === 'written' && !content.responsibility.trim()) {
    gaps.push({ code: 'RESPONSIBILITY', message: '缺少各方责任' });
  }
  if (content.terms.length === 0) gaps.push({ code: 'TERMS', message: '缺少协议条款' });
  const partyIds = new Set(parties.map((p) => p.id));
  content.terms.forEach((term, i) => {
    const n = i + 1;
    if (!partyIds.has(term.obligorPartyId) || (term.obligeePartyId && !partyIds.has(term.obligeePartyId))) {
      gaps.push({ code: `TERM_PARTY:${n}`, message: `第${n}条的义务人或权利人不是本案当事人` });
    }
    if (term.kind === 'pay' && !term.amount)
      gaps.push({ code: `TERM_AMOUNT:${n}`, message: `第${n}条未写明金额` });
    if ((term.kind === 'pay' || term.kind === 'act') && !term.dueDate) {
      gaps.push({ code: `TERM_DEADLINE:${n}`, message: `第${n}条未写明履行期限` });
    }
    if (term.kind === 'pay' && !term.method)
      gaps.push({ code: `TERM_METHOD:${n}`, message: `第${n}条未写明履行方式` });
  });
  if (!content.performance.trim()) gaps.push({ code: 'PERFORMANCE', message: '缺少履行方式、地点和期限' });
  gaps.push(...copiesGaps(content, parties.length));
  return gaps;
}

/**
 * Who acts for a party (docs/domain.md §10.1): a minor agrees through a guardian (民法典 Art 19–20,
 * 27), and an agent's power of attorney must still be valid on the day the agreement is made.
 */
export function representationGaps(parties: CheckParty[], today: string): Gap[] {
  return parties.flatMap((p) => [
    ...(p.kind === 'person' && p.birthDate && isMinorOn(p.birthDate, today) && !p.guardianName
      ? [
          {
            code: `GUARDIAN:${p.id}`,
            message: `当事人${p.name}未满十八周岁,须由其监护人(法定代理人)代为参加调解和签署协议,请填写监护人`,
          },
        ]
      : []),
    ...(p.agentName && p.agentValidUntil && p.agentValidUntil < today
      ? [
          {
            code: `AGENT_EXPIRED:${p.id}`,
            message: `当事人${p.name}的委托代理人${p.agentName}的授权已于${p.agentValidUntil}到期,请重新办理授权委托书`,
          },
        ]
      : []),
  ]);
}

/** The fewest copies of a written agreement: one per party and one the committee keeps (Art 29). */
export const minimumCopies = (parties: number) => parties + 1;

/**
 * Copies of a written agreement: each party keeps one and the committee one (人民调解法 Art 29), so
 * never fewer than parties + 1. Checked when a draft is saved and again before it takes effect
 * (a party may have been added since). An oral agreement prints no copies (Art 30).
 */
export function copiesGaps(content: Pick<CheckContent, 'form' | 'copies'>, parties: number): Gap[] {
  const least = minimumCopies(parties);
  if (content.form !== 'written' || content.copies >= least) return [];
  return [
    {
      code: 'COPIES',
      message: `协议份数不足:${parties}方当事人各执一份、人民调解委员会留存一份,至少应为一式${least}份(现为${content.copies}份)`,
    },
  ];
}

/** Signatures still missing before a written agreement takes effect: the rule the web shares. */
export { signatureGaps } from '../../../../libs/contracts/src/signing.js';

/**
 * A paper-signed agreement needs a scanned page for every page of the copy printed for signing
 * (`GET /api/agreements/:id/pdf?purpose=signing`): the signatures are on the last page, but only
 * the scans of the other pages show which terms were signed (and carry the cross-page seal), so a
 * scan of the signature page alone is not enough. `scanned` counts every page of every scan.
 */
export function scanPageGaps(scanned: number, printed: number): Gap[] {
  if (scanned >= printed) return [];
  return [
    {
      code: 'SCAN_PAGES',
      message: `签署件扫描页数不足:打印的签署件共${printed}页,已上传${scanned}页;请逐页扫描上传`,
    },
  ];
}
