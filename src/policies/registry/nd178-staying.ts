import { cite, DOC } from '../../core/citation.js';
import { text } from '../../i18n/text.js';
import { keyDates } from '../../parameters/key-dates.js';
import { art11Title, keptAllowanceLabel } from '../nd178/art11/index.js';
import { art12Title } from '../nd178/art12/index.js';
import { art13Title } from '../nd178/art13/index.js';
import { art14Title } from '../nd178/art14/index.js';
import { factor, type PolicyMeta } from './types.js';

const s = (name: Parameters<typeof factor<'stayingFactors'>>[1]) => factor('stayingFactors', name);
const art11 = cite(DOC.nd178, '11', undefined, undefined, { note: 'as amended by 67/2025/NĐ-CP Art 1 cl. 11' });
const art12 = (clause?: string) => cite(DOC.nd178, '12', clause, undefined, { note: 'press summary; Gazette text not checked', verified: false });

/** A person who stays: Art 11–14 are paid in addition and never compete for `best`. */
const person = {
  gender: 'female', birthDate: '1980-03-10', staffType: 'civil-servant',
  salary: { coefficient: 4.4, leadershipCoefficient: 0.7, publicServicePercent: 25 },
  insuredMonths: 240, restructuringDate: '2025-03-01', leaveDate: '2025-09-01', route: 'early-retirement',
} as const;

export const nd178Staying: readonly PolicyMeta[] = [
  {
    code: 'nd178/art11',
    title: art11Title,
    summary: text(
      'Người thôi giữ chức vụ lãnh đạo hoặc giữ chức vụ có phụ cấp thấp hơn do sắp xếp được bảo lưu phụ cấp cũ đến hết nhiệm kỳ hoặc thời hạn bổ nhiệm, ít nhất 6 tháng. Không phải chế độ nghỉ việc: hưởng thêm.',
      'A person who stops holding a leadership post, or takes one with a lower allowance, because of the restructuring keeps the former allowance to the end of the term or appointment, at least 6 months. Not a leaving package: paid in addition.',
    ),
    conditions: [
      {
        text: text('Thay đổi chức vụ từ ngày Nghị định 178/2024 có hiệu lực', 'The change of post is on or after the day Decree 178/2024 took effect'),
        citation: keyDates.nd178InForce.citation,
        refusal: 'before-in-force',
      },
      {
        text: text('Hệ số phụ cấp mới thấp hơn hệ số cũ', 'The new allowance coefficient is lower than the former one'),
        citation: art11,
        refusal: 'allowance-not-lower',
      },
      {
        text: text('Mức lương cơ sở của các tháng bảo lưu có trong bảng', 'The base salary of the months kept is tabled'),
        citation: cite(DOC.tt01, '3', '2'),
        refusal: 'base-salary-out-of-table',
      },
    ],
    items: [{
      code: 'kept-leadership-allowance',
      label: keptAllowanceLabel,
      formula: 'Σ over the months kept: (former − new coefficient) × B of the month',
      when: text(
        'Từ tháng thay đổi (hoặc tháng sau, theo tùy chọn) đến tháng hết nhiệm kỳ, ít nhất 6 tháng; làm tròn một lần',
        'From the month of the change (or the next month, by option) to the month the term ends, at least 6 months; rounded once',
      ),
      factors: [s('art11MinMonths')],
      citation: art11,
    }],
    tables: ['baseSalary'],
    readings: ['D14'],
    options: ['art11StartMonth'],
    examples: [{
      title: text('Giữ chức vụ thấp hơn từ 10/3/2026 đến hết nhiệm kỳ 31/10/2026, qua mốc tăng lương cơ sở 01/7/2026', 'A lower post from 10 Mar 2026 to the end of the term on 31 Oct 2026, across the 1 Jul 2026 base-salary change'),
      input: { id: 'a11-8', ...person, leadershipChangeDate: '2026-03-10', formerLeadershipCoefficient: 0.7, newLeadershipCoefficient: 0.5, termEndDate: '2026-10-31' },
      facts: ['keptFrom', 'keptTo', 'monthsKept', 'minimumMonthsApplied', 'coefficientDifference'],
    }],
  },
  {
    code: 'nd178/art12',
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
        citation: art12(),
        refusal: 'decree-76-2019-applies',
      },
    ],
    items: [{
      code: 'secondment-allowance',
      label: text('Trợ cấp một lần khi được cử về công tác tại cơ sở', 'One-off allowance for a secondment to the grassroots'),
      formula: 'B on the secondment date × 10 (commune)  or  × 3 (central to provincial)',
      factors: [s('art12CommuneMonths'), s('art12ProvincialMonths')],
      citation: art12('1'),
    }],
    tables: ['baseSalary'],
    readings: [],
    options: [],
    examples: [{
      title: text('Được cử về cấp xã từ 01/8/2025', 'Seconded to the commune level from 1 Aug 2025'),
      input: { id: 'a12-commune', ...person, grassrootsSecondment: 'commune', secondmentDate: '2025-08-01' },
      facts: ['secondmentMonths', 'secondmentBaseSalary', 'secondmentAmountVerified'],
    }],
  },
  {
    code: 'nd178/art13',
    title: art13Title,
    summary: text(
      'Người có phẩm chất, năng lực nổi trội được giữ lại: ưu tiên nâng bậc lương trước thời hạn, quy hoạch, bổ nhiệm; được xét thưởng từ quỹ khen thưởng. Không có khoản tiền; các quyền được ghi là flags.',
      'Outstanding people kept on: priority for early salary steps, planning and appointment; a bonus considered from the bonus fund. No amount; the rights are flags.',
    ),
    conditions: [{
      text: text('Được cơ quan xác định là người có phẩm chất, năng lực nổi trội (outstandingStaff: true)', 'Recognised by the body as outstanding (outstandingStaff: true)'),
      citation: cite(DOC.nd178, '13'),
    }],
    items: [],
    tables: [],
    readings: [],
    options: [],
    examples: [{
      title: text('Công chức được giữ lại', 'A civil servant kept on'),
      input: { id: 'a13', ...person, outstandingStaff: true },
      facts: [],
    }],
  },
  {
    code: 'nd178/art14',
    title: art14Title,
    summary: text(
      'Đào tạo, bồi dưỡng nâng cao trình độ theo vị trí việc làm sau sắp xếp. Không có khoản tiền; quyền được ghi là flags.',
      'Training to the needs of the post after the restructuring. No amount; the right is a flag.',
    ),
    conditions: [{
      text: text('Thuộc diện được đào tạo sau sắp xếp (postRestructuringTraining: true)', 'Due for training after the restructuring (postRestructuringTraining: true)'),
      citation: cite(DOC.nd178, '14'),
    }],
    items: [],
    tables: [],
    readings: [],
    options: [],
    examples: [{
      title: text('Công chức được đào tạo sau sắp xếp', 'A civil servant trained after the restructuring'),
      input: { id: 'a14', ...person, postRestructuringTraining: true },
      facts: [],
    }],
  },
];
