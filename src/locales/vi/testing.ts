/**
 * Vietnamese messages of the testing area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/testing.ts must have the same keys and placeholders.
 */
export const testing = {
} as const satisfies Record<string, string>;
