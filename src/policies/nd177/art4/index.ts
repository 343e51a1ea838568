import { formatMonth, fromMonthIndex } from '../../../core/calendar.js';
import { cite, DOC, type Citation } from '../../../core/citation.js';
import { dec, formatNumber, roundDong, sum, toAmountString, toExactString, type Decimal } from '../../../core/money.js';
import { text } from '../../../i18n/text.js';
import { baseRuns, baseSalarySchedule, describeRun, unverifiedMonths } from '../../../parameters/base-salary-schedule.js';
import { isArmedForces } from '../../../schema/enums.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { eligibleOutcome, refusedOutcome, type MoneyItem } from '../../../model/outcome.js';
import type { SalaryComponents } from '../../../model/staff-case.js';
import type { Facts, Flag, Outcome, Refusal } from '../../../model/types.js';
import { insuranceRegime, pensionYearsRequired } from '../../../rules/insurance.js';
import { salaryCitation } from '../../../rules/salary.js';
import { decree177Refusal } from '../shared/eligibility.js';
import { insuranceSupport } from '../shared/insurance-support.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { article2, d3Cadre, nd177Factor } from '../shared/conditions.js';

/** Item labels, shared with the rule book's page (src/policies/registry). */
export const art4PayKeptLabel = text('Tiền lương được giữ trong thời gian nghỉ chờ đủ tuổi nghỉ hưu', 'Pay kept while waiting for the retirement age');
export const art4InsuranceSupportLabel = text('Hỗ trợ đóng BHXH một lần cho thời gian còn thiếu khi hết thời gian nghỉ chờ', 'One-off State payment of the insured months still missing when the wait ends');

export const nd177Art4Title = text(
  'Nghỉ công tác chờ đủ tuổi nghỉ hưu (Điều 4 Nghị định 177)',
  'Leave from work while waiting for the retirement age (Decree 177 Art 4)',
);

const POLICY = 'nd177/art4';
const art4 = (clause: string, point?: string): Citation => cite(DOC.nd177, '4', clause, point);

export const art4NotComparable = text(
  'Nghỉ chờ đủ tuổi nghỉ hưu là lựa chọn khác (giữ lương đến tuổi nghỉ hưu thay cho nghỉ hưu ngay), không so sánh với các gói nghỉ hưu trước tuổi',
  'Leave while waiting is a different choice (pay kept until the retirement age instead of retiring now), not compared with the early-retirement packages',
);

const HUNDRED = dec(100);

/**
 * Art 4 cl. 2 a: the pay kept while waiting. Kept: the grade/step or position salary (G), the leadership
 * allowance (L), over-frame seniority (V), professional seniority (a percentage of G + L + V), the reserved
 * difference (R) and the committee-member responsibility allowance. Every other allowance stops from the month
 * after the decision. As a multiple of the base salary B: κ = (c + l)(1 + o%)(1 + s%) + r + committee.
 */
function keptCoefficient(s: SalaryComponents, committee: Decimal): { kappa: Decimal; kept: string[]; stopped: string[] } {
  const onePlus = (p: Decimal) => p.div(HUNDRED).plus(1);
  const kappa = s.coefficient.plus(s.leadershipCoefficient)
    .times(onePlus(s.overFrameSeniorityPercent))
    .times(onePlus(s.professionalSeniorityPercent))
    .plus(s.reservedDifferenceCoefficient)
    .plus(committee);
  const present = (entries: [string, Decimal][]) => entries.filter(([, v]) => !v.isZero()).map(([k]) => k);
  const kept = present([
    ['coefficient', s.coefficient], ['leadershipCoefficient', s.leadershipCoefficient],
    ['overFrameSeniorityPercent', s.overFrameSeniorityPercent], ['professionalSeniorityPercent', s.professionalSeniorityPercent],
    ['reservedDifferenceCoefficient', s.reservedDifferenceCoefficient], ['committeeAllowanceCoefficient', committee],
  ]);
  const stopped = present([
    ['publicServicePercent', s.publicServicePercent], ['preferentialPercent', s.preferentialPercent],
    ['professionalResponsibilityPercent', s.professionalResponsibilityPercent], ['partyWorkPercent', s.partyWorkPercent],
    ['armedForcesPercent', s.armedForcesPercent],
  ]);
  return { kappa, kept, stopped };
}

