import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseAccess } from './case-access.service.js';
import type { DisputeType } from './case.enums.js';

/**
 * Why a case or a session is sensitive (docs/domain.md §9.2, docs/mission.md field story 3): family facts,
 * health data, data of minors. Its free texts are then the case team's only (docs/security.md,
 * "Case sensitivity").
 */
export const SENSITIVITY_REASONS = ['family', 'health', 'minors'] as const;
export type SensitivityReason = (typeof SENSITIVITY_REASONS)[number];

export const SENSITIVITY_LABELS: Record<SensitivityReason, string> = {
  family: '婚姻家庭隐私',
  health: '健康医疗信息',
  minors: '未成年人信息',
};

/** What replaces a sensitive case's texts for anyone outside its team. */
export const SENSITIVE_MARKER = '〔敏感案件,内容仅限办案人员查阅〕';
/** What replaces free texts in the county bureau's de-identified drill-down. */
export const DEIDENTIFIED_MARKER = '〔已去标识化,不含具体内容〕';

/** Family disputes are sensitive unless the registrar says otherwise; medical ones carry health data. */
export function defaultSensitivity(disputeType: DisputeType): SensitivityReason | null {
  if (disputeType === 'marriage_family') return 'family';
  if (disputeType === 'medical') return 'health';
  return null;
}

/** How the caller reads one case's free texts and parties, decided once per request. */
export interface ContentView {
  /** The county bureau: aggregates and a drill-down without names, addresses, birth data or texts. */
  deidentified: boolean;
  /** The caller reads sensitive texts: the case team, or the director through an audited break-glass. */
  readsSensitive: boolean;
  /** The case itself is sensitive (a session may be sensitive on its own). */
  caseSensitive: boolean;
}

/** Whether the view hides the free texts (of the case, or of a session sensitive on its own). */
export function hides(view: ContentView, sessionSensitive = false): boolean {
  return view.deidentified || ((view.caseSensitive || sessionSensitive) && !view.readsSensitive);
}

/** The marker that replaces what the view hides. */
export const markerOf = (view: ContentView) => (view.deidentified ? DEIDENTIFIED_MARKER : SENSITIVE_MARKER);

/** The text as the view allows it: itself, or the marker that replaces it. */
export function shown(view: ContentView, text: string, sessionSensitive = false): string {
  return hides(view, sessionSensitive) ? markerOf(view) : text;
}

export function shownOrNull(view: ContentView, text: string | null, sessionSensitive = false): string | null {
  return text === null ? null : shown(view, text, sessionSensitive);
}

/**
 * The caller's view of a case. `anySensitive`: the case or one of the records read with it is sensitive;
 * only then does a director's break-glass reason open it, and that read is audited
 * (`case.sensitive.break_glass`), as for private notes.
 */
export async function contentView(
  manager: EntityManager,
  audit: AuditService,
  user: AuthUser,
  access: CaseAccess,
  breakGlassReason: string | undefined,
  anySensitive: boolean,
): Promise<ContentView> {
  const caseSensitive = access.row.sensitivity !== null;
  if (user.role === 'county_bureau') return { deidentified: true, readsSensitive: false, caseSensitive };
  if (access.onTeam) return { deidentified: false, readsSensitive: true, caseSensitive };
  const breakGlass = user.role === 'director' && breakGlassReason !== undefined;
  if (breakGlass && anySensitive) {
    await audit.record(manager, user, {
      action: 'case.sensitive.break_glass',
      entity: 'case',
      entityId: access.row.id,
      organisationId: access.row.organisationId,
      after: { reason: breakGlassReason },
    });
  }
  return { deidentified: false, readsSensitive: breakGlass, caseSensitive };
}

export const SensitivityErrors = {
  /** A print of a sensitive case or session outside its team (the director: with a break-glass reason). */
  printRefused: () =>
    new AppError(
      403,
      'SENSITIVE_CASE',
      '敏感案件的文书仅限办案人员打印;调委会主任须填写查阅理由(紧急查阅,将记入审计)',
    ),
};
