import { cite, DOC, type Citation } from '../../core/citation.js';
import { text } from '../../i18n/text.js';
import { baseSalary, baseSalaryHorizonCitation, formatKnownThrough } from '../../parameters/base-salary.js';
import { nd177Dates } from '../../parameters/nd177-factors.js';
import { nd177Art3Title, art3EarlyYearsLabel, art3InsuredTimeLabel, art3InsuranceSupportLabel, art3PointKLabel } from '../nd177/art3/index.js';
import { nd177Art4Title, art4PayKeptLabel, art4InsuranceSupportLabel } from '../nd177/art4/index.js';
import { factor, type ConditionMeta, type PolicyMeta } from './types.js';

const n = (name: Parameters<typeof factor<'nd177Factors'>>[1]) => factor('nd177Factors', name);
const art2 = (clause?: string, point?: string): Citation => cite(DOC.nd177, '2', clause, point);
const art3 = (clause: string, point: string): Citation => cite(DOC.nd177, '3', clause, point);
const art4 = (clause: string, point?: string): Citation => cite(DOC.nd177, '4', clause, point);

/** Decree 177 Art 2 (src/policies/nd177/shared/eligibility.ts), shared by Art 3 and Art 4. */
const article2: readonly ConditionMeta[] = [
  {
    text: text('Ngày nghỉ từ ngày Nghị định 177/2024 có hiệu lực (01/01/2025)', 'The leave date is on or after the day Decree 177/2024 took effect (1 Jan 2025)'),
    citation: nd177Dates.inForce.citation,
    refusal: 'before-in-force',
  },
  {
    text: text('Có khoản áp dụng của Điều 2 (decree177Clause)', 'A clause of Art 2 is given (decree177Clause)'),
    citation: art2(),
    refusal: 'decree-177-clause-missing',
  },
  {
    text: text('Không thuộc diện tinh giản biên chế', 'Not under the staff-streamlining law'),
    citation: art2('6', 'a'),
    refusal: 'excluded-streamlining',
  },
  {
    text: text('Chưa có thông báo, quyết định nghỉ hưu', 'No retirement notice or decision issued yet'),
    citation: art2('6', 'b'),
    refusal: 'excluded-retirement-notice',
  },
  {
    text: text('Không tiếp tục công tác trong cơ quan của Đảng, Nhà nước, Mặt trận, tổ chức chính trị - xã hội', 'Not continuing to work in the Party, State, Front or socio-political bodies'),
    citation: art2('6', 'c'),
    refusal: 'excluded-continues-working',
  },
  {
    text: text('Còn trên 6 tháng từ ngày bắt đầu đại hội đến tuổi nghỉ hưu', 'More than 6 months from the first day of the congress to the retirement age'),
    citation: art2('6', 'b'),
    refusal: 'excluded-six-months-or-less',
    factors: [n('clause6bMaxMonths')],
  },
  {
    text: text('Khoản 4: còn từ 30 đến 60 tháng (tính cả hai đầu) từ ngày bắt đầu đại hội đến tuổi nghỉ hưu', 'Clause 4: 30 to 60 months (both included) from the first day of the congress to the retirement age'),
    citation: art2('4'),
    refusal: 'outside-clause-4-range',
    factors: [n('clause4MinMonths'), n('clause4MaxMonths')],
  },
];

const d3 = {
  gender: 'male', birthDate: '1966-01-15', staffType: 'cadre',
  salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
  insuredMonths: 264, decree177Clause: 1, congressDate: '2025-06-01',
} as const;

