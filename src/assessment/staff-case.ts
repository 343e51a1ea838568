import type { CalendarDate, DatePrecision } from '../core/calendar.js';
import type { Decimal } from '../core/money.js';
import type { Exclusion, Gender, Group, Rank, Route, StaffType } from '../schema/enums.js';

export interface SalaryComponents {
  readonly coefficient: Decimal;
  readonly leadershipCoefficient: Decimal;
  readonly reservedDifferenceCoefficient: Decimal;
  readonly overFrameSeniorityPercent: Decimal;
  readonly professionalSeniorityPercent: Decimal;
  readonly preferentialPercent: Decimal;
  readonly professionalResponsibilityPercent: Decimal;
  readonly publicServicePercent: Decimal;
  readonly partyWorkPercent: Decimal;
  readonly armedForcesPercent: Decimal;
  readonly baseSalary?: Decimal;
}

export type SalarySource =
  | { readonly kind: 'monthly'; readonly amount: Decimal }
  | { readonly kind: 'components'; readonly components: SalaryComponents };

/** A validated case with defaults applied; `defaulted` names the fields the library filled in. */
export interface StaffCase {
  readonly id: string;
  readonly gender: Gender;
  readonly birthDate: CalendarDate;
  readonly birthDatePrecision: DatePrecision;
  readonly staffType: StaffType;
  readonly salary: SalarySource;
  readonly insuredMonths: number;
  readonly publicSectorInsuredMonths: number;
  readonly hazardousMonths: number;
  readonly hardshipAreaMonths: number;
  readonly rank?: Rank;
  readonly retirementAge?: { readonly years: number; readonly months: number };
  readonly restructuringDate?: CalendarDate;
  readonly leaveDate: CalendarDate;
  readonly route: Route;
  readonly group: Group;
  readonly pensionEligible?: boolean;
  readonly exclusion?: Exclusion;
  readonly volunteered: boolean;
  readonly defaulted: readonly string[];
  /** Excluded allowances present in the input and dropped because the caller asked for it. */
  readonly ignoredAllowances: readonly string[];
}
