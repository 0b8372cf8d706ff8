/** Strings of the shared presentational pieces. */
export const UI_TEXTS = {
  noRisk: '无',
  riskSuffix: '风险',
  privateNotesTitle: '私密笔记 · 仅本案调解员可见',
  privateNotesHidden: '本次调解有私密笔记,仅本案调解员可见',
  session: {
    time: '时间',
    place: '地点',
    parties: '当事人',
    noParties: '无当事人在场',
    mediators: '调解员',
    participants: '参加人',
    consented: '当事人已同意邀请',
    summary: '调解情况',
  },
  listSeparator: '、',
  print: {
    button: '打印文书',
    title: '打印文书',
    document: '选择文书',
    purpose: '打印用途',
    purposeHint: '打印记录将写入审计日志,打印件每页带有打印人和打印时间。',
    open: '打开并打印',
    cancel: '取消',
  },
} as const;
