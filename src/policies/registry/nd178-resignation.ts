import { oddMonthsRule } from './odd-months.js';
import { cite, DOC, type Citation } from '../../core/citation.js';
import { text } from '../../i18n/text.js';
import { resignationTitles, type ResignationArticle, severanceLabel, insuredYearsLabel, jobSearchLabel } from '../nd178/shared/resignation.js';
import { beforeDecisionConditions, commonConditions } from './nd178-early-retirement.js';
import { factor, type ItemMeta, type PolicyMeta } from './types.js';

const f = (name: Parameters<typeof factor<'factors'>>[1]) => factor('factors', name);

function items(article: ResignationArticle): ItemMeta[] {
  const a = (clause: string, point?: string): Citation => cite(DOC.nd178, article, clause, point);
  const out: ItemMeta[] = [
    {
      code: 'severance',
      label: severanceLabel,
      formula: 'S × 0.8 × M (first 12 months)  or  S × 0.4 × M (from the 13th month)',
      when: text(
        'M = số tháng đóng BHXH tại cơ quan thuộc phạm vi (publicSectorInsuredMonths, mặc định insuredMonths), tối đa 60',
        'M = months insured in the covered agencies (publicSectorInsuredMonths, by default insuredMonths), at most 60',
      ),
      factors: [f('severanceRateFirst12'), f('severanceRateFrom13'), f('severanceMaxMonths')],
      citation: a('1', 'a'),
    },
    {
      code: 'insured-years-allowance',
      label: insuredYearsLabel,
      formula: 'S × 1.5 × N',
      when: text(`N: số năm đóng BHXH, ${oddMonthsRule.vi}`, `N: insured years, ${oddMonthsRule.en}`),
      factors: [f('perInsuredYearResign')],
      citation: a('2'),
    },
  ];
  if (article === '9') {
    out.push({
      code: 'job-search-allowance',
      label: jobSearchLabel,
      formula: 'S × 3',
      factors: [f('jobSearchMonths')],
      citation: cite(DOC.nd178, '9', '4'),
    });
  }
  return out;
}

function resignation(article: ResignationArticle, who: { vi: string; en: string }, example: PolicyMeta['examples'][number]): PolicyMeta {
  return {
    code: `nd178/art${article}`,
    title: resignationTitles[article],
    summary: text(
      `${who.vi} nghỉ thôi việc do sắp xếp: trợ cấp thôi việc, trợ cấp theo số năm đóng BHXH${article === '9' ? ' và trợ cấp tìm việc làm' : ''}; trợ cấp thôi việc giảm một nửa từ tháng thứ 13 kể từ quyết định sắp xếp.`,
      `${who.en} who resign because of the restructuring: severance, an allowance per insured year${article === '9' ? ' and a job-search allowance' : ''}; severance is halved from the 13th month after the restructuring decision.`,
    ),
    conditions: [
      {
        text: text('Thuộc khoản 1 hoặc 3 Điều 2 (group directly-affected hoặc association)', 'Covered by Art 2 cl. 1 or 3 (group directly-affected or association)'),
        citation: cite(DOC.nd178, article),
        refusal: 'group-not-covered',
      },
      ...commonConditions,
      ...beforeDecisionConditions,
      {
        text: text('Chưa đến tháng hưởng lương hưu theo tuổi', 'The pension month by age has not come'),
        citation: cite(DOC.nd178, article),
        refusal: 'at-retirement-age',
      },
      {
        text: text('Còn từ đủ 24 tháng trở lên đến tuổi nghỉ hưu (Phụ lục I; Phụ lục II theo tùy chọn)', 'At least 24 months to the retirement age (Annex I; Annex II by option)'),
        citation: cite(DOC.nd178, article),
        refusal: 'under-24-months',
        factors: [f('resignationMinMonths')],
      },
      {
        text: text('Không đủ điều kiện nghỉ hưu trước tuổi theo Điều 7', 'Not eligible for early retirement under Art 7'),
        citation: cite(DOC.nd178, article),
        refusal: 'eligible-for-early-retirement',
      },
    ],
    items: items(article),
    tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
    readings: ['D1', 'D3', 'D4', 'D5', 'D8', 'D9', 'D11', 'D12', 'D13', 'D14', 'D17', 'D18', 'D19', 'D24', 'D28'],
    options: ['windowAnniversary', 'resignationAge', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'leaveBeforeRestructuring'],
    examples: [example],
  };
}

const facts = ['monthlySalary', 'monthsToRetirementAge', 'window', 'severanceMonths', 'insuredYears'];

export const nd178Resignation: readonly PolicyMeta[] = [
  resignation('9', { vi: 'Cán bộ, công chức (và sĩ quan, quân nhân chuyên nghiệp, công an, cơ yếu)', en: 'Cadres and civil servants (and officers, professional soldiers, police and cipher staff)' }, {
    title: text('Ví dụ O2 (examples.md): lương theo Công văn 1814, nghỉ 01/9/2025', 'Example O2 (examples.md): the salary of Official Letter 1814, leaving on 1 Sep 2025'),
    input: {
      id: 'O2', gender: 'male', birthDate: '1975-06-10', staffType: 'civil-servant',
      salary: { coefficient: 5.42, leadershipCoefficient: 0.4, publicServicePercent: 25 },
      insuredMonths: 270, restructuringDate: '2025-03-01', leaveDate: '2025-09-01',
    },
    facts,
  }),
  resignation('10', { vi: 'Viên chức, người lao động (và công nhân, viên chức quốc phòng)', en: 'Public employees and contract workers (and defence workers and officials)' }, {
    title: text('Viên chức nghỉ 01/12/2025, trong 12 tháng đầu', 'A public employee leaving on 1 Dec 2025, first 12 months'),
    input: {
      id: 'art10-employee', gender: 'female', birthDate: '1985-07-19', staffType: 'public-employee',
      salary: { coefficient: 3, preferentialPercent: 35 }, insuredMonths: 150, restructuringDate: '2025-07-01', leaveDate: '2025-12-01',
    },
    facts,
  }),
];
