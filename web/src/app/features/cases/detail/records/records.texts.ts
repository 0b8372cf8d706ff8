import type { PreventionKind } from '../../../../core/api/cases-api';

/** 防止情况 as the monthly report names them, in its order. */
export const PREVENTION_LABELS: Record<PreventionKind, string> = {
  criminal: '防止民转刑',
  group_petition: '防止群体性上访',
  group_fight: '防止群体性械斗',
  suicide: '防止因纠纷引起自杀',
};

/** Strings of the detail page's records: 无争议事实, 防止情况, and the judicial office's 督办 and 评查. */
export const RECORDS_TEXTS = {
  cancel: '取消',
  save: '保存',
  saved: '已保存。',
  undisputed: {
    title: '无争议事实',
    record: '记录无争议事实',
    edit: '修改无争议事实',
    none: '尚未记录。调解不成时，可记录双方均无争议的事实，供后续诉讼或仲裁使用。',
    label: '无争议事实',
    required: '请填写无争议事实',
    placeholder: '如：双方确认物业服务合同真实有效；欠缴物业费期间为2024年1月至2025年12月。',
  },
  partyLink: {
    title: '当事人链接',
    hint: '向当事人手机发送一次性链接（72小时内有效），当事人凭短信验证码查看本人案件、签署协议或评价调解。',
    party: '选择当事人',
    purpose: '链接用途',
    purposes: { read: '查阅文书', sign: '签署协议', evaluate: '评价调解' },
    send: '发送短信链接',
    sent: (name: string) => `已向${name}发送短信链接。`,
  },
  evidence: {
    title: '证据材料',
    add: '添加证据',
    none: '尚无证据材料。可上传当事人提交或调查取得的照片、票据、病历等（PDF、JPEG 或 PNG，每份不超过 10 MB）。',
    dialogTitle: '添加证据材料',
    file: '证据文件',
    choose: '选择文件',
    chosen: (name: string, size: string) => `已选择：${name}（${size}）`,
    fileRequired: '请选择要上传的证据文件',
    tooLarge: (name: string) => `“${name}”超过 10 MB，请压缩或分成几份后上传`,
    description: '证明事项',
    descriptionPlaceholder: '如：楼上卫生间漏水致楼下天花板受损的现场照片',
    descriptionRequired: '请填写这份证据证明什么',
    source: '证据来源',
    obtainedOn: '取得日期',
    sensitive: '敏感材料（涉及婚姻家庭隐私、健康医疗或未成年人信息，仅限办案人员查阅）',
    sensitiveTag: '敏感',
    line: (source: string, size: string, pages: number) =>
      `${source} · ${size}${pages > 1 ? ` · ${pages}页` : ''}`,
    obtained: (date: string) => `取得于 ${date}`,
    restricted: '仅限办案人员查阅',
    added: '证据材料已添加。',
    loadFailed: '证据材料加载失败，请刷新重试',
    uploading: '正在上传并检查文件…',
  },
  prevention: {
    title: '防止情况',
    record: '记录防止情况',
    none: '尚未记录。本案防止了民转刑、群体性事件等情况时，请记录并填写涉及人数，计入统计。',
    hint: '勾选本案防止的情况并填写涉及人数；保存后替换此前的记录，全部不勾选即清除。',
    persons: '人数',
    personsOf: (label: string, n: number) => `${label}：${n}人`,
    personsRequired: '请填写人数',
    personsInvalid: '人数须为不小于1的整数',
    kindsLabel: '防止情况',
  },
  oversight: {
    label: '司法所督导',
    supervise: '督办',
    review: '卷宗评查',
  },
} as const;