export const nd177Policies: readonly PolicyMeta[] = [
  {
    code: 'nd177/art3',
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
        citation: art3('1', 'a'),
        refusal: 'not-early',
      },
      {
        text: text('Đủ thời gian đóng BHXH để hưởng lương hưu tại ngày nghỉ, hoặc thuộc điểm h (cán bộ cấp xã được hỗ trợ đóng phần còn thiếu)', 'Enough insured time for a pension at the leave date, or covered by point h (commune cadres whose missing months are paid)'),
        citation: art3('1', 'b'),
        refusal: 'not-pension-eligible',
      },
    ],
    items: [
      {
        code: 'early-years-allowance',
        label: art3EarlyYearsLabel,
        formula: 'S × 5 × yearsEarly',
        when: text('Không giới hạn số năm', 'Not capped'),
        factors: [n('perYearEarly')],
        citation: art3('2', 'b'),
      },
      {
        code: 'insured-time-allowance',
        label: art3InsuredTimeLabel,
        formula: 'S × (5 + 0.5 × (N − 20))  or  S × (5 + 0.5 × (N − 15))',
        when: text(
          'Quy tắc 15 năm khi nghỉ từ 01/7/2025, có từ 15 năm đóng BHXH và đủ điều kiện hưởng lương hưu; hệ số 5 của Nghị định 177, không phải 4 của Nghị định 178',
          'The 15-year rule when leaving from 1 Jul 2025 with 15 or more insured years and a pension; Decree 177\'s own 5, not Decree 178\'s 4',
        ),
        factors: [n('insured20BaseMonths'), n('insured20BaseYears'), n('insured15BaseMonths'), n('insured15BaseYears'), n('insuredPerExtraYear')],
        citation: art3('2', 'c'),
      },
      {
        code: 'state-paid-insurance',
        label: art3InsuranceSupportLabel,
        formula: 'insuranceSalary × contribution% × min(missing months, 30)',
        when: text('Điểm h: cán bộ cấp xã thiếu thời gian đóng BHXH; chỉ tính tiền khi có insuranceSalary và insuranceContributionPercent', 'Point h: commune cadres short of insured time; priced only when insuranceSalary and insuranceContributionPercent are given'),
        factors: [n('pointHMaxMonths')],
        citation: art3('2', 'h'),
      },
      {
        code: 'point-k-allowance',
        label: art3PointKLabel,
        formula: 'S × 0.5 × N',
        when: text('Chỉ khi bật tùy chọn nd177PointK [L]', 'Only with the option nd177PointK [L]'),
        factors: [n('pointKPerYear')],
        citation: art3('2', 'k'),
      },
    ],
    tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings'],
    readings: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'],
    options: ['congressMonthCount', 'nd177PointK', 'ignoreExcludedAllowances'],
    examples: [{
      title: text('Cán bộ D3 (examples.md): 30 tháng trước tuổi, so với Điều 7b Nghị định 178', 'The D3 cadre (examples.md): 30 months early, compared with Decree 178 Art 7b'),
      input: { id: 'D3', ...d3, leaveDate: '2025-05-01' },
      facts: ['monthlySalary', 'statutoryPensionStart', 'monthsEarly', 'yearsEarly', 'monthsFromCongressToRetirementAge', 'insuredTimeAllowanceRule', 'pointK'],
    }],
  },
  {
    code: 'nd177/art4',
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
        factors: [n('art4MaxMonthsExclusive')],
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
        factors: [n('art4TopUpMaxMonths')],
        citation: art4('2', 'đ'),
      },
    ],
    tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings'],
    readings: ['N1', 'N2', 'N3', 'N4', 'N9', 'N10', 'N11'],
    options: ['congressMonthCount'],
    examples: [{
      title: text('Cán bộ D3 nghỉ chờ từ 01/12/2025: 23 tháng, qua mốc tăng lương cơ sở 01/7/2026', 'The D3 cadre waiting from 1 Dec 2025: 23 months, across the 1 Jul 2026 base-salary change'),
      input: { id: 'a4-23', ...d3, leaveDate: '2025-12-01' },
      facts: ['waitingMonths', 'waitFrom', 'waitTo', 'keptCoefficient', 'keptComponents', 'stoppedComponents', 'insuranceShortfallMonths'],
    }],
  },
];
