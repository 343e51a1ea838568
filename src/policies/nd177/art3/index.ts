import { formatMonth } from '../../../core/calendar.js';
import { cite, DOC, type Citation } from '../../../core/citation.js';
import { dec, formatFactor, formatNumber, type Decimal } from '../../../core/money.js';
import { allowanceYearsNumber, monthsToAllowanceYears } from '../../../core/service-time.js';
import { text } from '../../../i18n/text.js';
import { isArmedForces } from '../../../schema/enums.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { eligibleOutcome, refusedOutcome, salaryMultipleItem, type MoneyItem } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome, Refusal } from '../../../model/types.js';
import { pensionYearsRequired } from '../../../rules/insurance.js';
import { decree177Refusal } from '../shared/eligibility.js';
import { insuranceSupport, type InsuranceSupport } from '../shared/insurance-support.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { baseSalary, baseSalaryHorizonCitation, formatKnownThrough } from '../../../parameters/base-salary.js';
import { article2, d3Cadre, nd177Factor } from '../shared/conditions.js';

/** Item labels, shared with the rule book's page (src/policies/registry). */
export const art3EarlyYearsLabel = text('Trợ cấp 5 tháng lương cho mỗi năm nghỉ hưu trước tuổi', 'Allowance of 5 months per year of early retirement');
export const art3InsuredTimeLabel = text('Trợ cấp theo thời gian công tác có đóng BHXH bắt buộc', 'Allowance for insured working time');
export const art3InsuranceSupportLabel = text('Hỗ trợ đóng BHXH một lần cho thời gian còn thiếu để hưởng lương hưu', 'One-off State payment of the insured months missing for a pension');
export const art3PointKLabel = text('Trợ cấp 0,5 tháng lương cho mỗi năm đóng BHXH bắt buộc (điểm k, theo tùy chọn)', 'Allowance of 0.5 month per insured year (point k, by option)');

export const nd177Art3Title = text(
  'Nghỉ hưu trước tuổi của cán bộ không tái cử, tái bổ nhiệm (Điều 3 Nghị định 177)',
  'Early retirement of cadres not re-elected or re-appointed (Decree 177 Art 3)',
);

const POLICY = 'nd177/art3';
/** Decree 177 Art 3 cl. 1 (conditions) and cl. 2 (what is paid), by point. */
const cond = (point: string): Citation => cite(DOC.nd177, '3', '1', point);
const pt = (point: string): Citation => cite(DOC.nd177, '3', '2', point);

/**
 * Point h: a commune cadre in an especially difficult area, or with army/police service and medals, who is
 * short of insured time for a pension gets the missing months paid by the State, at most 30; the months beyond
 * are paid by the person as voluntary insurance [M]. Null when the point does not apply.
 */
function pointH(ctx: CaseContext): InsuranceSupport | null {
  const basis = ctx.case.decree177?.insuranceSupportBasis;
  if (ctx.pensionEligible || !basis || ctx.case.staffType !== 'commune-cadre') return null;
  const required = Number(pensionYearsRequired(ctx.regime, ctx.params).value) * 12;
  const shortfall = required - ctx.case.insuredMonths;
  if (shortfall <= 0) return null;
  return insuranceSupport({
    shortfallMonths: shortfall,
    cap: ctx.params.nd177Factors.pointHMaxMonths,
    pricing: ctx.case.insurancePricing,
    code: 'state-paid-insurance',
    label: art3InsuranceSupportLabel,
    citation: pt('h'),
  });
}

function notPensionEligible(ctx: CaseContext): Refusal {
  const required = pensionYearsRequired(ctx.regime, ctx.params);
  return {
    code: 'not-pension-eligible',
    message: text(
      `Chưa đủ ${required.value} năm đóng BHXH bắt buộc để hưởng lương hưu tại ngày nghỉ (có ${ctx.case.insuredMonths} tháng); cán bộ cấp xã thuộc điểm h khoản 2 Điều 3 cần nhập insuranceSupportBasis`,
      `Fewer than ${required.value} insured years for a pension at the leave date (${ctx.case.insuredMonths} months); a commune cadre covered by Art 3 cl. 2 h needs insuranceSupportBasis`,
    ),
    citation: cond('b'),
  };
}

/** Point b: 5 months of S per year retired early (years rounded as in common.md §4), not capped. */
function perYearEarlyItem(ctx: CaseContext, S: Decimal, years: Decimal): MoneyItem {
  const per = ctx.params.nd177Factors.perYearEarly;
  return salaryMultipleItem({
    code: 'early-years-allowance',
    label: art3EarlyYearsLabel,
    salary: S,
    multiplier: dec(per.value).times(years),
    factorsText: `${formatFactor(per.value)} × ${formatNumber(years)}`,
    citation: per.citation,
  });
}

