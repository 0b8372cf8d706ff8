import { DATE_LINE } from './templates.js';

/**
 * Every template the system renders, with its document title and a sample of
 * exactly the data it is rendered with. An override is checked against the
 * sample before it is saved: it may use these variables and no others. Optional
 * values are filled in, so that the branches that print them are checked too.
 */
const party = { roleLabel: '申请人', name: '王秀英', description: '王秀英,女,汉族,1985年3月15日出生' };
const common = {
  caseNumber: '(2026)枫老调字第0012号',
  committee: '老杨调解中心',
  title: '楼上住户漏水纠纷',
  facts: '楼上住户卫生间漏水,致楼下天花板受损。',
  requests: '请求维修防水并赔偿损失',
  dateLine: DATE_LINE,
  partyNames: '王秀英、刘建平',
  parties: [party, { roleLabel: '被申请人', name: '刘建平', description: '刘建平,男,1978年7月20日出生' }],
};

export interface TemplateSample {
  title: string;
  data: Record<string, unknown>;
  /** Other shapes of the same data (e.g. the oral register), each rendered too. */
  variants?: Record<string, unknown>[];
  /**
   * The free texts of this document and the most characters the forms accept for each (the
   * DTOs' MaxLength), filled to that length with line breaks for the largest shape.
   */
  longest?: Readonly<Record<string, number>>;
}

/** The case's own free texts (create-case.dto.ts). */
const CASE_TEXTS = { facts: 10_000, requests: 5_000 };

export const TEMPLATE_SAMPLES: Record<string, TemplateSample> = {
  agreement: {
    title: '人民调解协议书',
    data: {
      title: '人民调解协议书',
      agreementNumber: '(2026)枫老调字第0012号',
      notice: '【草稿 · 未经签署,不具法律效力】',
      parties: [
        {
          roleLabel: '申请人',
          description: party.description,
          guardian: '王建军(父亲)',
          agent: '刘小军,一般授权',
        },
      ],
      facts: common.facts,
      responsibility: '被申请人负全部责任。',
      terms: [{ text: '刘建平支付王秀英维修费3000元', details: '金额:人民币3000.00元(大写:叁仟元整)' }],
      performance: '银行转账。',
      unresolvedMatters: null,
      routesInformed: null,
      oral: false,
      recorder: '杨建国',
      agreedOn: '2026年11月21日',
      copies: 3,
    },
    variants: [
      { title: '人民调解口头协议登记表', oral: true, notice: null, responsibility: null },
      { unresolvedMatters: '工伤赔偿问题双方分歧较大,未达成协议。', routesInformed: '已告知可申请劳动仲裁' },
    ],
    longest: {
      facts: 10_000,
      responsibility: 5_000,
      performance: 5_000,
      unresolvedMatters: 5_000,
      routesInformed: 2_000,
      text: 2_000,
      details: 200,
      agent: 200,
      guardian: 80,
    },
  },
  application: { title: '人民调解申请书', data: { ...common, applicants: ['王秀英'] }, longest: CASE_TEXTS },
  acceptance: {
    title: '人民调解受理登记表',
    data: { ...common, registeredOn: '2026年11月1日', source: '当事人申请(来电)', disputeType: '邻里' },
    longest: CASE_TEXTS,
  },
  'rights-notice': { title: '人民调解当事人权利义务告知书', data: common, longest: CASE_TEXTS },
  termination: {
    title: '终止调解告知书',
    data: {
      ...common,
      reason: '调解不成',
      unresolvedMatters: '',
      routesInformed: '可以向人民法院起诉。',
      terminatedOn: '2026年11月20日',
    },
    variants: [{ unresolvedMatters: '劳动关系是否成立及工亡赔偿事项。' }],
    longest: { ...CASE_TEXTS, reason: 2_000, unresolvedMatters: 5_000, routesInformed: 2_000 },
  },
  'arbitration-notice': {
    title: '告知可申请劳动争议仲裁',
    data: { ...common, receivedOn: '2026年11月1日', dueOn: '2026年11月16日' },
    longest: CASE_TEXTS,
  },
  'session-record': {
    title: '人民调解记录',
    data: {
      caseNumber: common.caseNumber,
      time: '2026年11月19日 09:00 至 2026年11月19日 11:00',
      place: '老杨调解中心',
      title: common.title,
      mode: '面对面(共同调解)',
      medium: '视频调解',
      remoteConsent: '王秀英、刘建平于2026年11月18日 15:00口头同意以视频调解方式进行调解',
      parties: '申请人王秀英、被申请人刘建平',
      participants: '王小明(申请人之子)',
      mediators: '杨建国',
      summary: '双方当面达成协议。',
      partyNames: ['王秀英', '刘建平'],
      dateLine: DATE_LINE,
    },
    longest: { summary: 20_000, participants: 2_000, place: 200, remoteConsent: 600 },
  },
  'investigation-record': {
    title: '人民调解调查记录',
    data: {
      caseNumber: common.caseNumber,
      time: '2026年11月18日 15:00',
      place: '枫溪小区3幢502室',
      investigators: '杨建国、赵丽华',
      recorder: '赵丽华',
      interviewee: '孙桂芳(证人,邻居)',
      subject: '502室卫生间漏水的时间和经过',
      content: '问:你什么时候发现楼下漏水?\n答:十月中旬。',
      intervieweeName: '孙桂芳',
      dateLine: DATE_LINE,
    },
    longest: { content: 20_000, place: 200, subject: 200, interviewee: 160, investigators: 400 },
  },
  'return-visit': {
    title: '人民调解回访记录',
    data: {
      caseNumber: common.caseNumber,
      time: '2026年11月28日 10:00',
      party: '王秀英',
      agreementNumber: common.caseNumber,
      title: common.title,
      performance: '已履行',
      satisfaction: '5 分(满分 5 分)',
      residualRisk: '无',
      note: '已履行完毕。',
      dateLine: DATE_LINE,
    },
    longest: { note: 2_000 },
  },
  'volume-cover': {
    title: '卷宗封面与卷内目录',
    data: {
      committee: common.committee,
      title: common.title,
      volumeNumber: common.caseNumber,
      mediators: '杨建国、赵丽华',
      period: '2026年11月1日 至 2026年11月20日',
      compiler: '杨主任',
      filedOn: '2026年11月30日',
      retention: '永久',
      remarks: '调解协议书原件(含电子签章)另存,可扫码核验',
      index: [{ title: '人民调解受理登记表', page: 3 }],
    },
    longest: { remarks: 2_000 },
  },
  'judicial-confirmation': {
    title: '司法确认申请书',
    data: {
      agreementNumber: common.caseNumber,
      committee: common.committee,
      court: '诸暨市人民法院',
      title: common.title,
      effectiveOn: '2026年11月21日',
      terms: ['刘建平支付王秀英维修费3000元', '刘建平向王秀英赔礼道歉'],
      parties: [
        { ...party, address: '诸暨市枫桥镇枫源村 12 号', phone: '13900000001' },
        {
          roleLabel: '被申请人',
          name: '刘建平',
          description: '刘建平,男',
          address: '枫源村 14 号',
          phone: '',
        },
      ],
      dateLine: DATE_LINE,
    },
    longest: { terms: 2_000, address: 200 },
  },
  'referral-feedback': {
    title: '人民调解结果回函',
    data: {
      committee: common.committee,
      caseNumber: common.caseNumber,
      referrer: '诸暨市人民法院',
      receivedOn: '2026年11月1日',
      acceptedOn: '2026年11月2日',
      title: '物业服务合同纠纷',
      externalRef: '(2026)浙0681民诉前调1234号',
      agreement: {
        number: common.caseNumber,
        effectiveOn: '2026年11月21日',
        terms: ['业主于2026年12月31日前支付物业费2400元'],
        confirmation: '尚未申请',
      },
      terminatedOn: '2026年11月21日',
      terminationReason: '调解不成',
      routesInformed: '可以向人民法院起诉。',
      undisputedFacts: '双方确认物业服务合同真实有效。',
      mediators: '杨建国',
      dateLine: '2026年11月22日',
    },
    variants: [{ agreement: null, undisputedFacts: null }],
    longest: { undisputedFacts: 10_000, terminationReason: 2_000, routesInformed: 2_000, terms: 2_000 },
  },
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATE_SAMPLES);

