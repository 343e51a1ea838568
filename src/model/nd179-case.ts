/**
 * A validated Decree 179/2024 (talent) case: dates parsed, decimals exact, salary changes sorted by date. The
 * schema (src/schema/nd179.ts) produces it; the Decree 179 context (src/model/context.ts) carries it.
 */
import type { CalendarDate, DatePrecision } from '../core/calendar.js';
import type { Decimal } from '../core/money.js';
import type { Nd179CriterionName, Nd179CriterionPath, Nd179Engagement, Nd179Group, Nd179Nationality, Nd179StaffKind } from '../schema/enums.js';

/** One dated salary change, parsed. */
export type Nd179SalaryChange =
  | { readonly from: CalendarDate; readonly kind: 'coefficient'; readonly coefficient: Decimal; readonly allowancesCoefficient: Decimal }
  | { readonly from: CalendarDate; readonly kind: 'amount'; readonly amount: Decimal; readonly allowancesAmount: Decimal };

/** A validated Decree 179 case. */
export interface Nd179Case {
  readonly id: string;
  readonly group: Nd179Group;
  readonly criterionPath?: Nd179CriterionPath;
  readonly birthDate?: CalendarDate;
  readonly birthDatePrecision?: DatePrecision;
  readonly applicationDate?: CalendarDate;
  readonly recruitmentDate?: CalendarDate;
  readonly recognitionDate?: CalendarDate;
  readonly stopDate?: CalendarDate;
  readonly staffKind?: Nd179StaffKind;
  readonly probationStartDate?: CalendarDate;
  readonly probationMonths?: number;
  readonly nationality?: Nd179Nationality;
  readonly engagement?: Nd179Engagement;
  readonly contractMonthlyAmount?: Decimal;
  readonly contractStartDate?: CalendarDate;
  readonly contractEndDate?: CalendarDate;
  readonly salaryHistory?: readonly Nd179SalaryChange[];
  readonly criteria: Readonly<Partial<Record<Nd179CriterionName, boolean>>>;
}
