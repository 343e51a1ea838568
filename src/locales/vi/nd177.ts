/**
 * Vietnamese messages of the nd177 area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/nd177.ts must have the same keys and placeholders.
 */
export const nd177 = {
} as const satisfies Record<string, string>;
