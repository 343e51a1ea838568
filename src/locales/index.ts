import { text, type Text } from '../i18n/text.js';
import { en } from './en.js';
import { vi } from './vi.js';

/**
 * Messages keyed by code, as zod keeps its locales: every sentence the library shows lives in vi/*.ts and
 * en/*.ts, one file per area, so a Vietnamese reviewer reads them in one place and a code never changes
 * with its wording. `msg(key)` returns the shared, frozen pair; `msg(key, { months: 84 })` fills the
 * `{months}` placeholders of both languages.
 */
export type MessageKey = keyof typeof vi;
/** A placeholder's value: the same string in both languages, or a pair (a Text) whose halves go to each language. */
export type MessageVars = Readonly<Record<string, string | number | Text>>;

const fixed = new Map<MessageKey, Text>();

export function msg(key: MessageKey, vars?: MessageVars): Text {
  if (vars === undefined) {
    let known = fixed.get(key);
    if (known === undefined) fixed.set(key, (known = text(vi[key], en[key])));
    return known;
  }
  return text(fill(vi[key], vars, 'vi'), fill(en[key], vars, 'en'));
}

/** `{name}` → the value of `name`; a placeholder without a value is a programming error (tests/locales checks the pairs). */
function fill(template: string, vars: MessageVars, lang: keyof Text): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`message placeholder {${name}} has no value`);
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

/** The placeholders of a template, for the locale tests. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

export { vi, en };
