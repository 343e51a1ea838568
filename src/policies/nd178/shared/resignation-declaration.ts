import { cite, DOC, type Citation } from '../../../core/citation.js';
import { text } from '../../../i18n/text.js';
import type { ExampleDeclaration, ItemDeclaration, PolicyDeclaration } from '../../../model/declaration.js';
import { beforeDecisionConditions, commonConditions, nd178Factor } from './conditions.js';
import { oddMonthsRule } from './odd-months.js';
import { insuredYearsLabel, jobSearchLabel, resignationTitles, severanceLabel, type ResignationArticle } from './resignation.js';

/**
 * What Art 9 and Art 10 declare alike (their code is shared too: src/policies/nd178/shared/resignation.ts): the
 * conditions in the order the code checks them, and the items; each article adds who it covers and an example.
 */
export function resignationItems(article: ResignationArticle): ItemDeclaration[] {
  const a = (clause: string, point?: string): Citation => cite(DOC.nd178, article, clause, point);
  const out: ItemDeclaration[] = [
    {
      code: 'severance',
      label: severanceLabel,
      formula: 'S × 0.8 × M (first 12 months)  or  S × 0.4 × M (from the 13th month)',
      when: text(
        'M = số tháng đóng BHXH tại cơ quan thuộc phạm vi (publicSectorInsuredMonths, mặc định insuredMonths), tối đa 60',
        'M = months insured in the covered agencies (publicSectorInsuredMonths, by default insuredMonths), at most 60',
      ),
      factors: [nd178Factor('severanceRateFirst12'), nd178Factor('severanceRateFrom13'), nd178Factor('severanceMaxMonths')],
      citation: a('1', 'a'),
    },
    {
      code: 'insured-years-allowance',
      label: insuredYearsLabel,
      formula: 'S × 1.5 × N',
      when: text(`N: số năm đóng BHXH, ${oddMonthsRule.vi}`, `N: insured years, ${oddMonthsRule.en}`),
      factors: [nd178Factor('perInsuredYearResign')],
      citation: a('2'),
    },
  ];
  if (article === '9') {
    out.push({
      code: 'job-search-allowance',
      label: jobSearchLabel,
      formula: 'S × 3',
      factors: [nd178Factor('jobSearchMonths')],
      citation: cite(DOC.nd178, '9', '4'),
    });
  }
  return out;
}

export function resignationDeclaration(article: ResignationArticle, who: { vi: string; en: string }, example: ExampleDeclaration): Omit<PolicyDeclaration, 'applies' | 'evaluate'> {
  return {
    code: `nd178/art${article}`,
    decree: 'nd178',
    article,
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
        factors: [nd178Factor('resignationMinMonths')],
      },
      {
        text: text('Không đủ điều kiện nghỉ hưu trước tuổi theo Điều 7', 'Not eligible for early retirement under Art 7'),
        citation: cite(DOC.nd178, article),
        refusal: 'eligible-for-early-retirement',
      },
    ],
    items: resignationItems(article),
    tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
    readings: ['D1', 'D3', 'D4', 'D5', 'D8', 'D9', 'D11', 'D12', 'D13', 'D14', 'D17', 'D18', 'D19', 'D24', 'D28'],
    options: ['windowAnniversary', 'resignationAge', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'leaveBeforeRestructuring'],
    examples: [example],
  };
}

/** The facts the resignation examples show. */
export const resignationFacts = ['monthlySalary', 'monthsToRetirementAge', 'window', 'severanceMonths', 'insuredYears'];
