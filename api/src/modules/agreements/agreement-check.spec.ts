import {
  type CheckContent,
  type CheckParty,
  type CheckSignature,
  contentGaps,
  copiesGaps,
  scanPageGaps,
  signatureGaps,
} from './agreement-check.js';

const parties: CheckParty[] = [
  {
    id: 'a',
    kind: 'person',
    name: '王秀英',
    sex: 'female',
    birthDate: '1985-03-15',
    address: '枫源村',
    phoneMasked: '138****0001',
    legalRepresentative: null,
    guardianName: null,
    agentName: null,
    agentValidUntil: null,
  },
  {
    id: 'b',
    kind: 'organisation',
    name: '某物业公司',
    sex: null,
    birthDate: null,
    address: '枫桥镇',
    phoneMasked: null,
    legalRepresentative: '钱总',
    guardianName: null,
    agentName: null,
    agentValidUntil: null,
  },
];

const content: CheckContent = {
  form: 'written',
  copies: 3,
  facts: '鸡吃狗粮引发纠纷',
  responsibility: '双方各有过错',
  performance: '当场以现金支付',
  terms: [
    {
      obligorPartyId: 'b',
      obligeePartyId: 'a',
      kind: 'pay',
      amount: '3000.00',
      dueDate: '2026-11-21',
      method: '现金',
      text: '某物业公司一次性支付王秀英医疗费人民币3000元',
    },
  ],
};

describe('legal checklist of an agreement', () => {
  it('finds nothing missing in a complete agreement', () => {
    expect(contentGaps(content, parties)).toEqual([]);
  });

  it('names what a party, the facts and each term lack', () => {
    const gaps = contentGaps(
      {
        ...content,
        facts: ' ',
        responsibility: '',
        terms: [
          { obligorPartyId: 'b', kind: 'pay', text: '支付' },
          { obligorPartyId: 'x', kind: 'apologise', text: '赔礼道歉' },
        ],
      },
      [{ ...parties[0]!, sex: null, phoneMasked: null }, parties[1]!],
    );
    expect(gaps.map((g) => g.code)).toEqual([
      'PARTY_DETAILS:a',
      'FACTS',
      'RESPONSIBILITY',
      'TERM_AMOUNT:1',
      'TERM_DEADLINE:1',
      'TERM_METHOD:1',
      'TERM_PARTY:2',
    ]);
    expect(gaps[0]!.message).toBe('当事人王秀英缺少性别、联系电话');
  });

  it('asks a minor for a guardian until the day of majority, and an agent for a valid power', () => {
    const child = { ...parties[0]!, birthDate: '2010-06-01' };
    expect(contentGaps(content, [child, parties[1]!], '2028-05-31').map((g) => g.code)).toEqual([
      'GUARDIAN:a',
    ]);
    expect(contentGaps(content, [child, parties[1]!], '2028-06-01')).toEqual([]);
    expect(contentGaps(content, [{ ...child, guardianName: '王建军' }, parties[1]!], '2028-05-31')).toEqual(
      [],
    );
    const represented = { ...parties[0]!, agentName: '刘律师', agentValidUntil: '2026-12-31' };
    expect(contentGaps(content, [represented, parties[1]!], '2026-12-31')).toEqual([]);
    expect(contentGaps(content, [represented, parties[1]!], '2027-01-01')).toEqual([
      {
        code: 'AGENT_EXPIRED:a',
        message: '当事人王秀英的委托代理人刘律师的授权已于2026-12-31到期,请重新办理授权委托书',
      },
    ]);
  });

  it('does not ask an oral agreement for a responsibility statement', () => {
    expect(contentGaps({ ...content, form: 'oral', responsibility: '' }, parties)).toEqual([]);
  });

  it('requires every party, a mediator and the committee seal to sign; a legal person its own seal', () => {
    expect(signatureGaps(parties, []).map((g) => g.code)).toEqual([
      'SIGNATURE_PARTY:a',
      'SEAL_PARTY:b',
      'SIGNATURE_MEDIATOR',
      'SEAL',
    ]);
    const all: CheckSignature[] = [
      { kind: 'fingerprint', partyId: 'a', mediatorId: null, committeeSeal: false },
      { kind: 'seal', partyId: 'b', mediatorId: null, committeeSeal: false },
      { kind: 'signature', partyId: null, mediatorId: 'm', committeeSeal: false },
      { kind: 'seal', partyId: null, mediatorId: null, committeeSeal: true },
    ];
    expect(signatureGaps(parties, all)).toEqual([]);
    // A company is not bound by a fingerprint or a signature alone.
    const fingerprinted = all.map((s) => (s.partyId === 'b' ? { ...s, kind: 'fingerprint' as const } : s));
    expect(signatureGaps(parties, fingerprinted)).toEqual([
      { code: 'SEAL_PARTY:b', message: '当事人某物业公司(法人或其他组织)尚未加盖单位印章' },
    ]);
  });

  it('asks a written agreement for at least one copy per party and one for the committee (Art 29)', () => {
    expect(copiesGaps({ form: 'written', copies: 3 }, 2)).toEqual([]);
    expect(copiesGaps({ form: 'oral', copies: 2 }, 3)).toEqual([]);
    const [gap] = copiesGaps({ form: 'written', copies: 2 }, 3);
    expect(gap).toEqual({
      code: 'COPIES',
      message: '协议份数不足:3方当事人各执一份、人民调解委员会留存一份,至少应为一式4份(现为2份)',
    });
    expect(contentGaps({ ...content, copies: 2 }, parties).map((g) => g.code)).toEqual(['COPIES']);
  });

  it('asks a paper-signed agreement for a scanned page per printed page', () => {
    expect(scanPageGaps(3, 3)).toEqual([]);
    expect(scanPageGaps(1, 3)[0]!.message).toBe(
      '签署件扫描页数不足:打印的签署件共3页,已上传1页;请逐页扫描上传',
    );
  });
});
