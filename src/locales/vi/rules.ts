/**
 * Vietnamese messages of the rules area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/rules.ts must have the same keys and placeholders.
 */
export const rules = {
} as const satisfies Record<string, string>;
