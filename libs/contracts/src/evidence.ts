/**
 * 证据材料 (docs/domain.md §3 form 6, §9.1): an attachment of a case with its description, where it
 * came from and when it was obtained. A piece marked `sensitive` (a medical record, a child's school
 * report) is read and opened by the case team only, like a sensitive case's facts.
 */
export const EVIDENCE_SOURCES = ['party', 'investigation', 'referrer', 'third_party'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export const EVIDENCE_SOURCE_LABELS: Record<EvidenceSource, string> = {
  party: '当事人提交',
  investigation: '调解员调查取得',
  referrer: '移送单位随案移送',
  third_party: '第三方(证人、鉴定机构等)提供',
};

export const EVIDENCE_SENSITIVITIES = ['normal', 'sensitive'] as const;
export type EvidenceSensitivity = (typeof EVIDENCE_SENSITIVITIES)[number];

/** Bytes of one evidence file (a photographed or scanned document, a PDF). */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
/** Pieces of evidence one case holds. */
export const MAX_EVIDENCE_PER_CASE = 200;
