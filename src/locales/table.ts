import { text, type Text } from '../i18n/text.js';

/** A placeholder's value: the same string in both languages, or a pair (a Text) whose halves go to each language. */
export type MessageVars = Readonly<Record<string, string | number | Text>>;

/**
 * `msg` over one table of messages (src/locales/index.ts: the library's; cli.ts, sheets.ts, testing.ts: a
 * façade's own, on top of the library's). `msg(key)` returns the shared, frozen pair; `msg(key, vars)`
 * fills the `{name}` placeholders of both languages.
 */
export function messageTable<K extends string>(vi: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>): (key: K, vars?: MessageVars) => Text {
  const fixed = new Map<K, Text>();
  return (key, vars) => {
    if (vars === undefined) {
      let known = fixed.get(key);
      if (known === undefined) fixed.set(key, (known = text(vi[key], en[key])));
      return known;
    }
    return text(fill(vi[key], vars, 'vi'), fill(en[key], vars, 'en'));
  };
}

/**
 * Each template split once at its placeholders: `"còn {n} tháng"` → `["còn ", "n", " tháng"]` (text, name, text, …).
 * Templates are the locale tables' strings, so the map holds at most one entry per message.
 */
const compiled = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/** `{name}` → the value of `name`; a placeholder without a value is a programming error (tests/locales checks the pairs). */
function fill(template: string, vars: MessageVars, lang: keyof Text): string {
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = vars[name];
    if (value === undefined) throw new Error(`message placeholder {${name}} has no value`);
    out += (typeof value === 'object' ? value[lang] : String(value)) + parts[i + 1]!;
  }
  return out;
}

/** The placeholders of a template, for the locale tests. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** The one-line form of a message in thrown errors and stderr (CLI, policy-test files): "English / Vietnamese". */
export const enSlashVi = (m: Text): string => `${m.en} / ${m.vi}`;