/**
 * Point c: 5 months for the first 20 insured years + 0.5 per year from the 21st; when the person has 15 years or
 * more and is pension-eligible under the SI Law 2024 (leave from 1 Jul 2025), 5 months for the first 15 years +
 * 0.5 per year from the 16th. Decree 177's own 5, not Decree 178's 4 (common.md §6).
 */
function insuredTimeItem(ctx: CaseContext, S: Decimal, facts: Facts): MoneyItem {
  const f = ctx.params.nd177Factors;
  const fifteen = ctx.regime === '15-year' && ctx.pensionEligible && ctx.case.insuredMonths >= Number(f.insured15BaseYears.value) * 12;
  const baseMonths = fifteen ? f.insured15BaseMonths : f.insured20BaseMonths;
  const baseYears = fifteen ? f.insured15BaseYears : f.insured20BaseYears;
  const extra = ctx.insuredYears.minus(baseYears.value);
  const extraYears = extra.isNegative() ? dec(0) : extra;
  facts.insuredTimeAllowanceRule = fifteen ? '15-year' : '20-year';
  return salaryMultipleItem({
    code: 'insured-time-allowance',
    label: art3InsuredTimeLabel,
    salary: S,
    multiplier: dec(baseMonths.value).plus(dec(f.insuredPerExtraYear.value).times(extraYears)),
    factorsText: `(${formatFactor(baseMonths.value)} + ${formatFactor(f.insuredPerExtraYear.value)} × ${formatNumber(extraYears)})`,
    citation: baseMonths.citation,
  });
}

/** Point k [L]: 0.5 month per insured year, only when the caller turns the option on. */
function pointKItem(ctx: CaseContext, S: Decimal): MoneyItem {
  const k = ctx.params.nd177Factors.pointKPerYear;
  return salaryMultipleItem({
    code: 'point-k-allowance',
    label: art3PointKLabel,
    salary: S,
    multiplier: dec(k.value).times(ctx.insuredYears),
    factorsText: `${formatFactor(k.value)} × ${formatNumber(ctx.insuredYears)}`,
    citation: k.citation,
  });
}

function flags(ctx: CaseContext, monthsEarly: number, h: InsuranceSupport | null): Flag[] {
  const noReductionMax = Number(ctx.params.nd177Factors.noReductionMaxMonths.value);
  const out: Flag[] = [{
    code: 'no-pension-reduction',
    label: text(
      `Hưởng lương hưu, không bị giảm tỷ lệ do nghỉ hưu trước tuổi cho thời gian từ ${noReductionMax} tháng trở xuống`,
      `Pension with no rate reduction for retiring early, for up to ${noReductionMax} months`,
    ),
    citation: pt('a'),
  }];
  if (monthsEarly > noReductionMax) {
    out.push({
      code: 'no-reduction-beyond-five-years',
      label: text(
        `Không bị giảm tỷ lệ cho ${monthsEarly - noReductionMax} tháng nghỉ sớm vượt quá ${noReductionMax} tháng nếu đóng BHXH tự nguyện một lần cho thời gian vượt quá`,
        `No reduction for the ${monthsEarly - noReductionMax} months beyond ${noReductionMax} either, if voluntary insurance is paid in one go for them`,
      ),
      citation: pt('i'),
    });
  }
  out.push(
    {
      code: 'position-salary-step-2',
      label: text(
        'Nếu xếp lương chức vụ bậc 1 đủ 48 tháng trở lên: được xếp bậc 2 của chức danh để nghỉ hưu (nhập hệ số đã nâng vào salary)',
        'If on step 1 of a position salary for 48 months or more: moved to step 2 for retirement (give the raised coefficient in salary)',
      ),
      citation: pt('d'),
    },
    {
      code: 'early-step-raise',
      label: text(
        'Nếu hưởng lương chuyên môn và phụ cấp chức vụ, còn thiếu 1–12 tháng để nâng bậc lương thường xuyên: được nâng bậc trước thời hạn (nhập hệ số đã nâng vào salary)',
        'If on a professional grade with a leadership allowance and 1–12 months short of a regular step raise: raised early (give the raised coefficient in salary)',
      ),
      citation: pt('đ'),
    },
    {
      code: 'contribution-honour',
      label: text('Được cộng thời gian nghỉ hưu trước tuổi để xét khen thưởng cống hiến', 'The early time counts towards the contribution honour'),
      citation: pt('e'),
    },
  );
  if (isArmedForces(ctx.case.staffType)) {
    out.push({
      code: 'rank-promotion',
      label: text('Được xét thăng cấp bậc quân hàm, nâng bậc lương theo quy định', 'Rank and step promotion considered as the law provides'),
      citation: pt('g'),
    });
  }
  if (h && !h.item) {
    out.push({
      code: 'state-paid-insurance-months',
      label: text(
        `Nhà nước hỗ trợ đóng BHXH một lần cho ${h.stateMonths} tháng còn thiếu (nhập insuranceSalary và insuranceContributionPercent để tính số tiền)`,
        `The State pays ${h.stateMonths} missing insured months in one go (give insuranceSalary and insuranceContributionPercent to price them)`,
      ),
      citation: pt('h'),
    });
  }
  if (h && h.beyondCapMonths > 0) {
    out.push({
      code: 'voluntary-insurance-beyond-cap',
      label: text(
        `${h.beyondCapMonths} tháng còn thiếu vượt quá mức hỗ trợ: được đóng BHXH tự nguyện một lần (tự chi trả)`,
        `${h.beyondCapMonths} missing months beyond the State's share: voluntary insurance paid in one go, at the person's cost`,
      ),
      citation: pt('h'),
    });
  }
  // Point l (one-off social insurance under the SI law) is not listed: a one-off social insurance replaces the
  // pension, so it is no right of this pension package (docs/decisions.md D30).
  return out;
}

