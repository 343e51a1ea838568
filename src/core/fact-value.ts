/**
 * A value as the output shows it (a fact, an option echoed, a what-if value): JSON data. It lives in core, below
 * the parameters, because a what-if override (src/parameters/overrides.ts) records the values it replaced as
 * such; the model re-exports it (src/model/types.ts) with `Facts`.
 */
export type FactValue = string | number | boolean | null | readonly FactValue[] | { readonly [key: string]: FactValue };
