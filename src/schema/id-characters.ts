import { issue, type ValidationIssue } from './issues.js';
import { msg } from '../locales/schema.js';

/**
 * Characters an id may not hold (issue #13): C0 and C1 control characters (with DEL), lone surrogates and
 * Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, and the last two of every plane). XML, and so
 * XLSX, cannot carry most of them (one U+FFFF made a whole workbook unreadable); CSV and table writers and
 * terminals drop or act on the others (escape sequences), so two codes could print as one.
 */
const FORBIDDEN = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** The first forbidden character of `s`: its code point ("U+FFFF") and its 1-based position in code points. */
export function forbiddenCharacter(s: string): { codePoint: string; position: number } | null {
  const m = FORBIDDEN.exec(s);
  if (!m) return null;
  const cp = m[0].codePointAt(0)!;
  return { codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, position: [...s.slice(0, m.index)].length + 1 };
}

/** Whether `s` holds no forbidden character (the check both validator paths and the zod schemas use). */
export const hasNoForbiddenCharacter = (s: string): boolean => !FORBIDDEN.test(s);

/** The issue for an id holding a forbidden character, or null. Code `invalid-character`. */
export function forbiddenCharacterIssue(path: string, value: unknown): ValidationIssue | null {
  if (typeof value !== 'string') return null;
  const f = forbiddenCharacter(value);
  if (!f) return null;
  return issue(path, 'invalid-character', msg('schema.issue.invalid-character', { codePoint: f.codePoint, position: f.position }));
}
