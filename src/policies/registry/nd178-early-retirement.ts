import { oddMonthsRule } from './odd-months.js';
import { cite, DOC } from '../../core/citation.js';
import { text } from '../../i18n/text.js';
import { keyDates } from '../../parameters/key-dates.js';
import { art7Title } from '../nd178/art7/index.js';
import { art7aTitle } from '../nd178/art7a/index.js';
import { art7bTitle } from '../nd178/art7b/index.js';
import { factor, type ConditionMeta, type ItemMeta, type PolicyMeta } from './types.js';
import { earlyYearsLabel, insuredTimeLabel } from '../nd178/shared/early-retirement.js';
import { oneOffLabel } from '../nd178/shared/one-off-pension.js';
import { restructuringCitation } from '../nd178/shared/eligibility.js';
import { baseSalary, baseSalaryHorizonCitation, formatKnownThrough } from '../../parameters/base-salary.js';

const f = (name: Parameters<typeof factor<'factors'>>[1]) => factor('factors', name);

/** Conditions every Decree 178 leaving policy checks first (src/policies/nd178/shared/eligibility.ts). */
export const commonConditions: readonly ConditionMeta[] = [
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
export const beforeDecisionConditions: readonly ConditionMeta[] = [
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
const art7bSubGroups: readonly ConditionMeta[] = [
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

const notEarly: ConditionMeta = {
  text: text('Tháng nghỉ trước tháng hưởng lương hưu theo tuổi (T ≥ 1)', 'The leave month is before the statutory pension month (T ≥ 1)'),
  citation: cite(DOC.tt01, '3', '3'),
  refusal: 'not-early',
};

const pensionEligible: ConditionMeta = {
  text: text(
    'Đủ điều kiện hưởng lương hưu: 20 năm đóng BHXH (nghỉ trước 01/7/2025) hoặc 15 năm (từ 01/7/2025)',
    'Entitled to a pension: 20 insured years (leaving before 1 Jul 2025) or 15 (from 1 Jul 2025)',
  ),
  citation: cite(DOC.siLaw2024, '64', '1'),
  refusal: 'not-pension-eligible',
  factors: [f('pensionYears2014'), f('pensionYears2024')],
};

const bands: ConditionMeta = {
  text: text(
    'Thuộc một khung: A 24–60 tháng trước tuổi (Phụ lục I), B 61–120 tháng, C 24–60 tháng theo Phụ lục II (15 năm làm nghề nặng nhọc, độc hại hoặc ở vùng đặc biệt khó khăn), U2 dưới 24 tháng; nếu hai khung cùng áp dụng, lấy khung có tổng cao hơn',
    'In a band: A 24–60 months early (Annex I), B 61–120, C 24–60 by Annex II (15 years of heavy or toxic work or in especially difficult areas), U2 under 24; when two bands apply, the one with the higher total',
  ),
  citation: cite(DOC.nd178, '7', '2', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
  refusal: 'too-early',
  factors: [f('bandMinMonths'), f('bandNearMaxMonths'), f('bandFarMaxMonths')],
};

/** Art 7 cl. 2 (as amended): shared by Art 7, 7a and 7b. */
const clause2Items: readonly ItemMeta[] = [
  {
    code: 'early-years-allowance',
    label: earlyYearsLabel,
    formula: 'S × perYear × yearsEarly',
    when: text(
      `Khung A, C: 5 tháng lương mỗi năm; khung B: 4 tháng; khung U2: không có. Số năm: ${oddMonthsRule.vi}`,
      `Bands A and C: 5 months per year; band B: 4; band U2: none. Years: ${oddMonthsRule.en}`,
    ),
    factors: [f('perYearEarlyNear'), f('perYearEarlyFar')],
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
    factors: [f('insured20BaseMonths'), f('insured20BaseYears'), f('insured15BaseMonths'), f('insured15BaseYears'), f('insuredPerExtraYear')],
    citation: cite(DOC.nd67, '1', '3', undefined, { note: 'amending 178 Art 7 cl. 2' }),
  },
];

const facts = ['monthlySalary', 'statutoryPensionStart', 'monthsEarly', 'yearsEarly', 'band', 'window', 'insuranceRegime', 'insuredYears'];

export const nd178EarlyRetirement: readonly PolicyMeta[] = [
  {
    code: 'nd178/art7',
    title: art7Title,
    summary: text(
      'Cán bộ, công chức, viên chức, người lao động và lực lượng vũ trang chịu tác động trực tiếp của việc sắp xếp (khoản 1, 3 Điều 2) nghỉ hưu trước tuổi: trợ cấp hưu trí một lần cho số tháng nghỉ sớm, trợ cấp theo số năm nghỉ sớm và theo thời gian đóng BHXH; mức một lần giảm một nửa từ tháng thứ 13 kể từ quyết định sắp xếp.',
      'Staff directly affected by the restructuring (Art 2 cl. 1 and 3) who retire early: a one-off pension for the months retired early, an allowance per year early and one for insured time; the one-off is halved from the 13th month after the restructuring decision.',
    ),
    conditions: [
      ...commonConditions,
      {
        text: text('Thuộc khoản 1 hoặc 3 Điều 2 (group directly-affected hoặc association)', 'Covered by Art 2 cl. 1 or 3 (group directly-affected or association)'),
        citation: cite(DOC.nd178, '7', '1'),
        refusal: 'group-not-covered',
      },
      ...beforeDecisionConditions,
      notEarly,
      pensionEligible,
      bands,
    ],
    items: [
      {
        code: 'one-off-pension',
        label: oneOffLabel,
        formula: 'S × rate × min(T, 60)  (band B: S × 0.9 × 60), × 0.5 from the 13th month',
        when: text(
          'Khung A, C, U2: 1,0 tháng lương cho mỗi tháng nghỉ sớm (tối đa 60); khung B: 0,9 × 60. Từ tháng thứ 13 kể từ quyết định sắp xếp: một nửa (U2 của công chức, viên chức: không giảm; U2 của lực lượng vũ trang: giảm, theo tùy chọn)',
          'Bands A, C, U2: 1.0 month per month early (at most 60); band B: 0.9 × 60. From the 13th month after the restructuring decision: half (U2 of civil servants and employees: not halved; U2 of the armed forces: halved, by option)',
        ),
        factors: [f('oneOffRateNear'), f('oneOffRateFar'), f('oneOffMonthsFar'), f('oneOffMaxMonths'), f('fromThirteenthMonthShare')],
        citation: cite(DOC.nd178, '7', '1', 'a'),
      },
      ...clause2Items,
    ],
    tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
    readings: ['D1', 'D2', 'D3', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12', 'D13', 'D14', 'D17', 'D18', 'D19', 'D20', 'D24', 'D28', 'D29'],
    options: ['ruleset', 'windowAnniversary', 'u2WindowForArmedForces', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'leaveBeforeRestructuring', 'armedForcesYearsEarlyCap'],
    examples: [{
      title: text('Công văn 1814/BNV-TCBC (O1): khung A, trong 12 tháng đầu', 'MoHA Official Letter 1814/BNV-TCBC (O1): band A, first 12 months'),
      input: {
        id: 'O1', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
        salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
        insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
      },
      facts,
    }],
  },
  {
    code: 'nd178/art7a',
    title: art7aTitle,
    summary: text(
      'Người không chịu tác động trực tiếp nhưng nghỉ để tinh giản (khoản 2 Điều 2, do Nghị định 67/2025 bổ sung): cùng các khoản như Điều 7, với mức một lần 1,0 tính trong 12 tháng kể từ 15/3/2025 và một nửa sau đó.',
      'People not directly affected who leave for streamlining (Art 2 cl. 2, added by Decree 67/2025): the same items as Art 7, the one-off at 1.0 within 12 months from 15 Mar 2025 and half after.',
    ),
    conditions: [
      ...commonConditions,
      {
        text: text('Thuộc khoản 2 Điều 2 (group not-directly-affected)', 'Covered by Art 2 cl. 2 (group not-directly-affected)'),
        citation: cite(DOC.nd178, '7a'),
        refusal: 'group-not-covered',
      },
      {
        text: text('Áp dụng theo Nghị định 178 đã sửa đổi (ruleset amended)', 'Under the amended Decree 178 (ruleset amended)'),
        citation: cite(DOC.nd67, '1'),
        refusal: 'not-in-ruleset',
      },
      {
        text: text(
          'Còn từ 60 tháng (5 năm) trở xuống đến tuổi nghỉ hưu — cả nhóm khoản 2 Điều 2, công chức, viên chức như lực lượng vũ trang; nếu không, có thể xét Điều 9, 10 hoặc Nghị định 154/2025',
          '60 months (5 years) or less to the retirement age — the whole Art 2 cl. 2 group, civil staff and armed forces alike; otherwise Art 9, 10 or Decree 154/2025 may apply',
        ),
        citation: cite(DOC.nd178, '2', '2', undefined, { note: 'as amended by 67/2025/NĐ-CP; Conclusion 75-TB/TW' }),
        refusal: 'group-not-covered',
        factors: [f('streamliningArmedForcesMaxMonths')],
      },
      {
        text: text('Ngày nghỉ từ 15/3/2025 (Nghị định 67/2025 có hiệu lực)', 'The leave date is on or after 15 Mar 2025 (Decree 67/2025 in force)'),
        citation: keyDates.nd67InForce.citation,
        refusal: 'before-in-force',
      },
      notEarly,
      pensionEligible,
      bands,
    ],
    items: [
      {
        code: 'one-off-pension',
        label: oneOffLabel,
        formula: 'S × 1.0 × min(T, 60), × 0.5 from the 13th month after 15 Mar 2025',
        factors: [f('art7aOneOffRate'), f('oneOffMaxMonths'), f('fromThirteenthMonthShare')],
        citation: cite(DOC.nd178, '7a', '1'),
      },
      ...clause2Items,
    ],
    tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
    readings: ['D1', 'D3', 'D6', 'D7', 'D8', 'D12', 'D13', 'D14', 'D15', 'D16', 'D18', 'D21', 'D24', 'D28', 'D29'],
    options: ['ruleset', 'windowAnniversary', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'armedForcesYearsEarlyCap'],
    examples: [{
      title: text('Công chức tinh giản, nghỉ 01/3/2026 (trong 12 tháng đầu)', 'A civil servant leaving for streamlining on 1 Mar 2026 (first 12 months)'),
      input: {
        id: '7a-2026-03', gender: 'male', birthDate: '1967-06-21', staffType: 'civil-servant', group: 'not-directly-affected',
        salary: { coefficient: 6.2, publicServicePercent: 25 }, insuredMonths: 360, leaveDate: '2026-03-01',
      },
      facts,
    }],
  },
  {
    code: 'nd178/art7b',
    title: art7bTitle,
    summary: text(
      'Cán bộ không đủ tuổi tái cử, tái bổ nhiệm theo Nghị định 177 (khoản 4 Điều 2, do Nghị định 67/2025 bổ sung): cùng các khoản như Điều 7, mức một lần 1,0, không giảm theo thời gian.',
      'Cadres not old enough to be re-elected or re-appointed under Decree 177 (Art 2 cl. 4, added by Decree 67/2025): the same items as Art 7, the one-off at 1.0 with no window.',
    ),
    conditions: [
      {
        text: text(
          'Không phải cán bộ khoản 5 Điều 2 Nghị định 177 (diện Bộ Chính trị, Ban Bí thư quản lý): họ chỉ thuộc Nghị định 177',
          'Not a Decree 177 Art 2 cl. 5 cadre (managed by the Politburo / Secretariat): those come under Decree 177 only',
        ),
        citation: cite(DOC.nd178, '2', '4', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
        refusal: 'decree-177-clause-5',
      },
      ...commonConditions,
      {
        text: text('Thuộc khoản 4 Điều 2 (group decree-177-cadre)', 'Covered by Art 2 cl. 4 (group decree-177-cadre)'),
        citation: cite(DOC.nd178, '7b'),
        refusal: 'group-not-covered',
      },
      {
        text: text('Áp dụng theo Nghị định 178 đã sửa đổi (ruleset amended)', 'Under the amended Decree 178 (ruleset amended)'),
        citation: cite(DOC.nd67, '1'),
        refusal: 'not-in-ruleset',
      },
      ...art7bSubGroups,
      notEarly,
      pensionEligible,
      bands,
    ],
    items: [
      {
        code: 'one-off-pension',
        label: oneOffLabel,
        formula: 'S × 1.0 × min(T, 60)',
        when: text('Không có mốc 12 tháng', 'No 12-month window'),
        factors: [f('art7bOneOffRate'), f('oneOffMaxMonths')],
        citation: cite(DOC.nd178, '7b'),
      },
      ...clause2Items,
    ],
    tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
    readings: ['D3', 'D6', 'D7', 'D8', 'D12', 'D13', 'D14', 'D15', 'D16', 'D18', 'D24', 'D26', 'D28', 'D29', 'N3'],
    options: ['ruleset', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'congressMonthCount', 'armedForcesYearsEarlyCap'],
    examples: [{
      title: text('Cán bộ D3 (examples.md): 30 tháng trước tuổi', 'The D3 cadre (examples.md): 30 months early'),
      input: {
        id: 'D3', gender: 'male', birthDate: '1966-01-15', staffType: 'cadre',
        salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
        insuredMonths: 264, leaveDate: '2025-05-01', decree177Clause: 1, congressDate: '2025-06-01',
      },
      facts: ['monthlySalary', 'statutoryPensionStart', 'monthsEarly', 'yearsEarly', 'band', 'windowApplies', 'insuranceRegime', 'insuredYears'],
    }],
  },
];
