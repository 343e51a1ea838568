import { en as libraryEn } from './en.js';
import { cli as en } from './en/cli.js';
import { output as outputEn } from './en/output.js';
export { enSlashVi } from './table.js';
import { messageTable } from './table.js';
import { vi as libraryVi } from './vi.js';
import { cli as vi } from './vi/cli.js';
import { output as outputVi } from './vi/output.js';

/**
 * The cli façade's messages on top of the library's (src/locales/index.ts): kept out of the library table so
 * that the library bundles do not carry them. `msg` here reads both.
 */
export const cliVi = { ...libraryVi, ...vi, ...outputVi } as const;
export const cliEn: { readonly [K in keyof typeof cliVi]: string } = { ...libraryEn, ...en, ...outputEn };
export type CliMessageKey = keyof typeof cliVi;

export const msg = messageTable<CliMessageKey>(cliVi, cliEn);
