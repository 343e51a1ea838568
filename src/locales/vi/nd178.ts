/**
 * Vietnamese messages of the nd178 area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/nd178.ts must have the same keys and placeholders.
 */
export const nd178 = {
} as const satisfies Record<string, string>;
