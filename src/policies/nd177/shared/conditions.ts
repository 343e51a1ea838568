import { cite, DOC, type Citation } from '../../../core/citation.js';
import { text } from '../../../i18n/text.js';
import { nd177Dates } from '../../../parameters/nd177-factors.js';
import { factor, type ConditionDeclaration } from '../../../model/declaration.js';

/**
 * Decree 177 Art 2 as Art 3 and Art 4 declare it (src/policies/nd177/shared/eligibility.ts checks it in this order),
 * and the D3 cadre of the examples both articles compute.
 */
export const nd177Factor = (name: Parameters<typeof factor<'nd177Factors'>>[1]) => factor('nd177Factors', name);
const art2 = (clause?: string, point?: string): Citation => cite(DOC.nd177, '2', clause, point);

/** Decree 177 Art 2 (src/policies/nd177/shared/eligibility.ts), shared by Art 3 and Art 4. */
export const article2: readonly ConditionDeclaration[] = [
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
    factors: [nd177Factor('clause6bMaxMonths')],
  },
  {
    text: text('Khoản 4: còn từ 30 đến 60 tháng (tính cả hai đầu) từ ngày bắt đầu đại hội đến tuổi nghỉ hưu', 'Clause 4: 30 to 60 months (both included) from the first day of the congress to the retirement age'),
    citation: art2('4'),
    refusal: 'outside-clause-4-range',
    factors: [nd177Factor('clause4MinMonths'), nd177Factor('clause4MaxMonths')],
  },
];

export const d3Cadre = {
  gender: 'male', birthDate: '1966-01-15', staffType: 'cadre',
  salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
  insuredMonths: 264, decree177Clause: 1, congressDate: '2025-06-01',
} as const;

