import { compareDates, daysInMonth, formatDate, formatMonth, fromMonthIndex, monthIndex, type CalendarDate } from '../../core/calendar.js';
import { roundDong, sum, toAmountString, toExactString, type Decimal } from '../../core/money.js';
import { text } from '../../i18n/text.js';
import { InvalidInputError } from '../../assessment/errors.js';
import type { Facts, Refusal } from '../../assessment/types.js';
import { SCHEMA_VERSION } from '../../assessment/versions.js';
import { nd179Issue, validateNd179Case, type Nd179Group } from '../../schema/nd179.js';
import type { ValidationIssue } from '../../schema/validate.js';
import { buildNd179Context, type Nd179Context } from './context.js';
import { addDays, isLastDayOfMonth, lastDayOfMonth, maxDate, minDate } from './dates.js';
import { groupEligibility, groupTitles, type GroupEligibility } from './eligibility.js';
import { expertAllowance } from './expert-allowance.js';
import { expertContract } from './expert-contract.js';
import { rightsFlags } from './flags.js';
import { graduateAllowance } from './graduate-allowance.js';
import { dateOption, echoNd179Options, resolveNd179Options, type Nd179Options } from './options.js';
import type { AllowancePolicy, Entitlement, Rate } from './policy.js';
import { probationFullSalary } from './probation-full-salary.js';
import { changeDays, salaryOn, type SalaryOnDay } from './salary.js';
import { talentAllowance } from './talent-allowance.js';
import type { AllowanceSchedule, Eligibility179, InsuranceBaseNote, Schedule179, ScheduleRow, ScheduleSegment } from './types.js';

/** Names the legal text the Decree 179 results were computed under. */
export const ND179_RULESET_VERSION = 'nd179-2024@2025-01-01';

/** The allowances of each group, in the order they are reported. */
export const nd179Policies: Readonly<Record<Nd179Group, readonly AllowancePolicy[]>> = {
  'talented-staff': [talentAllowance],
  graduate: [graduateAllowance, probationFullSalary],
  expert: [expertAllowance, expertContract],
};

export interface EvaluatedPolicy {
  readonly policy: AllowancePolicy;
  readonly refusals: readonly Refusal[];
  readonly entitlement: Entitlement | null;
  readonly facts: Facts;
}

/** The group's criteria, then the allowance's own conditions, then the days it is owed. */
export function evaluatePolicy(ctx: Nd179Context, group: GroupEligibility, policy: AllowancePolicy): EvaluatedPolicy {
  const refusals = [...group.refusals, ...policy.conditions(ctx)];
  if (refusals.length > 0) return { policy, refusals, entitlement: null, facts: {} };
  const e = policy.entitlement(ctx);
  if (!e.ok) return { policy, refusals: [e.refusal], entitlement: null, facts: {} };
  return { policy, refusals: [], entitlement: e.value, facts: e.value.facts };
}

export function eligibilityOf(ctx: Nd179Context, group: GroupEligibility): Eligibility179 {
  return { group: ctx.case.group, groupTitle: groupTitles[ctx.case.group], eligible: group.refusals.length === 0, refusals: group.refusals, facts: group.facts };
}

export function insuranceNote(policy: AllowancePolicy): InsuranceBaseNote {
  if (policy.insuranceExclusion) {
    return {
      inContributionBase: false,
      schemes: ['social', 'health', 'unemployment'],
      label: text(
        'Phụ cấp tăng thêm không dùng để tính đóng, hưởng bảo hiểm xã hội bắt buộc, bảo hiểm y tế, bảo hiểm thất nghiệp (bảo hiểm thất nghiệp: đối với viên chức)',
        'The additional allowance is not part of the base for compulsory social insurance, health insurance or unemployment insurance (unemployment insurance: public employees)',
      ),
      citation: policy.insuranceExclusion,
    };
  }
  return {
    inContributionBase: null,
    schemes: ['social', 'health', 'unemployment'],
    label: policy.code === 'nd179/expert-contract'
      ? text('Nghị định 179 không quy định; theo hợp đồng và pháp luật về bảo hiểm', 'Decree 179 does not say; the contract and the insurance laws decide')
      : text('Là tiền lương: theo pháp luật về bảo hiểm, Nghị định 179 không thay đổi', 'This is salary: the insurance laws apply, Decree 179 does not change them'),
  };
}

