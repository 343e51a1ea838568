/**
 * Vietnamese messages of the sheets area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/sheets.ts must have the same keys and placeholders.
 */
export const sheets = {
} as const satisfies Record<string, string>;
