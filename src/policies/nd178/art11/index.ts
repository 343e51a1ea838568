import { compareDates, formatDate, formatMonth, monthIndex, parseIsoDate } from '../../../core/calendar.js';
import { cite, DOC, type Citation } from '../../../core/citation.js';
import { formatNumber, roundDong, sum, toAmountString, toExactString } from '../../../core/money.js';
import { text } from '../../../i18n/text.js';
import { baseRuns, baseSalarySchedule, unverifiedMonths } from '../../../parameters/base-salary-schedule.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { eligibleOutcome, refusedOutcome, type MoneyItem } from '../../../model/outcome.js';
import type { Facts, Outcome, Refusal } from '../../../model/types.js';
import { salaryCitation } from '../../../rules/salary.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { stayingFactor, stayingPerson } from '../shared/staying.js';

/** Item labels, shared with the rule book's page (src/policies/registry). */
export const keptAllowanceLabel = text('Phần phụ cấp chức vụ lãnh đạo được bảo lưu', 'Leadership allowance kept (difference between the former and the new post)');

export const art11Title = text(
  'Bảo lưu phụ cấp chức vụ khi thôi giữ chức vụ hoặc giữ chức vụ thấp hơn (Điều 11 Nghị định 178)',
  'Leadership allowance kept after leaving a post or moving to a lower one (Decree 178 Art 11)',
);

/** Not a leaving package: paid on top of whatever else applies, never compared for `best`. */
export const notALeavingPackage = text(
  'Không phải chế độ nghỉ việc; hưởng thêm, không so sánh để chọn mức cao nhất',
  'Not a leaving package: paid in addition, never compared for the highest',
);

const POLICY = 'nd178/art11';
const art11: Citation = cite(DOC.nd178, '11', undefined, undefined, { note: 'as amended by 67/2025/NĐ-CP Art 1 cl. 11' });

/**
 * Art 11: a cadre, civil servant or public employee who, because of the restructuring, stops holding a
 * leadership post or takes one with a lower allowance keeps the former allowance until the end of the term or
 * appointment period, and for 6 months when less than that remains. Month by month, the kept difference is
 * (former − new coefficient) × the base salary in force that month; the total is rounded once.
 * The first month is the month of the change (option `art11StartMonth` [L]); the last is the month of
 * `termEndDate`, both included.
 */
export function evaluateArt11(ctx: CaseContext): Outcome {
  const change = ctx.case.leadershipChange!;
  const facts: Facts = copyFacts(ctx);
  const refuse = (r: Refusal) => ({ ...refusedOutcome(POLICY, art11Title, facts, r), excludedFromBest: notALeavingPackage });
  const diff = change.formerCoefficient.minus(change.newCoefficient);
  Object.assign(facts, {
    leadershipChangeDate: formatDate(change.date),
    formerLeadershipCoefficient: toExactString(change.formerCoefficient),
    newLeadershipCoefficient: toExactString(change.newCoefficient),
    coefficientDifference: toExactString(diff),
    termEndDate: formatDate(change.termEndDate),
  });
  const inForce = keyDates.nd178InForce;
  if (compareDates(change.date, parseIsoDate(inForce.date)!) < 0) {
    return refuse({
      code: 'before-in-force',
      message: text(
        `Ngày thay đổi chức vụ ${formatDate(change.date)} trước ngày Nghị định 178/2024 có hiệu lực (${inForce.date})`,
        `The change of post on ${formatDate(change.date)} is before Decree 178/2024 took effect (${inForce.date})`,
      ),
      citation: inForce.citation,
    });
  }
  if (!diff.isPositive()) {
    return refuse({
      code: 'allowance-not-lower',
      message: text(
        `Hệ số phụ cấp mới (${formatNumber(change.newCoefficient)}) không thấp hơn hệ số cũ (${formatNumber(change.formerCoefficient)}): không có phần bảo lưu`,
        `The new allowance coefficient (${formatNumber(change.newCoefficient)}) is not lower than the former one (${formatNumber(change.formerCoefficient)}): nothing is kept`,
      ),
      citation: art11,
    });
  }
  const minFactor = ctx.params.stayingFactors.art11MinMonths;
  const min = Number(minFactor.value);
  const start = monthIndex(change.date) + (ctx.options.art11StartMonth === 'next-month' ? 1 : 0);
  const remaining = monthIndex(change.termEndDate) - start + 1;
  const months = Math.max(remaining, min);
  const end = start + months - 1;
  const schedule = baseSalarySchedule(ctx.params.baseSalary, start, end);
  if (!schedule) {
    return refuse({
      code: 'base-salary-out-of-table',
      message: text(`Không có mức lương cơ sở cho tháng ${formatMonth(start)}`, `No base salary is tabled for ${formatMonth(start)}`),
      citation: salaryCitation,
    });
  }
  const runs = baseRuns(schedule);
  const amount = roundDong(sum(schedule.map((m) => diff.times(m.baseSalary))));
  const item: MoneyItem = {
    amount,
    item: {
      code: 'kept-leadership-allowance',
      label: keptAllowanceLabel,
      amount: toAmountString(amount),
      formula: runs.map((r) => `(${formatNumber(change.formerCoefficient)} − ${formatNumber(change.newCoefficient)}) × ${formatNumber(r.baseSalary)} × ${r.months}`).join(' + '),
      citation: remaining < min ? minFactor.citation : art11,
    },
  };
  Object.assign(facts, {
    art11StartMonth: ctx.options.art11StartMonth,
    keptFrom: formatMonth(start),
    keptTo: formatMonth(end),
    monthsRemainingInTerm: Math.max(remaining, 0),
    monthsKept: months,
    minimumMonthsApplied: remaining < min,
    monthlySchedule: schedule.map((m) => ({
      month: formatMonth(m.month),
      baseSalary: toExactString(m.baseSalary),
      formerAllowance: toExactString(change.formerCoefficient.times(m.baseSalary)),
      newAllowance: toExactString(change.newCoefficient.times(m.baseSalary)),
      keptDifference: toExactString(diff.times(m.baseSalary)),
    })),
  });
  const unverified = unverifiedMonths(schedule, ctx.params.baseSalary);
  if (unverified.length > 0) facts.baseSalaryUnverifiedMonths = unverified;
  const flags = [{
    code: 'counts-in-current-salary',
    label: text(
      'Phụ cấp được bảo lưu được tính vào tiền lương hiện hưởng khi tính chế độ nghỉ hưu trước tuổi hoặc thôi việc sau này (nhập vào salary.leadershipCoefficient)',
      'The kept allowance counts in the current salary for a later early retirement or resignation (give it as salary.leadershipCoefficient)',
    ),
    citation: art11,
  }];
  return { ...eligibleOutcome(POLICY, art11Title, facts, [item], flags), excludedFromBest: notALeavingPackage };
}

