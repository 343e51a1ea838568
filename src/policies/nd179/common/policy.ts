import type { CalendarDate } from '../../../core/calendar.js';
import type { Citation } from '../../../core/citation.js';
import type { Decimal } from '../../../core/money.js';
import type { Text } from '../../../i18n/text.js';
import type { Nd179Group } from '../../../schema/nd179.js';
import type { Derived } from '../../../model/derived.js';
import type { Facts, Refusal } from '../../../model/types.js';
import type { Nd179Context } from '../../../model/context.js';
import type { ResolvedNd179Options } from '../../../model/options.js';
import type { RuleBookText } from '../../../locales/rule-book/index.js';
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
 * A condition the rule book lists for an allowance (docs/rule-book/nd179-<name>.md), in the order the engine
 * checks it: the group's criteria (eligibility.ts), the allowance's own `conditions`, its `entitlement`, then
 * each month's salary (month.ts, salary.ts). Every refusal is reported (the outcome's or the schedule's
 * `refusals`); the first is the outcome's refusal.
 */
export interface AllowanceCondition {
  /** Rule-book text (src/locales/rule-book/{vi,en}/nd179.ts): the runtime carries its key only. */
  readonly text: RuleBookText;
  readonly citation: Citation;
  /** The refusal codes it gives when it fails; none for a condition that only explains. */
  readonly refusals: readonly string[];
}

/** An option of `assess179` / `schedule179` that changes what an allowance pays (docs/decree-179.md, "Readings"). */
export type Nd179OptionName = Exclude<keyof ResolvedNd179Options, 'parameters'>;

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
   * The parameters the allowance reads, as the what-if trace names them (`nd179Rates.x`, `baseSalary`), printed on its
   * rule-book page. The what-if marking follows the traced reads (src/engine/nd179/what-if.ts);
   * tests/nd179/what-if-reads.test.ts fails when the allowance reads a value this list does not name.
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

/**
 * What an allowance's rule-book page prints (docs/rule-book/nd179-<name>.md), declared beside its code in
 * ../<allowance>/rule-book.ts and kept off the runtime object, so the library and spreadsheet bundles do not carry it
 * (only the renderer, src/testing/rule-book/, and the tests import it): the clause in brief (rule-book text), the
 * conditions in the order they are checked with their refusal codes, the monthly amount in symbols, the options
 * (readings) it reads, the ids of the readings chosen (none of Decree 179's has an id yet: its readings are the
 * options), and the golden case of its cases.json whose input the page's worked example assesses with `assess179`.
 */
export interface AllowanceRuleBook {
  readonly summary: RuleBookText;
  readonly ruleConditions: readonly AllowanceCondition[];
  readonly formula: string;
  readonly options: readonly Nd179OptionName[];
  readonly readings: readonly string[];
  readonly example: { readonly title: RuleBookText; readonly caseName: string };
}
