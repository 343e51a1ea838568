import { cite, DOC } from '../../../core/citation.js';
import { text } from '../../../i18n/text.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { baseSalary, baseSalaryHorizonCitation, formatKnownThrough } from '../../../parameters/base-salary.js';
import { factor, type ConditionDeclaration, type ItemDeclaration } from '../../../model/declaration.js';
import { earlyYearsLabel, insuredTimeLabel } from './early-retirement.js';
import { restructuringCitation } from './eligibility.js';
import { oddMonthsRule } from './odd-months.js';

/**
 * The conditions and items several Decree 178 articles declare alike (Art 7, 7a, 7b, 9, 10), in the order their
 * code checks them: each article's declaration (src/policies/nd178/<article>/index.ts) lists them in its own order.
 */

export const nd178Factor = (name: Parameters<typeof factor<'factors'>>[1]) => factor('factors', name);

/** Conditions every Decree 178 leaving policy checks first (src/policies/nd178/shared/eligibility.ts). */
export const commonConditions: readonly ConditionDeclaration[] = [
  {
    text: text('Ngày nghỉ từ ngày Nghị định 178/2024 có hiệu lực (01/01/2025)', 'The leave date is on or after the day Decree 178/2024 took effect (1 Jan 2025)'),
    citation: keyDates.nd178InForce.citation,
    refusal: 'before-in-force',
  },
  {
    text: text(
      'Không thuộc trường hợp hướng dẫn chưa giải quyết (mang thai, nghỉ thai sản, con dưới 36 tháng — trừ khi tự nguyện; đang bị kỷ luật, truy cứu, thanh tra)',
      'Not among the people the guidance keeps out (pregnancy, maternity leave, a child under 36 months — unless volunteering; discipline, prosecution, inspection)',
    ),
    citation: cite(DOC.nd178, '2', undefined, undefined, { note: 'people the implementing guidance keeps out', verified: false }),
    refusal: 'excluded-by-guidance',
  },
  {
    text: text(
      'Xác định được tiền lương tháng hiện hưởng S (mức lương cơ sở của tháng trước tháng nghỉ có trong bảng, hoặc nhập salary.baseSalary)',
      'The current monthly salary S is known (the base salary of the month before leaving is tabled, or salary.baseSalary is given)',
    ),
    citation: cite(DOC.tt01, '3', '2'),
    refusal: 'base-salary-out-of-table',
  },
  {
    text: text(
      `Mức lương cơ sở của tháng đó đã được biết: bảng được coi là đã biết đến ngày trước ngày 01/7 kế tiếp sau dòng cuối (${formatKnownThrough(baseSalary)}), hoặc nhập salary.baseSalary`,
      `The base salary of that month is known: the table is taken as known to the day before the next 1 July after its last row (${formatKnownThrough(baseSalary)}), or salary.baseSalary is given`,
    ),
    citation: baseSalaryHorizonCitation,
    refusal: 'base-salary-unknown',
  },
  {
    text: text(
      'Xác định được tuổi nghỉ hưu (Phụ lục I Nghị định 135/2020, hạn tuổi phục vụ của sĩ quan, hoặc retirementAge)',
      'The retirement age is known (Decree 135/2020 Annex I, the officer service ceiling, or retirementAge)',
    ),
    citation: cite(DOC.nd135, '4', '1', undefined, { note: 'Annex I' }),
    refusal: 'retirement-age-out-of-table',
  },
];

/**
 * A leave before the restructuring decision takes effect (D11): paid at the first-12-months rate by default;
 * refused only under the options `refuse` and `after-issue-only`. Shared with Art 9 and 10.
 */
export const beforeDecisionConditions: readonly ConditionDeclaration[] = [
  {
    text: text(
      'Nghỉ trước ngày quyết định sắp xếp có hiệu lực: mặc định tính theo mức 12 tháng đầu, có cảnh báo; bị từ chối với leaveBeforeRestructuring "refuse", hoặc "after-issue-only" khi nghỉ trước ngày ký quyết định',
      'Leaving before the restructuring decision takes effect: by default paid at the first-12-months rate, with a warning; refused with leaveBeforeRestructuring "refuse", or "after-issue-only" when leaving before the decision was signed',
    ),
    citation: restructuringCitation,
    refusal: 'leave-before-restructuring',
  },
  {
    text: text('Với "after-issue-only": có ngày ký quyết định sắp xếp (restructuringIssuedDate)', 'With "after-issue-only": the day the decision was signed is given (restructuringIssuedDate)'),
    citation: restructuringCitation,
    refusal: 'restructuring-issued-date-missing',
  },
];