export interface MonthComputation {
  readonly row: ScheduleRow;
  /** The rounded amount, or null when the month is refused. */
  readonly amount: Decimal | null;
  readonly extras: Record<string, Decimal>;
}

function segmentOf(from: CalendarDate, to: CalendarDate, s: SalaryOnDay): ScheduleSegment {
  const days = to.day - from.day + 1;
  return {
    from: formatDate(from),
    to: formatDate(to),
    days,
    source: s.source,
    salary: toExactString(s.amount),
    ...(s.coefficient !== undefined ? { coefficient: s.coefficient } : {}),
    ...(s.allowancesCoefficient !== undefined ? { allowancesCoefficient: s.allowancesCoefficient } : {}),
    ...(s.baseSalary !== undefined ? { baseSalary: s.baseSalary } : {}),
    ...(s.baseSalaryCitation !== undefined ? { baseSalaryCitation: s.baseSalaryCitation } : {}),
    ...(s.salaryAmount !== undefined ? { salaryAmount: s.salaryAmount } : {}),
    ...(s.allowancesAmount !== undefined ? { allowancesAmount: s.allowancesAmount } : {}),
    ...(s.salaryFrom !== undefined ? { salaryFrom: s.salaryFrom } : {}),
  };
}

/**
 * One month's amount: rate × Σ(salary × days of its segment) / days in the month, exact, then rounded once
 * to whole đồng, half up (common.md §7). `coverFrom`–`coverTo` lie in one month. With the default
 * `salaryChangeInMonth: "whole-month"` the salary in force on `salaryDay` (default: `coverTo`) applies to
 * the whole covered part: a change that takes effect during the month counts from that month [M].
 */
export function computeMonth(ctx: Nd179Context, policy: AllowancePolicy, coverFrom: CalendarDate, coverTo: CalendarDate, salaryDay?: CalendarDate): MonthComputation {
  const n = daysInMonth(coverFrom.year, coverFrom.month);
  const m = monthIndex(coverFrom);
  const month = formatMonth(m);
  const rate: Rate = policy.rate(ctx);
  const base = policy.base(ctx);
  const starts = [coverFrom];
  if (ctx.options.salaryChangeInMonth === 'split-by-days' && salaryDay === undefined) starts.push(...changeDays(ctx, coverFrom, coverTo));
  const segments: ScheduleSegment[] = [];
  const parts: { salary: SalaryOnDay; days: number }[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : coverTo;
    const day = salaryDay ?? (starts.length > 1 ? from : coverTo);
    const s = salaryOn(ctx, day, base);
    if (!s.ok) {
      const days = coverTo.day - coverFrom.day + 1;
      return {
        amount: null,
        extras: {},
        row: {
          month, label: policy.rowLabel(month), from: formatDate(coverFrom), to: formatDate(coverTo), days, daysInMonth: n,
          fraction: days === n ? '1' : `${days}/${n}`, segments, rate: rate.text || '1', amount: null, formula: '', citation: policy.citation, refusal: s.refusal,
        },
      };
    }
    const seg = segmentOf(from, to, s.value);
    segments.push(seg);
    parts.push({ salary: s.value, days: seg.days });
  }
  const weighted = sum(parts.map((p) => p.salary.amount.times(p.days))).div(n);
  const amount = roundDong(rate.value.times(weighted));
  const terms = parts.map((p) => (p.days === n ? p.salary.text : `${p.salary.text} × ${p.days}/${n}`));
  const inner = terms.length > 1 ? `(${terms.join(' + ')})` : terms[0]!;
  const formula = rate.text ? `${rate.text} × ${inner}` : inner;
  const extras = policy.extras ? policy.extras(ctx, weighted) : {};
  const days = coverTo.day - coverFrom.day + 1;
  const row: ScheduleRow = {
    month,
    label: policy.rowLabel(month),
    from: formatDate(coverFrom),
    to: formatDate(coverTo),
    days,
    daysInMonth: n,
    fraction: days === n ? '1' : `${days}/${n}`,
    segments,
    rate: rate.text || '1',
    amount: toAmountString(amount),
    formula,
    citation: policy.citation,
    ...(extras.fullSalary ? { fullSalary: toAmountString(extras.fullSalary) } : {}),
    ...(extras.usualProbationSalary ? { usualProbationSalary: toAmountString(extras.usualProbationSalary) } : {}),
  };
  return { row, amount, extras };
}

