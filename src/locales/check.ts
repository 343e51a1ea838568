import { check as en } from './en/check.js';
import { messageTable } from './table.js';
import { check as vi } from './vi/check.js';

/** The payout-list checker's messages (src/check/), apart from the library's so its bundles do not carry them. */
export const checkVi = vi;
export const checkEn = en;
export type CheckMessageKey = keyof typeof vi;
export const msg = messageTable<CheckMessageKey>(vi, en);
