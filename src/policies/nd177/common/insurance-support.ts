import type { Citation } from '../../../core/citation.js';
import { formatNumber, toExactString } from '../../../core/money.js';
import type { Text } from '../../../i18n/text.js';
import type { Factor } from '../../../parameters/policy-factors.js';
import { salaryMultipleItem, type MoneyItem } from '../../../model/outcome.js';
import type { InsurancePricing } from '../../../model/staff-case.js';
import type { Facts } from '../../../model/types.js';

/** Insured months the State pays in one go (Decree 177 Art 3 cl. 2 h; Art 4 cl. 2 đ), capped. */
export interface InsuranceSupport {
  readonly shortfallMonths: number;
  readonly stateMonths: number;
  /** Months beyond the cap, not paid by the State. */
  readonly beyondCapMonths: number;
  /** Priced only when the insurance salary and the contribution rate are given [M]. */
  readonly item: MoneyItem | null;
  readonly facts: Facts;
}

export function insuranceSupport(args: {
  shortfallMonths: number;
  cap: Factor;
  pricing: InsurancePricing | undefined;
  code: string;
  label: Text;
  citation: Citation;
}): InsuranceSupport {
  const stateMonths = Math.min(args.shortfallMonths, Number(args.cap.value));
  const beyondCapMonths = args.shortfallMonths - stateMonths;
  const p = args.pricing;
  const item = p && stateMonths > 0
    ? salaryMultipleItem({
      code: args.code,
      label: args.label,
      salary: p.salary,
      multiplier: p.percent.div(100).times(stateMonths),
      factorsText: `${formatNumber(p.percent)}% × ${stateMonths}`,
      citation: args.citation,
    })
    : null;
  const facts: Facts = {
    insuranceShortfallMonths: args.shortfallMonths,
    statePaidInsuranceMonths: stateMonths,
    statePaidInsuranceMonthsCap: Number(args.cap.value),
    insuranceMonthsBeyondCap: beyondCapMonths,
    statePaidInsurancePriced: item !== null,
  };
  if (p) {
    facts.insuranceSalary = toExactString(p.salary);
    facts.insuranceContributionPercent = Number(p.percent.toString());
  }
  return { shortfallMonths: args.shortfallMonths, stateMonths, beyondCapMonths, item, facts };
}

