import { compareDates, formatDate, type CalendarDate } from '../core/calendar.js';
import { cite } from '../core/citation.js';
import { knownThroughOf, type DatedParameter, type Series } from './dated.js';

/**
 * Mức lương cơ sở (common.md §2). Each amendment is a new row. Read by calendar month: the month before
 * leaving (Decree 178 Art 7–10, Decree 177 Art 3–4), the month a post changes (Art 11) or is taken up (Art 12),
 * each month of a Decree 179 schedule (src/parameters/base-salary-schedule.ts).
 */
export const baseSalary: Series<string> = {
  name: 'baseSalary',
  description: 'Base salary (mức lương cơ sở), VND per month',
  unit: 'VND per month',
  knownThrough: { rule: 'day-before-next-1-july-after-last-row' },
  rows: [
    { from: '2019-07-01', value: '1490000', citation: cite('38/2019/NĐ-CP', '3') },
    { from: '2023-07-01', value: '1800000', citation: cite('24/2023/NĐ-CP', '3') },
    { from: '2024-07-01', value: '2340000', citation: cite('73/2024/NĐ-CP', '3') },
    // Decree 161/2026/NĐ-CP of 15 May 2026, Art 3 cl. 2 (its Art 6 repeals Decree 73/2024) [H] (docs/decisions.md D13).
    { from: '2026-07-01', value: '2530000', citation: cite('161/2026/NĐ-CP', '3', '2') },
  ],
};

/**
 * How far a base-salary table is taken as known [L]: to the day before the first 1 July after its last row,
 * because the base salary has only ever changed on 1 July (the next change cannot come earlier). Derived
 * from the table itself, so a new row (in the law's table or a what-if row) moves it for every reader alike:
 * Decree 178 (Art 7–10, 11, 12), Decree 177 and Decree 179 (docs/decisions.md D24).
 */
export const baseSalaryHorizonCitation = cite('161/2026/NĐ-CP', undefined, undefined, undefined, {
  note: 'project reading [L]: base-salary changes have taken effect on 1 July; the table is known to the day before the next 1 July after its last row',
  verified: false,
});

const BY_RULE = { rule: 'day-before-next-1-july-after-last-row' } as const;

/** The last day the table is taken as known (see above; src/parameters/dated.ts `knownThroughOf`). */
export function baseSalaryKnownThrough(table: DatedParameter<string>): CalendarDate {
  return knownThroughOf('knownThrough' in table ? (table as Series<string>) : { ...table, unit: 'VND per month', knownThrough: BY_RULE });
}

/** True when `day` lies after the table's horizon. */
export function beyondKnownBaseSalary(table: DatedParameter<string>, day: CalendarDate): boolean {
  return compareDates(day, baseSalaryKnownThrough(table)) > 0;
}

export const formatKnownThrough = (table: DatedParameter<string>): string => formatDate(baseSalaryKnownThrough(table));
