import { compareDates, formatDate, formatMonth, monthIndex, parseIsoDate } from '../core/calendar.js';
import { allowanceYearsNumber } from '../core/service-time.js';
import { keyDates } from '../parameters/key-dates.js';
import { insuranceRegime, insuredYears, isPensionEligible, severanceMonths } from '../rules/insurance.js';
import { annexPensionStart, qualifiesForAnnexII, statutoryPensionStart } from '../rules/retirement-age.js';
import { annexAnswer, caseOnce, derive, describedPensionStart } from './memo.js';
import { outcomeOf } from './dispatch.js';
import { currentMonthlySalary } from '../rules/salary.js';
import type { ResolvedOptions } from './options.js';
import { leaveDateBreaks, resolveParameters, sourceOf, type ParameterSet, type ParameterTables } from '../parameters/parameter-set.js';
import { lawAsOf } from './options.js';
import type { CalendarDate } from '../core/calendar.js';
import type { StaffCase } from '../model/staff-case.js';
import type { Facts, Warning } from '../model/types.js';
import { leaveBeforeRestructuringWarning } from '../policies/nd178/common/eligibility.js';
import { art7bDecree177ExclusionWarning } from '../policies/nd178/common/art7b-warning.js';
import type { CaseContext } from '../model/context.js';
import type { Derived, InsuranceRegime, MonthlySalary, PensionStart } from '../model/derived.js';
import { msg } from '../locales/index.js';

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
  message: msg('engine.warning.after-settlement-deadline', { deadline: keyDates.settlementDeadline.date }),
  citation: keyDates.settlementDeadline.citation,
});
const ONLY_AFTER_DEADLINE: readonly Warning[] = Object.freeze([afterSettlementDeadline]);

/** The readings of one set of tables: the leave dates that change it, and each distinct reading made so far. */
interface Readings {
  readonly breaks: readonly CalendarDate[];
  /** By version date (the options' constant date object, or null), then by the count of breaks passed. */
  readonly sets: Map<CalendarDate | null, ParameterSet[]>;
}
const readings = new WeakMap<ParameterTables, Readings>();

/**
 * The parameters one case reads: its source's tables read at the case's version date (`lawAsOf`, from the options)
 * and leave date (src/parameters/dated.ts `rowFor`). Memoised per tables, version date and the count of
 * leave-date rows in force on the leave date, so the law's tables are read a handful of times per process, not
 * once per case; the factor objects are one per row, shared by every reading. A set with no source (built by
 * hand) is read as it is.
 */
export function parametersFor(params: ParameterSet, options: ResolvedOptions, leaveDate: CalendarDate): ParameterSet {
  const through = options.baseSalaryKnownThrough;
  const source = sourceOf(params);
  if (!source) return through === undefined ? params : withBaseSalaryKnownThrough(params, through);
  let r = readings.get(source.tables);
  if (r === undefined) readings.set(source.tables, (r = { breaks: leaveDateBreaks(source.tables), sets: new Map() }));
  let n = 0;
  for (const b of r.breaks) if (compareDates(b, leaveDate) <= 0) n++;
  const asOf = lawAsOf(options);
  let byBreaks = r.sets.get(asOf);
  if (byBreaks === undefined) r.sets.set(asOf, (byBreaks = []));
  let set = byBreaks[n];
  if (set === undefined) byBreaks[n] = set = resolveParameters(source.tables, asOf, leaveDate);
  // The pin applies to the law's reading, before a what-if trace sees it (so the trace records only real reads).
  if (through !== undefined) set = withBaseSalaryKnownThrough(set, through);
  return source.view ? source.view(set) : set;
}

const pinned = new WeakMap<ParameterSet, Map<string, ParameterSet>>();

/**
 * `options.baseSalaryKnownThrough`: the base-salary table as known through that day. Its rows from a later day are
 * left out and its horizon is that day, so a month after it is beyond the horizon for every reader (D24), as it was
 * before the later rows were decreed. One derived set per set read and day, kept while the set is.
 */
