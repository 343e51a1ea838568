import { io as en } from './en/io.js';
import { messageTable } from './table.js';
import { io as vi } from './vi/io.js';

/**
 * The file readers' messages (src/io/), their own small table: the web page reads files without the CLI's or
 * the library's messages. `msg` fills placeholders as src/locales/index.ts does.
 */
export const ioVi = vi;
export const ioEn: { readonly [K in keyof typeof vi]: string } = en;
export type IoMessageKey = keyof typeof vi;

export const msg = messageTable<IoMessageKey>(ioVi, ioEn);
