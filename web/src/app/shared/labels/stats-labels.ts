import { ORGANISATION_KIND_LABELS, type OrganisationKind } from '@tiaojie/contracts';
import type { CaseQuery } from '../../core/api/api-types';
import type { PreventedKind } from '../../core/api/stats-api';

/** How a concluded case ended, as the case list filters it (调解结果). */
export type CaseOutcome = NonNullable<CaseQuery['outcome']>;

/** Name of the outcome filter on the case list. */
export const CASE_OUTCOME_TITLE = '调解结果';

export const CASE_OUTCOME_LABELS: Readonly<Record<CaseOutcome, string>> = {
  succeeded: '调解成功',
  failed: '调解不成功',
};

/** The Chinese name of an organisation kind; the statistics type it as a plain string. */
export function organisationKindLabel(kind: string): string {
  return Object.hasOwn(ORGANISATION_KIND_LABELS, kind)
    ? ORGANISATION_KIND_LABELS[kind as OrganisationKind]
    : kind;
}

/** The “prevented” indicators of the MoJ bulletins, each counted in cases and persons (件/人). */
export const PREVENTED_KIND_LABELS: Readonly<Record<PreventedKind, string>> = {
  criminal: '防止民间纠纷转化为刑事案件',
  group_petition: '防止群体性上访',
  group_fight: '防止群体性械斗',
  suicide: '防止因民间纠纷引起自杀',
};
