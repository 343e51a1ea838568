import { formatNumber, type DecimalInput } from '../core/money.js';
import { text, type Text } from '../i18n/text.js';

/** An amount for a message: thousands separated by dots in Vietnamese (16.321.500), by commas in English. */
export function amountText(value: DecimalInput): Text {
  const en = formatNumber(value);
  return text(en.replace(/[,.]/g, (c) => (c === ',' ? '.' : ',')), en);
}