/** The months to compute: per calendar day by default, whole months with `proration: "whole-months"` [L]. */
function coveredMonths(ctx: Nd179Context, e: Entitlement, from: CalendarDate, to: CalendarDate): { cover: [CalendarDate, CalendarDate][]; period: { from: string; to: string } | null } {
  const cover: [CalendarDate, CalendarDate][] = [];
  if (ctx.options.proration === 'whole-months') {
    // The start month counts in full; the end month only when the entitlement runs to its last day.
    const lo = Math.max(monthIndex(e.start), monthIndex(from));
    const endMonth = e.end ? (isLastDayOfMonth(e.end) ? monthIndex(e.end) : monthIndex(e.end) - 1) : Number.POSITIVE_INFINITY;
    const hi = Math.min(endMonth, monthIndex(to));
    for (let m = lo; m <= hi; m++) {
      const { year, month } = fromMonthIndex(m);
      cover.push([{ year, month, day: 1 }, lastDayOfMonth(year, month)]);
    }
  } else {
    const first = maxDate(e.start, from);
    const last = e.end ? minDate(e.end, to) : to;
    for (let m = monthIndex(first); m <= monthIndex(last); m++) {
      const { year, month } = fromMonthIndex(m);
      cover.push([m === monthIndex(first) ? first : { year, month, day: 1 }, m === monthIndex(last) ? last : lastDayOfMonth(year, month)]);
    }
  }
  if (cover.length === 0) return { cover, period: null };
  return { cover, period: { from: formatDate(cover[0]![0]), to: formatDate(cover[cover.length - 1]![1]) } };
}

export function scheduleOf(ctx: Nd179Context, ev: EvaluatedPolicy, from: CalendarDate, to: CalendarDate): AllowanceSchedule {
  const policy = ev.policy;
  const common = { policy: policy.code, title: policy.title, insurance: insuranceNote(policy), citation: policy.citation };
  const none = (refusals: readonly Refusal[], eligible: boolean, facts: Facts, entitlement: AllowanceSchedule['entitlement']): AllowanceSchedule => ({
    ...common, eligible, refusal: refusals[0]!, refusals, entitlement, period: null, rows: [], months: 0, fullMonths: 0, total: '0', complete: eligible, facts,
  });
  if (!ev.entitlement) return none(ev.refusals, false, ev.facts, { start: null, end: null });
  const e = ev.entitlement;
  const entitlement = { start: formatDate(e.start), end: e.end ? formatDate(e.end) : null };
  const facts: Facts = { ...ev.facts, proration: ctx.options.proration, salaryChangeInMonth: ctx.options.salaryChangeInMonth, salaryBase: policy.base(ctx), rate: policy.rate(ctx).text || '1' };
  const { cover, period } = coveredMonths(ctx, e, from, to);
  if (!period) {
    return none([{
      code: 'no-month-in-range',
      message: text(
        `Khoảng ${formatDate(from)} – ${formatDate(to)} không có tháng nào được hưởng (thời gian hưởng ${entitlement.start} – ${entitlement.end ?? 'không xác định'}${ctx.options.proration === 'whole-months' ? ', tính tròn tháng' : ''})`,
        `No month of ${formatDate(from)} – ${formatDate(to)} is owed (entitlement ${entitlement.start} – ${entitlement.end ?? 'open'}${ctx.options.proration === 'whole-months' ? ', whole months' : ''})`,
      ),
      citation: policy.citation,
    }], true, facts, entitlement);
  }
  const computed = cover.map(([a, b]) => computeMonth(ctx, policy, a, b));
  const rows = computed.map((c) => c.row);
  const paid = computed.filter((c) => c.amount !== null);
  const refusedRows = rows.filter((r) => r.refusal);
  const total = sum(paid.map((c) => c.amount!));
  const fullSalaries = paid.map((c) => c.extras.fullSalary).filter((x): x is Decimal => x !== undefined).map(roundDong);
  return {
    ...common,
    eligible: true,
    ...(refusedRows.length > 0 ? { refusal: refusedRows[0]!.refusal! } : {}),
    refusals: refusedRows.map((r) => r.refusal!).filter((r, i, all) => all.findIndex((x) => x.code === r.code) === i),
    entitlement,
    period,
    rows,
    months: rows.length,
    fullMonths: rows.filter((r) => r.days === r.daysInMonth).length,
    total: toAmountString(total),
    ...(policy.extras ? { totalFullSalary: toAmountString(sum(fullSalaries)) } : {}),
    complete: refusedRows.length === 0,
    facts: { ...facts, refusedMonths: refusedRows.map((r) => r.month) },
  };
}

