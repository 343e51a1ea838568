import { addCalendarMonths, compareDates, formatDate, type CalendarDate } from '../core/calendar.js';
import { cite, DOC, type Citation } from '../core/citation.js';
import type { Facts } from '../model/types.js';
import type { WindowAnniversary } from '../model/options.js';

export type Window = 'first-12-months' | 'from-13th-month';

// How the anniversary day itself is read (docs/decisions.md D1): an option type, so the model's (src/model/options.ts).
export type { WindowAnniversary } from '../model/options.js';

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
