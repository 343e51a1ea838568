import { en as libraryEn } from './en.js';
import { sheets as en } from './en/sheets.js';
import { messageTable } from './table.js';
import { vi as libraryVi } from './vi.js';
import { sheets as vi } from './vi/sheets.js';

/**
 * The sheets façade's messages on top of the library's (src/locales/index.ts): kept out of the library table so
 * that the library bundles do not carry them. `msg` here reads both.
 */
export const sheetsVi = { ...libraryVi, ...vi } as const;
export const sheetsEn: { readonly [K in keyof typeof sheetsVi]: string } = { ...libraryEn, ...en };
export type SheetsMessageKey = keyof typeof sheetsVi;

export const msg = messageTable<SheetsMessageKey>(sheetsVi, sheetsEn);