export interface Schedule179Options extends Nd179Options {
  /** First day of the range, "YYYY-MM-DD" (required). */
  readonly from: string;
  /** Last day of the range, included, "YYYY-MM-DD" (required). */
  readonly to: string;
}

export type SafeSchedule179Result = { ok: true; value: Schedule179 } | { ok: false; error: InvalidInputError };

function idOf(input: unknown): string | null {
  if (input && typeof input === 'object' && Object.prototype.hasOwnProperty.call(input, 'id')) {
    const id = (input as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}

/** Validates the case and the options; the issues of both, or the context to compute with. */
export function prepare(input: unknown, options: unknown, extra: readonly string[], readExtra: (given: Record<string, unknown>, issues: ValidationIssue[]) => void):
  { ok: true; ctx: Nd179Context; defaulted: string[] } | { ok: false; error: InvalidInputError } {
  const given = options !== null && typeof options === 'object' && !Array.isArray(options) ? (options as Record<string, unknown>) : null;
  if (options !== undefined && !given) {
    return { ok: false, error: new InvalidInputError([nd179Issue('options', 'invalid-option', text('cần một đối tượng tùy chọn', 'expected an options object'))], idOf(input)) };
  }
  const opts = resolveNd179Options(given ?? {}, extra);
  const issues: ValidationIssue[] = opts.ok ? [] : [...opts.issues];
  readExtra(given ?? {}, issues);
  const validated = validateNd179Case(input);
  if (!validated.ok) issues.unshift(...validated.issues);
  if (issues.length > 0 || !validated.ok || !opts.ok) return { ok: false, error: new InvalidInputError(issues, idOf(input)) };
  return { ok: true, ctx: buildNd179Context(validated.value, opts.value), defaulted: opts.defaulted };
}

/** Like `schedule179`, but returns `{ ok: false, error }` instead of throwing. */
export function safeSchedule179(input: unknown, options: Schedule179Options): SafeSchedule179Result {
  let from: CalendarDate | undefined;
  let to: CalendarDate | undefined;
  const p = prepare(input, options, ['from', 'to'], (given, issues) => {
    from = dateOption(given, 'from', true, issues);
    to = dateOption(given, 'to', true, issues);
    if (from && to && compareDates(to, from) < 0) issues.push(nd179Issue('options.to', 'order', text('ngày cuối phải từ ngày đầu trở đi', 'the last day cannot precede the first day')));
  });
  if (!p.ok) return p;
  const ctx = p.ctx;
  const group = groupEligibility(ctx);
  const schedules = nd179Policies[ctx.case.group].map((policy) => scheduleOf(ctx, evaluatePolicy(ctx, group, policy), from!, to!));
  return {
    ok: true,
    value: {
      id: ctx.case.id,
      schemaVersion: SCHEMA_VERSION,
      rulesetVersion: ND179_RULESET_VERSION,
      options: echoNd179Options(ctx.options, p.defaulted, {}),
      requested: { from: formatDate(from!), to: formatDate(to!) },
      eligibility: eligibilityOf(ctx, group),
      warnings: ctx.warnings,
      schedules,
      flags: rightsFlags(ctx.case),
    },
  };
}

/**
 * Month-by-month schedule of every Decree 179 allowance of the person's group between `options.from` and
 * `options.to` (calendar dates, both included): one row per month with the salary and base salary in force,
 * the amount rounded once to whole đồng, its formula and citation; the total is the sum of the rows.
 * Throws `InvalidInputError` (with `.issues`) on invalid input or options.
 *
 * @example
 * schedule179(
 *   { id: 'G2-1', group: 'graduate', criterionPath: 'a', birthDate: '2000-05-01', applicationDate: '2025-01-10',
 *     recruitmentDate: '2025-03-01', criteria: { qualificationMet: true },
 *     salaryHistory: [{ from: '2025-03-01', coefficient: 2.34 }] },
 *   { from: '2025-03-01', to: '2025-12-31' },
 * ).schedules[0].rows[0].amount // "8213400" = 1.5 × 2.34 × 2,340,000
 */
export function schedule179(input: unknown, options: Schedule179Options): Schedule179 {
  const r = safeSchedule179(input, options);
  if (!r.ok) throw r.error;
  return r.value;
}

