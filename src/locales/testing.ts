import { en as libraryEn } from './en.js';
import { testing as en } from './en/testing.js';
export { enSlashVi } from './table.js';
import { messageTable } from './table.js';
import { vi as libraryVi } from './vi.js';
import { testing as vi } from './vi/testing.js';

/**
 * The testing façade's messages on top of the library's (src/locales/index.ts): kept out of the library table so
 * that the library bundles do not carry them. `msg` here reads both.
 */
export const testingVi = { ...libraryVi, ...vi } as const;
export const testingEn: { readonly [K in keyof typeof testingVi]: string } = { ...libraryEn, ...en };
export type TestingMessageKey = keyof typeof testingVi;

export const msg = messageTable<TestingMessageKey>(testingVi, testingEn);
