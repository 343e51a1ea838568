import { text, type Text } from '../../i18n/text.js';
import { nd177 as en177 } from './en/nd177.js';
import { nd178 as en178 } from './en/nd178.js';
import { nd154 as en154 } from './en/nd154.js';
import { nd179 as en179 } from './en/nd179.js';
import { nd177 as vi177 } from './vi/nd177.js';
import { nd178 as vi178 } from './vi/nd178.js';
import { nd154 as vi154 } from './vi/nd154.js';
import { nd179 as vi179 } from './vi/nd179.js';

/**
 * The rule book's own text (docs/rule-book/): each article's summary, its conditions, when each item is due, the
 * titles of its worked examples. The declarations (src/policies/<decree>/<article>/index.ts, and Decree 179's allowances,
 * src/policies/nd179/<allowance>/index.ts) name these sentences
 * by key; only the rule-book renderer (src/testing/rule-book/) resolves them, so the runtime bundles (library,
 * spreadsheet functions) carry the keys and not the prose. What an outcome shows (titles, labels, refusals,
 * flags) stays in src/locales/{vi,en}/.
 */
export const ruleBookVi = { ...vi178, ...vi177, ...vi154, ...vi179 } as const;
export const ruleBookEn: { readonly [K in keyof typeof ruleBookVi]: string } = { ...en178, ...en177, ...en154, ...en179 };

export type RuleBookKey = keyof typeof ruleBookVi;

/** A rule-book sentence with placeholders: a value is the same in both languages, or a `Text` (each language its own). */
export interface RuleBookRef {
  readonly key: RuleBookKey;
  readonly vars: Readonly<Record<string, string | number | Text>>;
}

/** A rule-book sentence as a declaration names it: its key, or its key with the values of its placeholders. */
export type RuleBookText = RuleBookKey | RuleBookRef;

/** The sentence in both languages; a placeholder without a value is a programming error. */
export function ruleBookText(ref: RuleBookText): Text {
  const { key, vars } = typeof ref === 'string' ? { key: ref, vars: {} } : ref;
  const fill = (template: string, lang: keyof Text) => template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`rule-book text ${key}: placeholder {${name}} has no value`);
    return typeof value === 'object' ? value[lang] : String(value);
  });
  return text(fill(ruleBookVi[key], 'vi'), fill(ruleBookEn[key], 'en'));
}
