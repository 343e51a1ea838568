import { formatMonth } from '../../../core/calendar.js';
import { deepFreeze } from '../../../core/freeze.js';
import { cite, DOC } from '../../../core/citation.js';
import { dec, formatFactor, formatNumber } from '../../../core/money.js';
import { text, type Text } from '../../../i18n/text.js';
import type { StaffType } from '../../../schema/enums.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { cachedFactors, eligibleOutcome, refusedOutcome, salaryMultipleItem, type MoneyItem } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome } from '../../../model/types.js';
import { addWindowFacts, twelveMonthWindow } from '../../../rules/window.js';
import { evaluateArt7 } from '../art7/index.js';
import { citeRead } from '../../../parameters/series.js';
import { commonRefusal, leaveBeforeRestructuring, leaveBeforeRestructuringFacts } from './eligibility.js';

export type ResignationArticle = '9' | '10';

/**
 * Art 9 covers cadres and civil servants (Art 2 cl. 1 a, b), Art 10 public employees and contract workers
 * (cl. 1 a, c). Defence workers and officials follow Art 10; officers and professional soldiers the Art 9
 * set [M]; police and cipher staff are read like officers [L] (docs/decisions.md).
 */
const article10Types: ReadonlySet<StaffType> = new Set(['public-employee', 'contract-worker', 'defence-worker', 'defence-official']);

export function resignationArticle(staffType: StaffType): ResignationArticle {
  return article10Types.has(staffType) ? '10' : '9';
}

export const resignationTitles: Record<ResignationArticle, Text> = {
  '9': text('Nghỉ thôi việc của cán bộ, công chức (Điều 9 Nghị định 178)', 'Resignation of cadres and civil servants (Decree 178 Art 9)'),
  '10': text('Nghỉ thôi việc của viên chức, người lao động (Điều 10 Nghị định 178)', 'Resignation of public employees and workers (Decree 178 Art 10)'),
};

/** The citations of each article, built once (every case cites them). */
function citationsOf(article: ResignationArticle) {
  return {
    article: cite(DOC.nd178, article),
    severanceFirst12: cite(DOC.nd178, article, '1', 'a'),
    severanceFrom13: cite(DOC.nd178, article, '1', 'b'),
    insuredYears: cite(DOC.nd178, article, '2'),
  };
}
const citations = { '9': citationsOf('9'), '10': citationsOf('10') } as const;
const jobSearchCitation = cite(DOC.nd178, '9', '4');

const severanceFactors = cachedFactors();
const insuredYearsFactors = cachedFactors();

/** Labels shared by every case (texts are immutable). */
export const severanceLabel = text('Trợ cấp thôi việc', 'Severance allowance');
export const insuredYearsLabel = text('Trợ cấp 1,5 tháng lương cho mỗi năm đóng BHXH bắt buộc', 'Allowance of 1.5 months per insured year');
export const jobSearchLabel = text('Trợ cấp 3 tháng lương để tìm việc làm', 'Job-search allowance of 3 months');
const insuranceKeptLabel = text('Được bảo lưu thời gian đóng BHXH hoặc hưởng BHXH một lần', 'Insured time kept, or one-off social insurance');
const unemploymentLabel = text('Hưởng bảo hiểm thất nghiệp theo pháp luật về việc làm', 'Unemployment insurance under the employment law');

/** The rights of the article: the same for every case, so frozen and shared. */
const flagsByArticle: Record<ResignationArticle, readonly Flag[]> = { '9': deepFreeze(flagsOf('9')), '10': deepFreeze(flagsOf('10')) };

function flagsOf(article: ResignationArticle): Flag[] {
  const out: Flag[] = [{
    code: 'insurance-kept-or-one-off',
    label: insuranceKeptLabel,
    citation: cite(DOC.nd178, article, '3'),
  }];
  if (article === '10') {
    out.push({
      code: 'unemployment-insurance',
      label: unemploymentLabel,
      citation: cite(DOC.nd178, '10', '4'),
    });
  }
  return out;
}