/**
 * Decree 178 Art 11 (as amended by Decree 67/2025 Art 1 cl. 11): whoever loses a leadership post, or moves to one
 * with a smaller allowance, because of the restructuring keeps the old allowance until the term or appointment
 * would have ended, and for at least six months.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art11',
  decree: 'nd178',
  article: '11',
  title: art11Title,
  summary: text(
    'Người thôi giữ chức vụ lãnh đạo hoặc giữ chức vụ có phụ cấp thấp hơn do sắp xếp được bảo lưu phụ cấp cũ đến hết nhiệm kỳ hoặc thời hạn bổ nhiệm, ít nhất 6 tháng. Không phải chế độ nghỉ việc: hưởng thêm.',
    'A person who stops holding a leadership post, or takes one with a lower allowance, because of the restructuring keeps the former allowance to the end of the term or appointment, at least 6 months. Not a leaving package: paid in addition.',
  ),
  conditions: [
    {
      text: text('Thay đổi chức vụ từ ngày Nghị định 178/2024 có hiệu lực', 'The change of post is on or after the day Decree 178/2024 took effect'),
      citation: keyDates.nd178InForce.citation,
      refusal: 'before-in-force',
    },
    {
      text: text('Hệ số phụ cấp mới thấp hơn hệ số cũ', 'The new allowance coefficient is lower than the former one'),
      citation: art11,
      refusal: 'allowance-not-lower',
    },
    {
      text: text('Mức lương cơ sở của các tháng bảo lưu có trong bảng', 'The base salary of the months kept is tabled'),
      citation: cite(DOC.tt01, '3', '2'),
      refusal: 'base-salary-out-of-table',
    },
  ],
  items: [{
    code: 'kept-leadership-allowance',
    label: keptAllowanceLabel,
    formula: 'Σ over the months kept: (former − new coefficient) × B of the month',
    when: text(
      'Từ tháng thay đổi (hoặc tháng sau, theo tùy chọn) đến tháng hết nhiệm kỳ, ít nhất 6 tháng; làm tròn một lần',
      'From the month of the change (or the next month, by option) to the month the term ends, at least 6 months; rounded once',
    ),
    factors: [stayingFactor('art11MinMonths')],
    citation: art11,
  }],
  tables: ['baseSalary'],
  readings: ['D14'],
  options: ['art11StartMonth'],
  examples: [{
    title: text('Giữ chức vụ thấp hơn từ 10/3/2026 đến hết nhiệm kỳ 31/10/2026, qua mốc tăng lương cơ sở 01/7/2026', 'A lower post from 10 Mar 2026 to the end of the term on 31 Oct 2026, across the 1 Jul 2026 base-salary change'),
    input: { id: 'a11-8', ...stayingPerson, leadershipChangeDate: '2026-03-10', formerLeadershipCoefficient: 0.7, newLeadershipCoefficient: 0.5, termEndDate: '2026-10-31' },
    facts: ['keptFrom', 'keptTo', 'monthsKept', 'minimumMonthsApplied', 'coefficientDifference'],
  }],
  applies: (ctx) => ctx.case.leadershipChange !== undefined,
  evaluate: (ctx) => evaluateArt11(ctx),
};