/**
 * Decree 177 Art 3. Conditions (cl. 1): covered by Art 2 (cl. 1–3 not old enough, cl. 4 or cl. 5), enough
 * insured time for a pension at the leave date (or point h), and a voluntary application (assumed). Items:
 * b and c always; h when priced; k only with the option `nd177PointK`. Other points are flags.
 */
export function evaluateNd177Art3(ctx: CaseContext): Outcome {
  const facts: Facts = copyFacts(ctx);
  const refuse = (r: Refusal) => refusedOutcome(POLICY, nd177Art3Title, facts, r);
  const art2 = decree177Refusal(ctx, facts);
  if (art2) return refuse(art2);
  if (!ctx.salary.ok) return refuse(ctx.salary.refusal);
  const pension = ctx.pension.ok ? ctx.pension.value : null;
  const T = pension ? pension.pensionStart - ctx.leaveMonth : 0;
  facts.monthsEarly = T;
  if (!pension || T <= 0) {
    return refuse({
      code: 'not-early',
      message: text(
        `Tháng nghỉ ${formatMonth(ctx.leaveMonth)} không trước tháng hưởng lương hưu theo tuổi${pension ? ` (${formatMonth(pension.pensionStart)})` : ''}: không phải nghỉ hưu trước tuổi`,
        `The leave month ${formatMonth(ctx.leaveMonth)} is not before the statutory pension month${pension ? ` (${formatMonth(pension.pensionStart)})` : ''}: this is not early retirement`,
      ),
      citation: cond('a'),
    });
  }
  const h = pointH(ctx);
  if (!ctx.pensionEligible && !h) return refuse(notPensionEligible(ctx));

  const S = ctx.salary.value.amount;
  const years = monthsToAllowanceYears(T);
  facts.yearsEarly = allowanceYearsNumber(T);
  const items: MoneyItem[] = [perYearEarlyItem(ctx, S, years), insuredTimeItem(ctx, S, facts)];
  if (h) {
    Object.assign(facts, h.facts);
    if (h.item) items.push(h.item);
  }
  if (ctx.options.nd177PointK) {
    items.push(pointKItem(ctx, S));
    facts.pointK = 'paid: option nd177PointK is on [L]';
  } else {
    facts.pointK = 'not computed: its trigger is unclear [L]; the option nd177PointK adds it';
  }
  return eligibleOutcome(POLICY, nd177Art3Title, facts, items, flags(ctx, T, h));
}