function flags(ctx: CaseContext): Flag[] {
  const out: Flag[] = [
    {
      code: 'insurance-continues',
      label: text('Cơ quan và người nghỉ chờ tiếp tục đóng BHXH, BHYT', 'Social and health insurance contributions continue'),
      citation: art4('2', 'b'),
    },
    isArmedForces(ctx.case.staffType)
      ? {
        code: 'rank-promotion',
        label: text('Lực lượng vũ trang (khoản 2 Điều 2) vẫn được xét thăng cấp bậc quân hàm, nâng bậc lương', 'Armed forces (Art 2 cl. 2) are still considered for rank and step promotion'),
        citation: art4('3'),
      }
      : {
        code: 'no-step-raise',
        label: text('Không nâng ngạch, bậc lương trong thời gian nghỉ chờ', 'No grade or step raise during the wait'),
        citation: art4('2', 'c'),
      },
    {
      code: 'other-allowances-stop',
      label: text(
        'Các phụ cấp, chế độ khác thôi hưởng từ tháng liền kề sau tháng có quyết định nghỉ chờ',
        'Other allowances and perks stop from the month after the decision',
      ),
      citation: art4('2', 'c'),
    },
    {
      code: 'outside-staffing-quota',
      label: text('Không tính vào biên chế của cơ quan trong thời gian nghỉ chờ; đủ tuổi thì làm thủ tục hưởng lương hưu', 'Not counted in the staffing quota while waiting; the pension is claimed when the age is reached'),
      citation: art4('3'),
    },
  ];
  return out;
}

/**
 * Decree 177 Art 4: cl. 1–3 cadres with fewer than 24 months to the retirement age (exactly 24 is not eligible)
 * keep part of their pay until the age (a month-by-month schedule at the base salary in force each month), and
 * the State pays any insured months still missing for a pension when the wait ends, at most 30.
 */
