import { compareDates, formatDate, parseIsoDate } from '../../../core/calendar.js';
import { cite, DOC, formatCitation } from '../../../core/citation.js';
import { dec, formatFactor } from '../../../core/money.js';
import { text } from '../../../i18n/text.js';
import { valueAt } from '../../../parameters/dated.js';
import { baseSalaryHorizonCitation, beyondKnownBaseSalary, formatKnownThrough } from '../../../parameters/base-salary.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { eligibleOutcome, refusedOutcome, salaryMultipleItem } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome, Refusal } from '../../../model/types.js';
import { salaryCitation } from '../../../rules/salary.js';
import { notALeavingPackage } from '../art11/index.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { art12Citation, stayingFactor, stayingPerson } from '../shared/staying.js';

export const art12Title = text(
  'Chính sách đối với người được cử đi công tác tại cơ sở (Điều 12 Nghị định 178)',
  'Secondment to the grassroots (Decree 178 Art 12)',
);

const POLICY = 'nd178/art12';
const art12 = (clause?: string) => cite(DOC.nd178, '12', clause);

/**
 * Art 12: a one-off allowance of 10 months (commune level, cl. 1) [H] or 3 months (central body to the provincial
 * level, cl. 2) [M] of the base salary in force on the day the person takes up the post. In especially difficult
 * areas Decree 76/2019/NĐ-CP applies instead. The amounts' citations (src/parameters/nd178-staying-factors.ts)
 * say how far each is confirmed; `facts.secondmentAmountVerified` repeats it.
 */
export function evaluateArt12(ctx: CaseContext): Outcome {
  const s = ctx.case.secondment!;
  const facts: Facts = Object.assign(copyFacts(ctx), { grassrootsSecondment: s.level, secondmentDate: formatDate(s.date) });
  const refuse = (r: Refusal) => ({ ...refusedOutcome(POLICY, art12Title, facts, r), excludedFromBest: notALeavingPackage });
  const inForce = keyDates.nd178InForce;
  if (compareDates(s.date, parseIsoDate(inForce.date)!) < 0) {
    return refuse({
      code: 'before-in-force',
      message: text(
        `Ngày nhận công tác ${formatDate(s.date)} trước ngày Nghị định 178/2024 có hiệu lực (${inForce.date})`,
        `The post was taken up on ${formatDate(s.date)}, before Decree 178/2024 took effect (${inForce.date})`,
      ),
      citation: inForce.citation,
    });
  }
  if (s.difficultArea) {
    return refuse({
      code: 'decree-76-2019-applies',
      message: text(
        'Nơi đến là vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn: áp dụng chế độ của Nghị định 76/2019/NĐ-CP thay cho trợ cấp một lần',
        'The post is in an especially difficult area: the Decree 76/2019/NĐ-CP regime applies instead of the one-off allowance',
      ),
      citation: art12(),
    });
  }
  const row = valueAt(ctx.params.baseSalary, s.date);
  if (!row) {
    return refuse({
      code: 'base-salary-out-of-table',
      message: text(`Không có mức lương cơ sở cho ngày ${formatDate(s.date)}`, `No base salary is tabled for ${formatDate(s.date)}`),
      citation: salaryCitation,
    });
  }
  // The horizon every reader of the table uses (docs/decisions.md D24).
  if (beyondKnownBaseSalary(ctx.params.baseSalary, s.date)) {
    const through = formatKnownThrough(ctx.params.baseSalary);
    return refuse({
      code: 'base-salary-unknown',
      message: text(
        `Mức lương cơ sở ngày ${formatDate(s.date)} chưa được biết (bảng được coi là đã biết đến ngày ${through}; có thể điều chỉnh từ 01/7)`,
        `The base salary on ${formatDate(s.date)} is not known yet (the table is taken as known through ${through}; it may change from 1 July)`,
      ),
      citation: baseSalaryHorizonCitation,
    });
  }
  const factor = s.level === 'commune' ? ctx.params.stayingFactors.art12CommuneMonths : ctx.params.stayingFactors.art12ProvincialMonths;
  const item = salaryMultipleItem({
    code: 'secondment-allowance',
    label: s.level === 'commune'
      ? text('Trợ cấp một lần khi được cử về công tác tại cấp xã', 'One-off allowance for a secondment to the commune level')
      : text('Trợ cấp một lần khi từ cơ quan trung ương được cử về công tác tại cấp tỉnh', 'One-off allowance for a secondment from a central body to the provincial level'),
    salary: dec(row.value),
    multiplier: dec(factor.value),
    factorsText: formatFactor(factor.value),
    citation: factor.citation,
  });
  Object.assign(facts, {
    secondmentMonths: Number(factor.value),
    secondmentBaseSalary: row.value,
    secondmentBaseSalarySource: formatCitation(row.citation),
    secondmentAmountVerified: factor.citation.verified !== false,
  });
  const flags: Flag[] = [
    {
      code: 'former-pay-kept',
      label: text('Được giữ nguyên tiền lương và phụ cấp của vị trí cũ trong thời gian công tác tại cơ sở', 'The pay and allowances of the former post are kept during the secondment'),
      citation: art12(),
    },
    {
      code: 'return-post-and-step',
      label: text(
        'Khi trở lại: bố trí vị trí không thấp hơn trước và được nâng một bậc lương (nếu chưa ở bậc cuối), giữ thời gian xét nâng bậc',
        'On return: a post no lower than before and one salary step up (unless at the last step), the time on the old step carried over',
      ),
      citation: art12(),
    },
  ];
  return { ...eligibleOutcome(POLICY, art12Title, facts, [item], flags), excludedFromBest: notALeavingPackage };
}