/**
 * Decree 177 Art 3: cadres who cannot be re-elected or re-appointed for age and leave before their pension age keep
 * an unreduced pension and get a sum per year early and a sum for insured time (cl. 2 points b, c), the State
 * paying missing insured months for commune cadres (point h); the other points are rights without an amount.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd177/art3',
  decree: 'nd177',
  article: '3',
  title: nd177Art3Title,
  summary: text(
    'Cán bộ không đủ tuổi tái cử, tái bổ nhiệm nghỉ hưu trước tuổi: hưởng lương hưu không bị trừ tỷ lệ, trợ cấp 5 tháng lương cho mỗi năm nghỉ sớm và trợ cấp theo thời gian đóng BHXH (5 tháng cho 20 năm đầu, hoặc 15 năm đầu từ 01/7/2025). Được so sánh với Điều 7b Nghị định 178; chỉ hưởng mức cao hơn.',
    'Cadres not old enough to be re-elected or re-appointed who retire early: a pension with no reduction, 5 months of salary per year early, and an allowance for insured time (5 months for the first 20 years, or the first 15 from 1 Jul 2025). Compared with Decree 178 Art 7b; only the higher is paid.',
  ),
  conditions: [
    ...article2,
    {
      text: text(
        `Mức lương cơ sở của tháng trước tháng nghỉ đã được biết (bảng được coi là đã biết đến ${formatKnownThrough(baseSalary)}), hoặc nhập salary.baseSalary`,
        `The base salary of the month before leaving is known (the table is taken as known through ${formatKnownThrough(baseSalary)}), or salary.baseSalary is given`,
      ),
      citation: baseSalaryHorizonCitation,
      refusal: 'base-salary-unknown',
    },
    {
      text: text('Tháng nghỉ trước tháng hưởng lương hưu theo tuổi', 'The leave month is before the statutory pension month'),
      citation: cite(DOC.nd177, '3', '1', 'a'),
      refusal: 'not-early',
    },
    {
      text: text('Đủ thời gian đóng BHXH để hưởng lương hưu tại ngày nghỉ, hoặc thuộc điểm h (cán bộ cấp xã được hỗ trợ đóng phần còn thiếu)', 'Enough insured time for a pension at the leave date, or covered by point h (commune cadres whose missing months are paid)'),
      citation: cite(DOC.nd177, '3', '1', 'b'),
      refusal: 'not-pension-eligible',
    },
  ],
  items: [
    {
      code: 'early-years-allowance',
      label: art3EarlyYearsLabel,
      formula: 'S × 5 × yearsEarly',
      when: text('Không giới hạn số năm', 'Not capped'),
      factors: [nd177Factor('perYearEarly')],
      citation: cite(DOC.nd177, '3', '2', 'b'),
    },
    {
      code: 'insured-time-allowance',
      label: art3InsuredTimeLabel,
      formula: 'S × (5 + 0.5 × (N − 20))  or  S × (5 + 0.5 × (N − 15))',
      when: text(
        'Quy tắc 15 năm khi nghỉ từ 01/7/2025, có từ 15 năm đóng BHXH và đủ điều kiện hưởng lương hưu; hệ số 5 của Nghị định 177, không phải 4 của Nghị định 178',
        'The 15-year rule when leaving from 1 Jul 2025 with 15 or more insured years and a pension; Decree 177\'s own 5, not Decree 178\'s 4',
      ),
      factors: [nd177Factor('insured20BaseMonths'), nd177Factor('insured20BaseYears'), nd177Factor('insured15BaseMonths'), nd177Factor('insured15BaseYears'), nd177Factor('insuredPerExtraYear')],
      citation: cite(DOC.nd177, '3', '2', 'c'),
    },
    {
      code: 'state-paid-insurance',
      label: art3InsuranceSupportLabel,
      formula: 'insuranceSalary × contribution% × min(missing months, 30)',
      when: text('Điểm h: cán bộ cấp xã thiếu thời gian đóng BHXH; chỉ tính tiền khi có insuranceSalary và insuranceContributionPercent', 'Point h: commune cadres short of insured time; priced only when insuranceSalary and insuranceContributionPercent are given'),
      factors: [nd177Factor('pointHMaxMonths')],
      citation: cite(DOC.nd177, '3', '2', 'h'),
    },
    {
      code: 'point-k-allowance',
      label: art3PointKLabel,
      formula: 'S × 0.5 × N',
      when: text('Chỉ khi bật tùy chọn nd177PointK [L]', 'Only with the option nd177PointK [L]'),
      factors: [nd177Factor('pointKPerYear')],
      citation: cite(DOC.nd177, '3', '2', 'k'),
    },
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings'],
  readings: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'],
  options: ['congressMonthCount', 'nd177PointK', 'ignoreExcludedAllowances'],
  examples: [{
    title: text('Cán bộ D3 (examples.md): 30 tháng trước tuổi, so với Điều 7b Nghị định 178', 'The D3 cadre (examples.md): 30 months early, compared with Decree 178 Art 7b'),
    input: { id: 'D3', ...d3Cadre, leaveDate: '2025-05-01' },
    facts: ['monthlySalary', 'statutoryPensionStart', 'monthsEarly', 'yearsEarly', 'monthsFromCongressToRetirementAge', 'insuredTimeAllowanceRule', 'pointK'],
  }],
  applies: (ctx) => ctx.case.route !== 'resignation' && (ctx.case.group === 'decree-177-cadre' || ctx.case.decree177 !== undefined),
  evaluate: (ctx) => evaluateNd177Art3(ctx),
};
