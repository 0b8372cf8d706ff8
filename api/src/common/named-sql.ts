/**
 * Turns a condition with named parameters (`:name`, as the scope helpers build them) into positional
 * ones appended to `params`, for raw queries. Casts such as `::int` are left alone.
 */
export function positional(
  condition: { sql: string; params: Record<string, unknown> },
  params: unknown[],
): string {
  return condition.sql.replace(/(?<!:):(\w+)/g, (_, name: string) => {
    params.push(condition.params[name]);
    return `$${params.length}`;
  });
}
