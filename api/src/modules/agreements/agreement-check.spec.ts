import { type CheckContent, type CheckParty, contentGaps, signatureGaps } from './agreement-check.js';

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
  },
];

const content: CheckContent = {
  form: 'written',
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

  it('does not ask an oral agreement for a responsibility statement', () => {
    expect(contentGaps({ ...content, form: 'oral', responsibility: '' }, parties)).toEqual([]);
  });

  it('requires every party, a mediator and the committee seal to sign', () => {
    expect(signatureGaps(parties, []).map((g) => g.code)).toEqual([
      'SIGNATURE_PARTY:a',
      'SIGNATURE_PARTY:b',
      'SIGNATURE_MEDIATOR',
      'SEAL',
    ]);
    const all = [
      { partyId: 'a', mediatorId: null, committeeSeal: false },
      { partyId: 'b', mediatorId: null, committeeSeal: false },
      { partyId: null, mediatorId: 'm', committeeSeal: false },
      { partyId: null, mediatorId: null, committeeSeal: true },
    ];
    expect(signatureGaps(parties, all)).toEqual([]);
  });
});
