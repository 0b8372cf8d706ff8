/** Who is on a committee's roster, as SQL conditions every module shares (one place for the rule). */

/** SQL condition: the mediator `alias` is on the roster of organisation `param` (whatever his status). */
export function onRoster(alias: string, param: string): string {
  return `EXISTS (SELECT 1 FROM mediator_organisations mo
                   WHERE mo.mediator_id = ${alias}.id AND mo.organisation_id = ${param})`;
}

/**
 * SQL condition: the mediator `alias` may be assigned a case of organisation `param`: on its roster,
 * active, and within his term today (the one rule of who may sit at the committee's table).
 */
export function onActiveRoster(alias: string, param: string): string {
  return `${alias}.status = 'active'
    AND (${alias}.term_end IS NULL OR ${alias}.term_end >= (now() AT TIME ZONE 'Asia/Shanghai')::date)
    AND ${onRoster(alias, param)}`;
}
