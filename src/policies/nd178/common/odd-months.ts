import { HALF_YEAR_MAX_ODD_MONTHS } from '../../../core/service-time.js';
import { type Text } from '../../../i18n/text.js';
import { msg } from '../../../locales/index.js';

const half = HALF_YEAR_MAX_ODD_MONTHS;

/**
 * The rule book's sentence on odd months, written from the threshold the code rounds with (Decree 178 Art 5;
 * Decree 177 Art 3 cl. 3), so the printed rule and the computed one cannot drift apart
 * (tests/rule-book/odd-months.test.ts reads the numbers back and checks them against the rounding).
 */
export const oddMonthsRule: Text = msg('nd178.odd-months.odd-months-rule', { half, wholeFrom: half + 1 });
