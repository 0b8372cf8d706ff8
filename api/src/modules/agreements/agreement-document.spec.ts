import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PersonalDataCipher } from '../../common/personal-data.js';
import type { CaseEntity } from '../cases/case.entity.js';
import { renderTemplate } from '../documents/templates.js';
import type { PartyEntity } from '../parties/party.entity.js';
import type { AgreementEntity } from './agreement.entity.js';
import { chineseDate } from '../documents/document-text.js';
import { renderAgreementPdf } from './agreement-document.js';

const cipher = new PersonalDataCipher(Buffer.alloc(32, 5));

function party(over: Partial<PartyEntity>): PartyEntity {
  return {
    id: 'p',
    caseId: 'c',
    position: 1,
    role: 'applicant',
    kind: 'person',
    name: '',
    sex: null,
    ethnicity: null,
    birthDate: null,
    idType: null,
    idNumberEnc: null,
    idNumberHash: null,
    idNumberMasked: null,
    phoneEnc: null,
    phoneHash: null,
    phoneMasked: null,
    address: null,
    occupation: null,
    legalRepresentative: null,
    creditCode: null,
    agentName: null,
    agentPhoneEnc: null,
    agentPhoneMasked: null,
    agentAuthority: null,
    agentScope: null,
    agentValidUntil: null,
    guardianName: null,
    guardianRelation: null,
    guardianPhoneEnc: null,
    guardianPhoneMasked: null,
    refusedAt: null,
    refusalNote: null,
    createdAt: new Date(),
    ...over,
  };
}

const parties = [
  party({
    id: 'a',
    name: '王秀英',
    sex: 'female',
    ethnicity: '汉族',
    birthDate: '1985-03-15',
    phoneEnc: cipher.encrypt('13800000001'),
    address: '诸暨市枫桥镇枫源村 12 号',
    occupation: '个体',
  }),
  party({
    id: 'b',
    role: 'respondent',
    kind: 'organisation',
    name: '诸暨市枫桥某物业服务有限公司',
    legalRepresentative: '钱立新',
    creditCode: '91330681MA2BCDE12X',
    address: '诸暨市枫桥镇和平路 1 号',
    agentName: '孙律师',
    agentAuthority: '特别授权',
  }),
];

const agreement = {
  id: 'x',
  caseId: 'c',
  agreementNumber: '(2026)枫老调字第0012号',
  form: 'written',
  status: 'effective',
  facts: '楼上住户卫生间漏水,致王秀英家天花板受损。\n物业公司未及时维修公共管道。',
  responsibility: '物业公司对公共管道维修不及时负主要责任。',
  terms: [
    {
      obligorPartyId: 'b',
      obligeePartyId: 'a',
      kind: 'pay',
      amount: '3200.00',
      dueDate: '2026-12-01',
      method: '银行转账',
      place: '王秀英住处',
      text: '物业公司于2026年12月1日前支付王秀英修复费用3200元',
    },
    { obligorPartyId: 'b', kind: 'act', dueDate: '2026-11-30', text: '物业公司于11月30日前修复公共排水管道' },
  ],
  performance: '第一项以银行转账方式履行;第二项在王秀英住处现场履行。',
  copies: 3,
  effectiveAt: new Date('2026-11-21T02:00:00Z'),
} as unknown as AgreementEntity;

function pdftotext(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tiaojie-tpl-')), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('the agreement template', () => {
  it('renders realistic data to the reviewed text of a 人民调解协议书', async () => {
    const { pdf } = await renderAgreementPdf({
      agreement,
      caseRow: { caseNumber: '(2026)枫老调字第0012号' } as CaseEntity,
      committee: '老杨调解中心',
      parties,
      mediators: [{ id: 'm', name: '杨建国' }],
      signatures: [],
      cipher,
    });
    const text = pdftotext(pdf)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n');
    expect(text).toMatchSnapshot();
  });

  it('fails instead of printing a blank when a variable is missing', () => {
    expect(() =>
      renderTemplate('agreement', { title: '人民调解协议书', agreementNumber: 'x', notice: null }),
    ).toThrow(
      'template agreement: missing "parties", "facts", "responsibility", "terms", "performance", "unresolvedMatters", "routesInformed", "oral", "recorder", "agreedOn", "copies"',
    );
  });

  it('writes dates the Chinese way, in China’s time zone', () => {
    expect(chineseDate('1985-03-15')).toBe('1985年3月15日');
    expect(chineseDate(new Date('2026-11-21T17:30:00Z'))).toBe('2026年11月22日');
  });
});
