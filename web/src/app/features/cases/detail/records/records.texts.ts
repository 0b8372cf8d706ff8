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
