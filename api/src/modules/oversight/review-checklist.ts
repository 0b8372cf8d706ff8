/**
 * 卷宗评查 checklist: what a judicial office checks in a closed case file (docs/domain.md §3), with points.
 * Configuration in spirit; kept here until an admin screen edits it.
 */
export const REVIEW_CHECKLIST = [
  { code: 'application', label: '申请书或受理登记表齐全，来源、受理日期清楚', points: 10 },
  { code: 'rights_notice', label: '已送达当事人权利义务告知书', points: 10 },
  { code: 'identity', label: '当事人身份信息完整、准确', points: 10 },
  { code: 'records', label: '调解记录完整，参加人员、时间、地点齐全，有签名', points: 15 },
  {
    code: 'agreement_or_termination',
    label: '调解协议书内容合法、明确，或终止调解已告知救济途径',
    points: 20,
  },
  { code: 'signatures', label: '协议有当事人签名（盖章、按指印）、调解员签名和调委会印章', points: 10 },
  { code: 'deadlines', label: '在规定期限内办结，延期有全体当事人同意', points: 10 },
  { code: 'return_visit', label: '已回访，履行情况和满意度有记录', points: 10 },
  { code: 'filing', label: '卷宗装订有序，目录、页码、封面齐全', points: 5 },
] as const;

export type ReviewCode = (typeof REVIEW_CHECKLIST)[number]['code'];
export const REVIEW_CODES = REVIEW_CHECKLIST.map((i) => i.code);
