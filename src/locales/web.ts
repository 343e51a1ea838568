import { en as libraryEn } from './en.js';
import { web as en } from './en/web.js';
import { messageTable } from './table.js';
import { vi as libraryVi } from './vi.js';
import { web as vi } from './vi/web.js';

/**
 * The web façade's messages (src/web/) on top of the library's, as src/locales/cli.ts does for the CLI: kept
 * out of the library table so that the library bundles do not carry them.
 */
export const webVi = { ...libraryVi, ...vi } as const;
export const webEn: { readonly [K in keyof typeof webVi]: string } = { ...libraryEn, ...en };
export type WebMessageKey = keyof typeof webVi;

export const msg = messageTable<WebMessageKey>(webVi, webEn);
