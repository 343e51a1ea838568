import { compareDates, formatDate, formatMonth, monthIndex, parseIsoDate, type MonthIndex } from '../core/calendar.js';
import type { Decimal } from '../core/money.js';
import { allowanceYearsNumber } from '../core/service-time.js';
import { text } from '../i18n/text.js';
import { keyDates } from '../parameters/key-dates.js';
import { insuranceRegime, insuredYears, isPensionEligible, severanceMonths, type InsuranceRegime } from '../rules/insurance.js';
import { annexPensionStart, describePensionStart, qualifiesForAnnexII, statutoryPensionStart, type PensionStart } from '../rules/retirement-age.js';
import { currentMonthlySalary, type MonthlySalary } from '../rules/salary.js';
import type { Derived } from './derived.js';
import type { ResolvedOptions } from './options.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import type { StaffCase } from './staff-case.js';
import type { Facts, Outcome, Warning } from './types.js';
import { leaveBeforeRestructuringWarning } from '../policies/nd178/eligibility.js';
import { art7bDecree177ExclusionWarning } from '../policies/nd178/art7b-warning.js';

/** What every policy reads about one case, derived once. */
export interface CaseContext {
  readonly case: StaffCase;
  readonly options: ResolvedOptions;
  readonly params: ParameterSet;
  readonly salary: Derived<MonthlySalary>;
  /** Annex I, the officer's ceiling, or the input age. */
  readonly pension: Derived<PensionStart>;
  /** Annex II, only for people with 15 years of heavy work or in especially difficult areas. */
  readonly annexII: Derived<PensionStart> | null;
  readonly leaveMonth: MonthIndex;
  readonly regime: InsuranceRegime;
  readonly pensionEligible: boolean;
  readonly insuredYears: Decimal;
  readonly severanceMonths: number;
  /** Facts shared by every outcome of the case (outcomes extend a `copyFacts`). */
  readonly facts: Facts;
  /** How many keys `facts` has. */
  readonly factCount: number;
  readonly warnings: readonly Warning[];
  /** Outcomes already evaluated for this case, by policy code (resignation asks whether Art 7 applies). */
  readonly memo: Record<string, Outcome | undefined>;
}

const settlementDeadline = parseIsoDate(keyDates.settlementDeadline.date)!;

const NO_WARNINGS: readonly Warning[] = Object.freeze([]);

/** The case's warnings; the two lists most cases have are frozen and shared. `other`: the rare ones (D11, D26). */
function caseWarnings(salaryWarnings: readonly Warning[], afterDeadline: boolean, other: readonly Warning[]): readonly Warning[] {
  if (salaryWarnings.length === 0 && other.length === 0) return afterDeadline ? ONLY_AFTER_DEADLINE : NO_WARNINGS;
  return afterDeadline ? [...salaryWarnings, afterSettlementDeadline, ...other] : [...salaryWarnings, ...other];
}

/**
 * The same for every case that leaves after the regime's close (D12): it names the close and the decree for new
 * cases; the amounts are still computed, for audits and top-ups. Frozen and shared.
 */
const afterSettlementDeadline: Warning = Object.freeze({
  code: 'after-settlement-deadline',
  message: text(
    `Ngày nghỉ sau ngày ${keyDates.settlementDeadline.date}, ngày cuối cùng được nghỉ theo chính sách của Nghị định 178/2024 và 67/2025 (Công văn 6383/BNV-TCBC theo Kết luận 183-KL/TW): chế độ này đã khép lại; trường hợp mới xét theo Nghị định 154/2025/NĐ-CP. Số tiền vẫn được tính để đối chiếu, truy lĩnh`,
    `The leave date is after ${keyDates.settlementDeadline.date}, the last day to leave under Decrees 178/2024 and 67/2025 (MoHA letter 6383/BNV-TCBC, after Conclusion 183-KL/TW): this regime has closed; new cases go under Decree 154/2025/NĐ-CP. The amounts are still computed, for audits and top-ups`,
  ),
  citation: keyDates.settlementDeadline.citation,
});
const ONLY_AFTER_DEADLINE: readonly Warning[] = Object.freeze([afterSettlementDeadline]);

/**
 * A copy of the case's facts for one outcome to extend, with the same keys in the same order as
 * `{ ...ctx.facts }`, many times faster in V8: a literal for the nine keys every case has, then every other
 * key `buildContext` may add, by name (named stores are the fast ones), in the order it adds them (the
 * salary's keys in the order of rules/salary.ts). tests/property/assess.property.test.ts checks the order.
 * When the count of keys copied is not the count of the facts (a key not listed here), the copy is made
 * key by key instead.
 */
