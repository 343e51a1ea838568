import { monthIndex, type CalendarDate } from '../core/calendar.js';
import type { Citation } from '../core/citation.js';

/**
 * Decision D40 (docs/decisions.md): no insurance history can start before the minimum working age.
 *
 * Labour Code 2019 (Law 45/2019/QH14) Art 3 cl. 1 defines the worker and sets the minimum working age at
 * 15 full years, save for the minor workers of Chapter XI Section 1 (light work, arts, sports); the
 * wording was checked in published copies of the Code. The sources of Decrees 178/177 never count insured
 * time before 15.
 */
export const minimumWorkingAge = {
  years: 15,
  citation: { doc: '45/2019/QH14', article: '3', clause: '1', note: 'Labour Code 2019: minimum working age' } satisfies Citation,
} as const;

/**
 * The most insured months a person can have on leaving: every calendar month from the month of the 15th
 * birthday (counted whole, whatever its day) through the last month worked, which is the month before the
 * leave month when the leave date is the 1st, and the leave month itself otherwise (worked in part). A
 * partial birth date arrives here as its earliest day (1 January, or the 1st of the month: decision D8),
 * so a history that is possible for some day of that year or month is never refused.
 */
export function maxMonthsSinceAge15(birth: CalendarDate, leave: CalendarDate): number {
  return monthsSinceWorkingAge(monthIndex(birth), monthIndex(leave), leave.day);
}

/** The same from month indexes (year × 12 + month − 1) and the leave day: the validator's hot path. */
export function monthsSinceWorkingAge(birthMonth: number, leaveMonth: number, leaveDay: number): number {
  const first = birthMonth + minimumWorkingAge.years * 12;
  const last = leaveDay === 1 ? leaveMonth - 1 : leaveMonth;
  return Math.max(0, last - first + 1);
}
