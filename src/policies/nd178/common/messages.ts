import { text, type Text } from '../../../i18n/text.js';
import { msg, type MessageKey, type MessageVars } from '../../../locales/index.js';

/**
 * `msg(key, vars)` where some placeholders take a sentence that itself exists in both languages (a `Text`, such
 * as the odd-months rule or the list of other routes): each language's message gets that language's sentence.
 */
export function msgWithTexts(key: MessageKey, vars: MessageVars, texts: Readonly<Record<string, Text>>): Text {
  const marks = Object.fromEntries(Object.keys(texts).map((name) => [name, `\u0000${name}\u0000`]));
  const filled = msg(key, { ...vars, ...marks });
  const put = (s: string, lang: keyof Text) => s.replace(/\u0000(\w+)\u0000/g, (_, name: string) => texts[name]![lang]);
  return text(put(filled.vi, 'vi'), put(filled.en, 'en'));
}
