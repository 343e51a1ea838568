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
