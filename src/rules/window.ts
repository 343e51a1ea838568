import { addCalendarMonths, compareDates, formatDate, type CalendarDate } from '../core/calendar.js';
import { cite, DOC, type Citation } from '../core/citation.js';
import type { Facts } from '../assessment/types.js';

export type Window = 'first-12-months' | 'from-13th-month';

/**
 * How the anniversary day itself is read [L]: `outside` (default) treats a leave date on the same day
 * 12 months later as the 13th month (`leaveDate < start + 12 months`); `inside` follows the Civil Code
 * reading in which a period of months ends at the end of the corresponding day.
 */
export type WindowAnniversary = 'outside' | 'inside';

export const windowCitation: Citation = cite(DOC.tt01, '3', '1');

export interface WindowResult {
  readonly window: Window;
  readonly windowStart: string;
  readonly windowEnd: string; // the anniversary day
}

export function twelveMonthWindow(start: CalendarDate, leave: CalendarDate, anniversary: WindowAnniversary): WindowResult {
  const end = addCalendarMonths(start, 12);
  const cmp = compareDates(leave, end);
  const inside = cmp < 0 || (cmp === 0 && anniversary === 'inside');
  return { window: inside ? 'first-12-months' : 'from-13th-month', windowStart: formatDate(start), windowEnd: formatDate(end) };
}

/** Adds the window to an outcome's facts (window, windowStart, windowEnd). */
export function addWindowFacts(facts: Facts, w: WindowResult): void {
  facts.window = w.window;
  facts.windowStart = w.windowStart;
  facts.windowEnd = w.windowEnd;
}
