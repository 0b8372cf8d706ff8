/**
 * Why a document is printed or exported (docs/domain.md §10.6: "every export, print and disclosure
 * logged with purpose"). The API takes the code as `?purpose=` and records it in the audit trail;
 * the web offers the labels. `signing` only applies to an agreement not yet effective: it selects
 * the copy to be signed on paper.
 */
export const PRINT_PURPOSES = {
  case_work: '办案需要',
  signing: '供当事人签署',
  service: '送达当事人',
  filing: '立卷归档',
  judicial_confirmation: '申请司法确认',
  review: '监督检查',
  party_request: '当事人申请查阅',
  report: '统计报送',
} as const;

export type PrintPurpose = keyof typeof PRINT_PURPOSES;

/** What a print without `purpose` is recorded as. */
export const DEFAULT_PRINT_PURPOSE: PrintPurpose = 'case_work';

/** The purposes offered for a case form, a session record, a volume or a confirmation pack. */
export const CASE_PRINT_PURPOSES: readonly PrintPurpose[] = [
  'case_work',
  'service',
  'filing',
  'judicial_confirmation',
  'review',
  'party_request',
];

/** The purposes offered for a statistics export. */
export const EXPORT_PURPOSES: readonly PrintPurpose[] = ['report', 'review', 'case_work'];

export const isPrintPurpose = (value: unknown): value is PrintPurpose =>
  typeof value === 'string' && Object.hasOwn(PRINT_PURPOSES, value);