export function evaluateResignation(ctx: CaseContext, article: ResignationArticle): Outcome {
  const policy = `nd178/art${article}`;
  const title = resignationTitles[article];
  const facts: Facts = copyFacts(ctx);
  const refuse = (r: Parameters<typeof refusedOutcome>[3]) => refusedOutcome(policy, title, facts, r);
  const c = ctx.case;
  if (c.group !== 'directly-affected' && c.group !== 'association') {
    return refuse({
      code: 'group-not-covered',
      message: text(
        `Chính sách thôi việc Điều ${article} áp dụng cho đối tượng khoản 1, 3 Điều 2; nhóm ${c.group} không thuộc`,
        `Resignation under Art ${article} covers Art 2 cl. 1 and 3; group ${c.group} is not covered`,
      ),
      citation: citations[article].article,
    });
  }
  const common = commonRefusal(ctx) ?? leaveBeforeRestructuring(ctx);
  if (common) return refuse(common);

  // "2 years or more to the retirement age": Annex I by default; Annex II when qualified, by option [L].
  const useAnnexII = ctx.options.resignationAge === 'lowest-applicable' && ctx.annexII?.ok;
  const pensionStart = useAnnexII && ctx.annexII?.ok ? ctx.annexII.value.pensionStart : ctx.pension.ok ? ctx.pension.value.pensionStart : 0;
  const monthsToAge = pensionStart - ctx.leaveMonth;
  facts.monthsToRetirementAge = monthsToAge;
  facts.resignationAgeTable = useAnnexII ? 'annex-II' : ctx.pension.ok ? ctx.pension.value.source : 'annex-I';
  const min = Number(ctx.params.factors.resignationMinMonths.value);
  if (monthsToAge <= 0) {
    const [leave, start] = [formatMonth(ctx.leaveMonth), formatMonth(pensionStart)];
    return refuse({
      code: 'at-retirement-age',
      message: text(
        `Tháng nghỉ ${leave} đã từ tháng hưởng lương hưu ${start} trở đi: đã đến tuổi nghỉ hưu, không thuộc chính sách thôi việc`,
        `The leave month ${leave} is at or after the pension month ${start}: the person has reached retirement age, so the resignation policy does not apply`,
      ),
      citation: citations[article].article,
    });
  }
  if (monthsToAge < min) {
    const start = formatMonth(pensionStart);
    return refuse({
      code: 'under-24-months',
      message: text(
        `Chỉ còn ${monthsToAge} tháng đến tháng hưởng lương hưu ${start}; thôi việc cần từ đủ 24 tháng`,
        `Only ${monthsToAge} months to the pension month ${start}; resignation needs 24 months or more`,
      ),
      citation: citations[article].article,
    });
  }
  const art7 = evaluateArt7(ctx);
  if (art7.eligible) {
    return refuse({
      code: 'eligible-for-early-retirement',
      message: text(
        'Đủ điều kiện nghỉ hưu trước tuổi theo Điều 7, nên không thuộc chính sách thôi việc',
        'Eligible for early retirement under Art 7, so the resignation policy does not apply',
      ),
      citation: citations[article].article,
    });
  }

  const S = ctx.salary.ok ? ctx.salary.value.amount : dec(0);
  const w = twelveMonthWindow(c.restructuringDate!, c.leaveDate, ctx.options.windowAnniversary);
  addWindowFacts(facts, w);
  const before = leaveBeforeRestructuringFacts(ctx);
  if (before) Object.assign(facts, before);
  const first = w.window === 'first-12-months';
  const rate = first ? ctx.params.factors.severanceRateFirst12 : ctx.params.factors.severanceRateFrom13;
  const M = ctx.severanceMonths;
  const severance = severanceFactors(`${rate.value}|${M}`, () => ({ multiplier: dec(rate.value).times(M), text: `${formatFactor(rate.value)} × ${M}` }));
  const perYear = ctx.params.factors.perInsuredYearResign;
  // ctx.insuredYears are the allowance years of ctx.case.insuredMonths (buildContext).
  const insured = insuredYearsFactors(`${perYear.value}|${c.insuredMonths}`, () => ({
    multiplier: dec(perYear.value).times(ctx.insuredYears),
    text: `${formatFactor(perYear.value)} × ${formatNumber(ctx.insuredYears)}`,
  }));
  const items: MoneyItem[] = [
    salaryMultipleItem({
      code: 'severance',
      label: severanceLabel,
      salary: S,
      multiplier: severance.multiplier,
      factorsText: severance.text,
      citation: citeRead(rate, first ? citations[article].severanceFirst12 : citations[article].severanceFrom13),
    }),
    salaryMultipleItem({
      code: 'insured-years-allowance',
      label: insuredYearsLabel,
      salary: S,
      multiplier: insured.multiplier,
      factorsText: insured.text,
      citation: citations[article].insuredYears,
    }),
  ];
  if (article === '9') {
    const months = ctx.params.factors.jobSearchMonths.value;
    items.push(salaryMultipleItem({
      code: 'job-search-allowance',
      label: jobSearchLabel,
      salary: S,
      multiplier: dec(months),
      factorsText: formatFactor(months),
      citation: jobSearchCitation,
    }));
  }
  return eligibleOutcome(policy, title, facts, items, flagsByArticle[article]);
}
