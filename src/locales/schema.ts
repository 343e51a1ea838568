import { schema as en } from './en/schema.js';
import { messageTable } from './table.js';
import { schema as vi } from './vi/schema.js';

/**
 * The input schemas' messages alone: the `./schema` entry (validation without the engine) reads this table, so
 * it does not carry the policies' sentences. The same keys are in the library table (src/locales/index.ts).
 */
export type SchemaMessageKey = keyof typeof vi;
export const msg = messageTable<SchemaMessageKey>(vi, en);
