import { addCalendarMonths, compareDates, formatDate, type CalendarDate } from '../core/calendar.js';
import { cite, DOC, type Citation } from '../core/citation.js';
import type { Facts } from '../model/types.js';

export type Window = 'first-12-months' | 'from-13th-month';

/**
 * How the anniversary day itself is read (docs/decisions.md D1). `inside` (default) [M]: the Civil Code 2015
 * counts a period from the day after its start (Art 147 cl. 2) and ends a period of months at the end of the
 * corresponding day (Art 148 cl. 3), and a person leaving on day D stops work at the end of D − 1; so a leave
 * date on the anniversary is still in the first 12 months. `outside` treats it as the 13th month
 * (`leaveDate < start + 12 months`).
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
