import type { ClockKind, DeadlineQuery, Light } from '../../core/api/api-types';
import { CLOCK_KIND_LABELS, LIGHT_LABELS } from '../../shared/labels/deadline-labels';

export const PAGE_SIZE = 20;

/** The board's filters exactly as they stand in the URL's query string. */
export interface DeadlineParams {
  light?: string;
  kind?: string;
  organisationId?: string;
  page?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<K extends string>(
  labels: Readonly<Record<K, string>>,
  value: string | undefined,
): K | undefined {
  return value !== undefined && Object.hasOwn(labels, value) ? (value as K) : undefined;
}

/** The API query for the URL's filters; values the API would refuse (a hand-edited URL) are dropped. */
export function toDeadlineQuery(params: DeadlineParams): DeadlineQuery {
  const page = Number(params.page);
  return {
    light: oneOf<Light>(LIGHT_LABELS, params.light),
    kind: oneOf<ClockKind>(CLOCK_KIND_LABELS, params.kind),
    organisationId:
      params.organisationId && UUID.test(params.organisationId) ? params.organisationId : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}