function withBaseSalaryKnownThrough(set: ParameterSet, through: string): ParameterSet {
  let byDay = pinned.get(set);
  if (byDay === undefined) pinned.set(set, (byDay = new Map()));
  let out = byDay.get(through);
  if (out === undefined) {
    const table = set.baseSalary;
    const baseSalary = { ...table, rows: table.rows.filter((row) => row.from <= through), knownThrough: { date: through, note: 'options.baseSalaryKnownThrough' } };
    byDay.set(through, (out = { ...set, baseSalary }));
  }
  return out;
}

/**
 * The case's facts, shared by every outcome (each extends a `copyFacts` of them). The order of these keys is the
 * order of every outcome's facts. Made by a constructor rather than grown from a literal, so V8 keeps the keys in
 * the object itself (sized by the keys its instances come to hold) instead of reallocating a separate store of
 * keys every few keys; its prototype is `Object.prototype`, so it is a plain object like `{}`.
 */
const CaseFacts = function CaseFacts(
  this: Facts, c: StaffCase, regime: InsuranceRegime, eligible: boolean, sevMonths: number, leaveMonth: number,
  salary: Derived<MonthlySalary>, pension: Derived<PensionStart>, annexII: Derived<PensionStart> | null,
) {
  this.leaveDate = formatDate(c.leaveDate);
  this.leaveMonth = formatMonth(leaveMonth);
  this.insuranceRegime = regime;
  this.pensionEligible = eligible;
  this.pensionEligibleSource = c.pensionEligible === undefined ? 'insured-months' : 'input';
  this.insuredMonths = c.insuredMonths;
  this.insuredYears = allowanceYearsNumber(c.insuredMonths);
  this.publicSectorInsuredMonths = c.publicSectorInsuredMonths;
  this.severanceMonths = sevMonths;
  if (c.birthDatePrecision !== 'day') this.birthDateAssumed = formatDate(c.birthDate);
  if (c.leaveDate.day !== 1) this.leaveDateNotFirstOfMonth = true;
  // The validator's lists are frozen and shared; any other list is copied, so the facts never alias it.
  if (c.defaulted.length > 0) this.defaultedFields = Object.isFrozen(c.defaulted) ? c.defaulted : [...c.defaulted];
  if (c.ignoredAllowances.length > 0) this.ignoredAllowances = [...c.ignoredAllowances];
  if (salary.ok) Object.assign(this, salary.value.facts);
  if (pension.ok) {
    const p = describedPensionStart(pension.value);
    this.statutoryPensionStart = p.pensionStart;
    this.retirementAge = p.age;
    this.retirementAgeSource = p.source;
    this.retirementAgeCitation = p.citation;
  }
  if (annexII?.ok) {
    this.annexIIPensionStart = formatMonth(annexII.value.pensionStart);
    this.annexIIRetirementAge = describedPensionStart(annexII.value).age;
  }
} as unknown as new (
  c: StaffCase, regime: InsuranceRegime, eligible: boolean, sevMonths: number, leaveMonth: number,
  salary: Derived<MonthlySalary>, pension: Derived<PensionStart>, annexII: Derived<PensionStart> | null,
) => Facts;
CaseFacts.prototype = Object.prototype;

export function buildContext(c: StaffCase, options: ResolvedOptions, law: ParameterSet): CaseContext {
  const params = parametersFor(law, options, c.leaveDate);
  const salary = currentMonthlySalary(c.salary, c.leaveDate, params);
  const pension = statutoryPensionStart(c, c.leaveDate, params, annexAnswer);
  const annexII = qualifiesForAnnexII(c, params) ? annexPensionStart(c.gender, c.birthDate, 'II', params, annexAnswer) : null;
  const regime = insuranceRegime(c.leaveDate);
  const eligible = isPensionEligible(c.insuredMonths, regime, c.pensionEligible, params);
  const years = insuredYears(c.insuredMonths);
  const sevMonths = severanceMonths(c.publicSectorInsuredMonths, params);
  const leaveMonth = monthIndex(c.leaveDate);

  const facts = new CaseFacts(c, regime, eligible, sevMonths, leaveMonth, salary, pension, annexII);
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
    insuredYears: years, severanceMonths: sevMonths, facts, factCount, warnings, derive, outcomeOf, evaluated: [], caseOnce, remembered: [],
  };
}

