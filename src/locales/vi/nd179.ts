/**
 * Vietnamese messages of the nd179 area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/nd179.ts must have the same keys and placeholders.
 */
export const nd179 = {
} as const satisfies Record<string, string>;