/**
 * Decree 178 Art 12: staff sent to work at the grassroots receive a one-off sum of several months of the base salary
 * (more for the commune level than for a move from a central body to a province), unless Decree 76/2019 covers
 * the place; their old pay is kept and they return to a post no lower.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art12',
  decree: 'nd178',
  article: '12',
  title: art12Title,
  summary: text(
    'Người được cử đi công tác tại cơ sở: trợ cấp một lần 10 tháng lương cơ sở (về cấp xã) hoặc 3 tháng (từ trung ương về cấp tỉnh) [M: theo bản tóm tắt, chưa đối chiếu Công báo].',
    'Staff seconded to the grassroots: a one-off 10 months of base salary (to the commune level) or 3 months (from a central body to the provincial level) [M: from press summaries, Gazette text not checked].',
  ),
  conditions: [
    {
      text: text('Nhận công tác từ ngày Nghị định 178/2024 có hiệu lực', 'The post is taken up on or after the day Decree 178/2024 took effect'),
      citation: keyDates.nd178InForce.citation,
      refusal: 'before-in-force',
    },
    {
      text: text('Nơi đến không phải vùng đặc biệt khó khăn (ở đó áp dụng Nghị định 76/2019/NĐ-CP)', 'The post is not in an especially difficult area (Decree 76/2019/NĐ-CP applies there)'),
      citation: art12Citation(),
      refusal: 'decree-76-2019-applies',
    },
  ],
  items: [{
    code: 'secondment-allowance',
    label: text('Trợ cấp một lần khi được cử về công tác tại cơ sở', 'One-off allowance for a secondment to the grassroots'),
    formula: 'B on the secondment date × 10 (commune)  or  × 3 (central to provincial)',
    factors: [stayingFactor('art12CommuneMonths'), stayingFactor('art12ProvincialMonths')],
    citation: art12Citation('1'),
  }],
  tables: ['baseSalary'],
  readings: [],
  options: [],
  examples: [{
    title: text('Được cử về cấp xã từ 01/8/2025', 'Seconded to the commune level from 1 Aug 2025'),
    input: { id: 'a12-commune', ...stayingPerson, grassrootsSecondment: 'commune', secondmentDate: '2025-08-01' },
    facts: ['secondmentMonths', 'secondmentBaseSalary', 'secondmentAmountVerified'],
  }],
  applies: (ctx) => ctx.case.secondment !== undefined,
  evaluate: (ctx) => evaluateArt12(ctx),
};
