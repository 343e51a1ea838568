import type { CalendarDate } from '../../../core/calendar.js';
import type { Citation } from '../../../core/citation.js';
import type { Decimal } from '../../../core/money.js';
import type { Text } from '../../../i18n/text.js';
import type { Nd179Group } from '../../../schema/nd179.js';
import type { Derived } from '../../../model/derived.js';
import type { Facts, Refusal } from '../../../model/types.js';
import type { Nd179Context } from '../../../model/context.js';
import type { SalaryBase } from './salary.js';

/** The days on which an allowance is owed: `end` is the last day included, null when no end is known. */
export interface Entitlement {
  readonly start: CalendarDate;
  readonly end: CalendarDate | null;
  readonly facts: Facts;
}

/** The rate of an allowance as used in amounts and as printed in formulas ("1.5", "(1.0 − 0.85)"). */
export interface Rate {
  readonly value: Decimal;
  readonly text: string;
}

/**
 * One Decree 179 allowance, read like its clause: who gets it, its conditions beyond the group's
 * criteria, the days it is owed, and the salary × rate it pays per month.
 */
export interface AllowancePolicy {
  readonly code: string;
  readonly title: Text;
  readonly group: Nd179Group;
  /** The clause that fixes the amount. */
  readonly citation: Citation;
  /** Where the decree keeps it outside the insurance contribution base; null for a salary top-up. */
  readonly insuranceExclusion: Citation | null;
  rowLabel(month: string): Text;
  /**
   * The parameters the allowance reads, as the what-if trace names them (`nd179Rates.x`, `baseSalary`): an
   * override of one of them marks the allowance's amounts and refusals as what-if (`options.parameters`).
   */
  readonly parameters: readonly string[];
  /** Conditions of this allowance beyond the group's criteria (engagement, nationality, inputs it needs). */
  conditions(ctx: Nd179Context): Refusal[];
  entitlement(ctx: Nd179Context): Derived<Entitlement>;
  base(ctx: Nd179Context): SalaryBase;
  rate(ctx: Nd179Context): Rate;
  /** Extra amounts shown beside a month's amount (the probation top-up shows the full and the usual pay). */
  extras?(ctx: Nd179Context, monthlyExact: Decimal): Record<string, Decimal>;
}