/** Decree 178 Art 2 cl. 4 (as amended): the sub-group and its own limit (D26). */
export const art7bSubGroups: readonly ConditionDeclaration[] = [
  {
    text: text(
      'Xác định được nhóm của khoản 4 Điều 2: decree177Clause (khoản 1–3: chưa đủ tuổi tái cử, tái bổ nhiệm; khoản 4: theo congressDate), kèm congressDate',
      'The sub-group of Art 2 cl. 4 is given: decree177Clause (cl. 1–3: not old enough for re-election or re-appointment; cl. 4: by congressDate), with congressDate',
    ),
    citation: cite(DOC.nd178, '2', '4', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
    refusal: 'decree-177-clause-missing',
  },
  {
    text: text(
      'Khoản 4 Điều 2 Nghị định 177: còn từ 30 đến 60 tháng tính từ ngày bắt đầu đại hội đến tuổi nghỉ hưu',
      'Decree 177 Art 2 cl. 4: 30 to 60 months from the first day of the congress to the retirement age',
    ),
    citation: cite(DOC.nd177, '2', '4'),
    refusal: 'outside-clause-4-range',
    factors: [factor('nd177Factors', 'clause4MinMonths'), factor('nd177Factors', 'clause4MaxMonths')],
  },
];

export const notEarly: ConditionDeclaration = {
  text: text('Tháng nghỉ trước tháng hưởng lương hưu theo tuổi (T ≥ 1)', 'The leave month is before the statutory pension month (T ≥ 1)'),
  citation: cite(DOC.tt01, '3', '3'),
  refusal: 'not-early',
};

export const pensionEligible: ConditionDeclaration = {
  text: text(
    'Đủ điều kiện hưởng lương hưu: 20 năm đóng BHXH (nghỉ trước 01/7/2025) hoặc 15 năm (từ 01/7/2025)',
    'Entitled to a pension: 20 insured years (leaving before 1 Jul 2025) or 15 (from 1 Jul 2025)',
  ),
  citation: cite(DOC.siLaw2024, '64', '1'),
  refusal: 'not-pension-eligible',
  factors: [nd178Factor('pensionYears2014'), nd178Factor('pensionYears2024')],
};

export const bands: ConditionDeclaration = {
  text: text(
    'Thuộc một khung: A 24–60 tháng trước tuổi (Phụ lục I), B 61–120 tháng, C 24–60 tháng theo Phụ lục II (15 năm làm nghề nặng nhọc, độc hại hoặc ở vùng đặc biệt khó khăn), U2 dưới 24 tháng; nếu hai khung cùng áp dụng, lấy khung có tổng cao hơn',
    'In a band: A 24–60 months early (Annex I), B 61–120, C 24–60 by Annex II (15 years of heavy or toxic work or in especially difficult areas), U2 under 24; when two bands apply, the one with the higher total',
  ),
  citation: cite(DOC.nd178, '7', '2', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
  refusal: 'too-early',
  factors: [nd178Factor('bandMinMonths'), nd178Factor('bandNearMaxMonths'), nd178Factor('bandFarMaxMonths')],
};

/** Art 7 cl. 2 (as amended): shared by Art 7, 7a and 7b. */
export const clause2Items: readonly ItemDeclaration[] = [
  {
    code: 'early-years-allowance',
    label: earlyYearsLabel,
    formula: 'S × perYear × yearsEarly',
    when: text(
      `Khung A, C: 5 tháng lương mỗi năm; khung B: 4 tháng; khung U2: không có. Số năm: ${oddMonthsRule.vi}`,
      `Bands A and C: 5 months per year; band B: 4; band U2: none. Years: ${oddMonthsRule.en}`,
    ),
    factors: [nd178Factor('perYearEarlyNear'), nd178Factor('perYearEarlyFar')],
    citation: cite(DOC.nd178, '7', '2', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
  },
  {
    code: 'insured-time-allowance',
    label: insuredTimeLabel,
    formula: 'S × (5 + 0.5 × (N − 20))  or, from 1 Jul 2025,  S × (4 + 0.5 × (N − 15))',
    when: text(
      'Nghỉ trước 01/7/2025: 5 tháng cho 20 năm đầu; từ 01/7/2025 (Nghị định 67/2025): 4 tháng cho 15 năm đầu; 0,5 tháng cho mỗi năm sau đó. Khung U2: không có',
      'Leaving before 1 Jul 2025: 5 months for the first 20 years; from 1 Jul 2025 (Decree 67/2025): 4 months for the first 15; 0.5 month per year beyond. Band U2: none',
    ),
    factors: [nd178Factor('insured20BaseMonths'), nd178Factor('insured20BaseYears'), nd178Factor('insured15BaseMonths'), nd178Factor('insured15BaseYears'), nd178Factor('insuredPerExtraYear')],
    citation: cite(DOC.nd67, '1', '3', undefined, { note: 'amending 178 Art 7 cl. 2' }),
  },
];

/** The facts the early-retirement examples show. */
export const earlyRetirementFacts = ['monthlySalary', 'statutoryPensionStart', 'monthsEarly', 'yearsEarly', 'band', 'window', 'insuranceRegime', 'insuredYears'];
