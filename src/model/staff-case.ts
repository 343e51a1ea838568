import type { CalendarDate, DatePrecision } from '../core/calendar.js';
import type { Decimal } from '../core/money.js';
import type { Decree177Clause, Exclusion, Gender, Group, InsuranceSupportBasis, PaidPolicy, Rank, Route, SecondmentLevel, StaffType } from '../schema/enums.js';

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

/** Decree 177/2024 Art 2 facts about a cadre (present when `decree177Clause` is given). */
export interface Decree177Facts {
  readonly clause: Decree177Clause;
  /** First day of the congress; required for cl. 1–4, optional for cl. 5. */
  readonly congressDate?: CalendarDate;
  /** Art 2 cl. 6 c. */
  readonly continuesWorking: boolean;
  /** Art 2 cl. 6 a. */
  readonly underStreamlining: boolean;
  /** Art 2 cl. 6 b, first half. */
  readonly retirementNoticeIssued: boolean;
  /** Art 3 cl. 2 h: why a commune cadre short of insured time gets State-paid months. */
  readonly insuranceSupportBasis?: InsuranceSupportBasis;
}

/** The monthly insurance salary and contribution rate that price State-paid insured months (177 Art 3 h, Art 4 cl. 2 đ). */
export interface InsurancePricing {
  readonly salary: Decimal;
  readonly percent: Decimal;
}

/** Decree 178 Art 11: a leadership post left, or exchanged for one with a lower allowance. */
export interface LeadershipChange {
  readonly date: CalendarDate;
  readonly formerCoefficient: Decimal;
  readonly newCoefficient: Decimal;
  readonly termEndDate: CalendarDate;
}

/** Decree 178 Art 12: a secondment to the grassroots. */
export interface Secondment {
  readonly level: SecondmentLevel;
  readonly date: CalendarDate;
  readonly difficultArea: boolean;
}

/** Decree 154/2025 Art 5 cl. 2 and cl. 5: a commune-level part-time worker's allowance and working time. */
export interface CommunePartTime {
  /** The allowance of the month before leaving (đồng/month): the worker's S. */
  readonly allowance: Decimal;
  /** Months in the part-time post. */
  readonly months: number;
  /** Compulsory-insurance months in other posts not already compensated. */
  readonly otherUncompensatedMonths: number;
}

/** What the input says for Decree 154/2025 (docs/decree-154.md); absent when it says nothing of it. */
export interface Decree154Facts {
  /** The case is a Decree 154 streamlining case (`decree154Streamlining`). */
  readonly streamlining: boolean;
  /** The person took the Decree 178/2024 policies (`tookDecree178`): Decree 154 does not apply. */
  readonly tookDecree178: boolean;
  readonly communePartTime?: CommunePartTime;
  /** The first day of unpaid or sick leave: the salary components given are those of the month before it. */
  readonly unpaidLeaveStartDate?: CalendarDate;
  /** Resolution 167/NQ-CP: the monthly salary of the post held before recruitment under Law 98/2025/QH15. */
  readonly priorPostMonthlySalary?: Decimal;
  /** Art 8: months of vocational training asked for (1–6), on the resignation route. */
  readonly vocationalTrainingMonths?: number;
  /** The day the person was re-elected or re-recruited into a budget-paid post, if any. */
  readonly reemploymentDate?: CalendarDate;
}

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
  /** The day the restructuring decision was signed (D11: `leaveBeforeRestructuring: "after-issue-only"`). */
  readonly restructuringIssuedDate?: CalendarDate;
  readonly leaveDate: CalendarDate;
  readonly route: Route;
  readonly group: Group;
  readonly pensionEligible?: boolean;
  readonly exclusion?: Exclusion;
  readonly volunteered: boolean;
  readonly decree177?: Decree177Facts;
  readonly insurancePricing?: InsurancePricing;
  /** Committee-member responsibility allowance, kept while waiting under Decree 177 Art 4 (never part of S); 0 when absent. */
  readonly committeeAllowanceCoefficient: Decimal;
  readonly alreadyPaid?: { readonly policy: PaidPolicy; readonly amount: Decimal };
  readonly leadershipChange?: LeadershipChange;
  readonly secondment?: Secondment;
  /** Decree 178 Art 13 / Art 14 asked for. */
  readonly outstandingStaff: boolean;
  readonly postRestructuringTraining: boolean;
  /** Decree 154/2025 inputs; undefined when none is given. */
  readonly decree154: Decree154Facts | undefined;
  readonly defaulted: readonly string[];
  /** Excluded allowances present in the input and dropped because the caller asked for it. */
  readonly ignoredAllowances: readonly string[];
}