export function evaluateNd177Art4(ctx: CaseContext): Outcome {
  const facts: Facts = copyFacts(ctx);
  const refused = (r: Refusal) => ({ ...refusedOutcome(POLICY, nd177Art4Title, facts, r), excludedFromBest: art4NotComparable });
  const art2 = decree177Refusal(ctx, facts);
  if (art2) return refused(art2);
  const clause = ctx.case.decree177!.clause;
  if (clause > 3) {
    return refused({
      code: 'clause-not-covered',
      message: text(
        `Nghỉ chờ đủ tuổi nghỉ hưu chỉ áp dụng cho khoản 1, 2, 3 Điều 2; cán bộ thuộc khoản ${clause}`,
        `Leave while waiting covers Art 2 cl. 1, 2 and 3 only; the cadre is under cl. ${clause}`,
      ),
      citation: art4('1', 'a'),
    });
  }
  const pension = ctx.pension.ok ? ctx.pension.value : null;
  const T = pension ? pension.pensionStart - ctx.leaveMonth : 0;
  facts.monthsToRetirementAge = T;
  const limit = ctx.params.nd177Factors.art4MaxMonthsExclusive;
  if (!pension || T <= 0) {
    return refused({
      code: 'not-before-retirement-age',
      message: text(
        `Tháng nghỉ ${formatMonth(ctx.leaveMonth)} không trước tháng hưởng lương hưu theo tuổi${pension ? ` (${formatMonth(pension.pensionStart)})` : ''}`,
        `The leave month ${formatMonth(ctx.leaveMonth)} is not before the statutory pension month${pension ? ` (${formatMonth(pension.pensionStart)})` : ''}`,
      ),
      citation: limit.citation,
    });
  }
  if (T >= Number(limit.value)) {
    return refused({
      code: 'not-under-24-months',
      message: text(
        `Còn ${T} tháng đến tuổi nghỉ hưu (hưởng lương hưu từ ${formatMonth(pension.pensionStart)}); nghỉ chờ cần còn dưới ${limit.value} tháng`,
        `${T} months to the retirement age (pension from ${formatMonth(pension.pensionStart)}); leave while waiting needs fewer than ${limit.value}`,
      ),
      citation: limit.citation,
    });
  }
  const source = ctx.case.salary;
  if (source.kind !== 'components') {
    return refused({
      code: 'salary-components-required',
      message: text(
        'Cần các thành phần lương (salary) để xác định khoản lương, phụ cấp được giữ khi nghỉ chờ; monthlySalary không đủ',
        'The salary components (salary) are needed to tell which pay is kept while waiting; monthlySalary is not enough',
      ),
      citation: art4('2', 'a'),
    });
  }

  // The wait: from the leave month to the month the age is reached (the month before the pension), T months.
  const first = ctx.leaveMonth;
  const last = pension.pensionStart - 1;
  const s = source.components;
  const override = s.baseSalary ? { amount: s.baseSalary, citation: cite('input', undefined, undefined, undefined, { note: 'salary.baseSalary' }) } : undefined;
  const schedule = baseSalarySchedule(ctx.params.baseSalary, first, last, override);
  if (!schedule) {
    return refused({
      code: 'base-salary-out-of-table',
      message: text(`Không có mức lương cơ sở cho tháng ${formatMonth(first)}; hãy nhập salary.baseSalary`, `No base salary is tabled for ${formatMonth(first)}; give salary.baseSalary`),
      citation: salaryCitation,
    });
  }
  const { kappa, kept, stopped } = keptCoefficient(s, ctx.case.committeeAllowanceCoefficient);
  const runs = baseRuns(schedule);
  const exact = sum(schedule.map((m) => kappa.times(m.baseSalary)));
  const amount = roundDong(exact);
  const pay: MoneyItem = {
    amount,
    item: {
      code: 'waiting-pay',
      label: art4PayKeptLabel,
      amount: toAmountString(amount),
      formula: runs.map((r) => `${formatNumber(kappa)} × ${formatNumber(r.baseSalary)} × ${r.months}`).join(' + '),
      citation: art4('2', 'a'),
    },
  };
  Object.assign(facts, {
    waitingMonths: T,
    waitFrom: formatMonth(first),
    waitTo: formatMonth(last),
    keptCoefficient: toExactString(kappa),
    keptComponents: kept,
    stoppedComponents: stopped,
    waitingMonthlyPay: toExactString(kappa.times(schedule[0]!.baseSalary)),
    waitingPaySchedule: runs.map((r) => ({ ...describeRun(r), monthlyPay: toExactString(kappa.times(r.baseSalary)) })),
  });
  const unverified = unverifiedMonths(schedule, override ? null : ctx.params.baseSalary);
  if (unverified.length > 0) facts.baseSalaryUnverifiedMonths = unverified;

  // Cl. 2 đ: insured time at the end of the wait (contributions continue), against the SI law then in force.
  const pensionDate = { ...fromMonthIndex(pension.pensionStart), day: 1 };
  const regimeAtPension = insuranceRegime(pensionDate);
  const required = Number(pensionYearsRequired(regimeAtPension, ctx.params).value) * 12;
  const insuredAtEnd = ctx.case.insuredMonths + T;
  const shortfall = ctx.case.pensionEligible === true ? 0 : Math.max(0, required - insuredAtEnd);
  facts.insuredMonthsAtPensionStart = insuredAtEnd;
  facts.insuranceRegimeAtPensionStart = regimeAtPension;
  const items: MoneyItem[] = [pay];
  const outFlags = flags(ctx);
  if (shortfall > 0) {
    const support = insuranceSupport({
      shortfallMonths: shortfall,
      cap: ctx.params.nd177Factors.art4TopUpMaxMonths,
      pricing: ctx.case.insurancePricing,
      code: 'state-paid-insurance',
      label: art4InsuranceSupportLabel,
      citation: art4('2', 'đ'),
    });
    Object.assign(facts, support.facts);
    if (support.item) items.push(support.item);
    else {
      outFlags.push({
        code: 'state-paid-insurance-months',
        label: text(
          `Nhà nước hỗ trợ đóng BHXH một lần cho ${support.stateMonths} tháng còn thiếu, theo tiền lương đóng BHXH của tháng đủ tuổi (nhập insuranceSalary và insuranceContributionPercent để tính số tiền)`,
          `The State pays ${support.stateMonths} missing insured months in one go, on the insurance salary of the month the age is reached (give insuranceSalary and insuranceContributionPercent to price them)`,
        ),
        citation: art4('2', 'đ'),
      });
    }
    if (support.beyondCapMonths > 0) {
      outFlags.push({
        code: 'insurance-short-beyond-cap',
        label: text(
          `Còn thiếu ${support.beyondCapMonths} tháng vượt quá mức Nhà nước hỗ trợ; chưa đủ điều kiện hưởng lương hưu nếu không tự đóng`,
          `${support.beyondCapMonths} months are still missing beyond the State's share; no pension unless they are paid otherwise`,
        ),
        citation: art4('2', 'đ'),
      });
    }
  } else {
    facts.insuranceShortfallMonths = 0;
  }
  return { ...eligibleOutcome(POLICY, nd177Art4Title, facts, items, outFlags), excludedFromBest: art4NotComparable };
}