export function copyFacts(ctx: CaseContext): Facts {
  const f = ctx.facts;
  const out: Facts = {
    leaveDate: f.leaveDate!, leaveMonth: f.leaveMonth!, insuranceRegime: f.insuranceRegime!, pensionEligible: f.pensionEligible!,
    pensionEligibleSource: f.pensionEligibleSource!, insuredMonths: f.insuredMonths!, insuredYears: f.insuredYears!,
    publicSectorInsuredMonths: f.publicSectorInsuredMonths!, severanceMonths: f.severanceMonths!,
  };
  let copied = 9;
  if (f.birthDateAssumed !== undefined) { out.birthDateAssumed = f.birthDateAssumed; copied++; }
  if (f.leaveDateNotFirstOfMonth !== undefined) { out.leaveDateNotFirstOfMonth = f.leaveDateNotFirstOfMonth; copied++; }
  if (f.defaultedFields !== undefined) { out.defaultedFields = f.defaultedFields; copied++; }
  if (f.ignoredAllowances !== undefined) { out.ignoredAllowances = f.ignoredAllowances; copied++; }
  if (f.monthlySalary !== undefined) { out.monthlySalary = f.monthlySalary; copied++; }
  if (f.monthlySalarySource !== undefined) { out.monthlySalarySource = f.monthlySalarySource; copied++; }
  if (f.baseSalary !== undefined) { out.baseSalary = f.baseSalary; copied++; }
  if (f.baseSalaryMonth !== undefined) { out.baseSalaryMonth = f.baseSalaryMonth; copied++; }
  if (f.baseSalarySource !== undefined) { out.baseSalarySource = f.baseSalarySource; copied++; }
  if (f.baseSalaryVerified !== undefined) { out.baseSalaryVerified = f.baseSalaryVerified; copied++; }
  if (f.salaryParts !== undefined) { out.salaryParts = f.salaryParts; copied++; }
  if (f.salaryCitation !== undefined) { out.salaryCitation = f.salaryCitation; copied++; }
  if (f.statutoryPensionStart !== undefined) { out.statutoryPensionStart = f.statutoryPensionStart; copied++; }
  if (f.retirementAge !== undefined) { out.retirementAge = f.retirementAge; copied++; }
  if (f.retirementAgeSource !== undefined) { out.retirementAgeSource = f.retirementAgeSource; copied++; }
  if (f.retirementAgeCitation !== undefined) { out.retirementAgeCitation = f.retirementAgeCitation; copied++; }
  if (f.annexIIPensionStart !== undefined) { out.annexIIPensionStart = f.annexIIPensionStart; copied++; }
  if (f.annexIIRetirementAge !== undefined) { out.annexIIRetirementAge = f.annexIIRetirementAge; copied++; }
  return copied === ctx.factCount ? out : Object.assign({}, f);
}

/** Evaluates a policy once per case. */
export function once(ctx: CaseContext, policy: string, evaluate: (ctx: CaseContext) => Outcome): Outcome {
  const known = ctx.memo[policy];
  if (known) return known;
  const outcome = evaluate(ctx);
  ctx.memo[policy] = outcome;
  return outcome;
}

export function buildContext(c: StaffCase, options: ResolvedOptions, params: ParameterSet): CaseContext {
  const salary = currentMonthlySalary(c.salary, c.leaveDate, params);
  const pension = statutoryPensionStart(c, c.leaveDate, params);
  const annexII = qualifiesForAnnexII(c, params) ? annexPensionStart(c.gender, c.birthDate, 'II', params) : null;
  const regime = insuranceRegime(c.leaveDate);
  const eligible = isPensionEligible(c.insuredMonths, regime, c.pensionEligible, params);
  const years = insuredYears(c.insuredMonths);
  const sevMonths = severanceMonths(c.publicSectorInsuredMonths, params);
  const leaveMonth = monthIndex(c.leaveDate);

  // The order of these keys, and of those added below, is the order of every outcome's facts (copyFacts).
  const facts: Facts = {
    leaveDate: formatDate(c.leaveDate),
    leaveMonth: formatMonth(leaveMonth),
    insuranceRegime: regime,
    pensionEligible: eligible,
    pensionEligibleSource: c.pensionEligible === undefined ? 'insured-months' : 'input',
    insuredMonths: c.insuredMonths,
    insuredYears: allowanceYearsNumber(c.insuredMonths),
    publicSectorInsuredMonths: c.publicSectorInsuredMonths,
    severanceMonths: sevMonths,
  };
  if (c.birthDatePrecision !== 'day') facts.birthDateAssumed = formatDate(c.birthDate);
  if (c.leaveDate.day !== 1) facts.leaveDateNotFirstOfMonth = true;
  // The validator's lists are frozen and shared; any other list is copied, so the facts never alias it.
  if (c.defaulted.length > 0) facts.defaultedFields = Object.isFrozen(c.defaulted) ? c.defaulted : [...c.defaulted];
  if (c.ignoredAllowances.length > 0) facts.ignoredAllowances = [...c.ignoredAllowances];
  if (salary.ok) Object.assign(facts, salary.value.facts);
  if (pension.ok) {
    const p = describePensionStart(pension.value);
    facts.statutoryPensionStart = p.pensionStart;
    facts.retirementAge = p.age;
    facts.retirementAgeSource = p.source;
    facts.retirementAgeCitation = p.citation;
  }
  if (annexII?.ok) {
    facts.annexIIPensionStart = formatMonth(annexII.value.pensionStart);
    facts.annexIIRetirementAge = describePensionStart(annexII.value).age;
  }

  let factCount = 0;
  for (const key in facts) if (Object.prototype.hasOwnProperty.call(facts, key)) factCount++;

  const other: Warning[] = [];
  const before = leaveBeforeRestructuringWarning({ case: c, options });
  if (before) other.push(before);
  const excluded177 = art7bDecree177ExclusionWarning(c, options, params, pension);
  if (excluded177) other.push(excluded177);
  const warnings = caseWarnings(salary.ok ? salary.value.warnings : NO_WARNINGS, compareDates(c.leaveDate, settlementDeadline) > 0, other);
  return {
    case: c, options, params, salary, pension, annexII, leaveMonth, regime, pensionEligible: eligible,
    insuredYears: years, severanceMonths: sevMonths, facts, factCount, warnings, memo: {},
  };
}

