/**
 * Vietnamese messages of the cli area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/cli.ts must have the same keys and placeholders.
 */
export const cli = {
} as const satisfies Record<string, string>;