/** How many items the largest realistic document lists (a volume's index lists every document). */
const LARGEST_LISTS: Readonly<Record<string, number>> = {
  parties: 10,
  partyNames: 10,
  applicants: 10,
  terms: 50,
  index: 60,
};
const PARAGRAPH = '双方因相邻关系发生纠纷,经调解员现场查看并分别听取意见,各方陈述如下。\n';
const longText = (length: number) => PARAGRAPH.repeat(Math.ceil(length / PARAGRAPH.length)).slice(0, length);

function enlarged(value: unknown, key: string, longest: Readonly<Record<string, number>>): unknown {
  if (Array.isArray(value) && value.length > 0) {
    const length = Math.max(LARGEST_LISTS[key] ?? 20, value.length);
    return Array.from({ length }, (_, i) => enlarged(value[i % value.length], key, longest));
  }
  if (typeof value === 'string' && Object.hasOwn(longest, key)) return longText(longest[key]!);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, enlarged(v, k, longest)]));
  return value;
}

/**
 * The sample's data (and each variant) at the largest realistic shape: 10 parties, 50 terms
 * (the most an agreement takes), the longest texts the forms accept. An override is rendered
 * on these too, so one that only explodes on a large case (a loop inside a loop over the
 * parties) is refused before it is stored, not on the first 7-party case that meets it.
 */
export function largestShapes(sample: TemplateSample): Record<string, unknown>[] {
  return [{}, ...(sample.variants ?? [])].map(
    (variant) =>
      enlarged({ ...sample.data, ...variant }, '', sample.longest ?? {}) as Record<string, unknown>,
  );
}
