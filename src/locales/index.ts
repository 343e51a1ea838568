import { en } from './en.js';
import { messageTable } from './table.js';
import { vi } from './vi.js';

/**
 * Messages keyed by code, as zod keeps its locales: every sentence the library shows lives in vi/*.ts and
 * en/*.ts, one file per area, so a Vietnamese reviewer reads them in one place and a code never changes
 * with its wording. `msg(key)` returns the shared, frozen pair; `msg(key, { months: 84 })` fills the
 * `{months}` placeholders of both languages; a placeholder's value may be a Text (each language its half).
 *
 * This table holds the library's messages (engine, schema, rules, parameters, policies). The façades'
 * own messages (the CLI, the spreadsheet functions, the testing helpers) are in their entry points
 * src/locales/cli.ts, sheets.ts and testing.ts, so the library bundles do not carry them.
 */
export type MessageKey = keyof typeof vi;
export type { MessageVars } from './table.js';
export { placeholders } from './table.js';

export const msg = messageTable<MessageKey>(vi, en);

export { vi, en };