/**
 * Decree 177 Art 4: cadres of Art 2 cl. 1–3 with less than two years to their pension age may stop working and wait:
 * part of their pay is kept until the age, insurance continues, and the State pays up to 30 missing insured
 * months when the wait ends.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd177/art4',
  decree: 'nd177',
  article: '4',
  title: nd177Art4Title,
  summary: text(
    'Cán bộ khoản 1–3 Điều 2 còn dưới 24 tháng đến tuổi nghỉ hưu được nghỉ công tác chờ đủ tuổi: giữ lương ngạch bậc, phụ cấp chức vụ, thâm niên, chênh lệch bảo lưu và phụ cấp cấp ủy; tiếp tục đóng BHXH; Nhà nước đóng một lần phần thời gian còn thiếu (tối đa 30 tháng). Là lựa chọn khác, không so sánh để chọn mức cao nhất.',
    'Cl. 1–3 cadres with fewer than 24 months to the retirement age may leave work and wait: they keep the grade salary, leadership allowance, seniority, reserved difference and committee allowance; insurance continues; the State pays the missing insured months in one go (at most 30). A different choice, never compared for the highest.',
  ),
  conditions: [
    ...article2,
    {
      text: text('Thuộc khoản 1, 2 hoặc 3 Điều 2', 'Covered by Art 2 cl. 1, 2 or 3'),
      citation: art4('1', 'a'),
      refusal: 'clause-not-covered',
    },
    {
      text: text('Tháng nghỉ trước tháng hưởng lương hưu theo tuổi', 'The leave month is before the statutory pension month'),
      citation: art4('1', 'b'),
      refusal: 'not-before-retirement-age',
    },
    {
      text: text('Còn dưới 24 tháng đến tuổi nghỉ hưu (đúng 24 tháng: không thuộc)', 'Fewer than 24 months to the retirement age (exactly 24 is not covered)'),
      citation: art4('1', 'b'),
      refusal: 'not-under-24-months',
      factors: [nd177Factor('art4MaxMonthsExclusive')],
    },
    {
      text: text('Có các thành phần lương (salary) để xác định phần được giữ', 'The salary components (salary) are given, to tell which pay is kept'),
      citation: art4('2', 'a'),
      refusal: 'salary-components-required',
    },
  ],
  items: [
    {
      code: 'waiting-pay',
      label: art4PayKeptLabel,
      formula: 'Σ over the months of the wait: κ × B of the month,  κ = (c + l)(1 + o%)(1 + s%) + r + committee',
      when: text('Từ tháng nghỉ đến tháng đủ tuổi nghỉ hưu; làm tròn một lần', 'From the leave month to the month the age is reached; rounded once'),
      factors: [],
      citation: art4('2', 'a'),
    },
    {
      code: 'state-paid-insurance',
      label: art4InsuranceSupportLabel,
      formula: 'insuranceSalary × contribution% × min(missing months, 30)',
      when: text('Chỉ tính tiền khi có insuranceSalary và insuranceContributionPercent', 'Priced only when insuranceSalary and insuranceContributionPercent are given'),
      factors: [nd177Factor('art4TopUpMaxMonths')],
      citation: art4('2', 'đ'),
    },
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings'],
  readings: ['N1', 'N2', 'N3', 'N4', 'N9', 'N10', 'N11'],
  options: ['congressMonthCount'],
  examples: [{
    title: text('Cán bộ D3 nghỉ chờ từ 01/12/2025: 23 tháng, qua mốc tăng lương cơ sở 01/7/2026', 'The D3 cadre waiting from 1 Dec 2025: 23 months, across the 1 Jul 2026 base-salary change'),
    input: { id: 'a4-23', ...d3Cadre, leaveDate: '2025-12-01' },
    facts: ['waitingMonths', 'waitFrom', 'waitTo', 'keptCoefficient', 'keptComponents', 'stoppedComponents', 'insuranceShortfallMonths'],
  }],
  applies: (ctx) => ctx.case.route === 'auto' && ctx.case.decree177 !== undefined && ctx.case.decree177.clause <= 3,
  evaluate: (ctx) => evaluateNd177Art4(ctx),
};
