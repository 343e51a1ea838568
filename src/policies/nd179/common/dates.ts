import { addCalendarMonths, compareDates, daysInMonth, type CalendarDate } from '../../../core/calendar.js';
import { dayNumber, fromDayNumber } from '../../../core/day-number.js';

export { dayNumber, fromDayNumber } from '../../../core/day-number.js';

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** The same day `years` later; 29 Feb becomes 28 Feb in a common year (the period ends with the month). */
export function addYears(d: CalendarDate, years: number): CalendarDate {
  return addCalendarMonths(d, years * 12);
}

export function lastDayOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

export function isLastDayOfMonth(d: CalendarDate): boolean {
  return d.day === daysInMonth(d.year, d.month);
}

export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (compareDates(a, b) >= 0 ? a : b);
export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (compareDates(a, b) <= 0 ? a : b);

/** Age in completed years on `on` (the birthday itself counts as reached). */
export function completedYears(birth: CalendarDate, on: CalendarDate): number {
  let years = on.year - birth.year;
  if (compareDates(addYears(birth, years), on) > 0) years -= 1;
  return years;
}
