/**
 * Vietnamese messages of the parameters area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/parameters.ts must have the same keys and placeholders.
 */
export const parameters = {
} as const satisfies Record<string, string>;
