/**
 * Vietnamese messages of the engine area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/engine.ts must have the same keys and placeholders.
 */
export const engine = {
} as const satisfies Record<string, string>;
