import { text, type Text } from '../i18n/text.js';
import { decree177Clauses, exclusions, genders, groups, insuranceSupportBases, paidPolicies, ranks, routes, secondmentLevels, staffTypes } from './enums.js';
import { MAX_MONTHLY_VND, MAX_PAID_VND } from './staff-case.js';
import { formatNumber } from '../core/money.js';

/** `"a", "b"` — how allowed values are shown in messages. */
export const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const months = text('số nguyên tháng từ 0 đến 720', 'a whole number of months from 0 to 720');
const coefficient = text('hệ số từ 0 đến 20 (số hoặc chuỗi thập phân, ví dụ 4.65)', 'a coefficient from 0 to 20 (a number or a decimal string such as 4.65)');
const percent = text('tỷ lệ phần trăm từ 0 đến 100 (ví dụ 25 cho 25%)', 'a percentage from 0 to 100 (e.g. 25 for 25%)');
const date = text('ngày dương lịch có thật theo dạng YYYY-MM-DD', 'a real calendar date as YYYY-MM-DD');
const vnd = text(
  `số tiền VND dương, tối đa ${formatNumber(MAX_MONTHLY_VND)} (số hoặc chuỗi thập phân)`,
  `a positive VND amount up to ${formatNumber(MAX_MONTHLY_VND)} (a number or a decimal string)`,
);

/** What each field expects, by path: the base of every validation message. */
export const fieldExpectations: Record<string, Text> = {
  id: text('mã cán bộ, chuỗi 1–200 ký tự', 'the employee code, a string of 1–200 characters'),
  gender: text(`một trong ${list(genders)}`, `one of ${list(genders)}`),
  birthDate: text('ngày sinh theo dạng YYYY-MM-DD, YYYY-MM hoặc YYYY', 'a birth date as YYYY-MM-DD, YYYY-MM or YYYY'),
  staffType: text(`một trong ${list(staffTypes)}`, `one of ${list(staffTypes)}`),
  monthlySalary: vnd,
  salary: text('đối tượng các thành phần lương (bắt buộc có coefficient)', 'an object of salary components (coefficient required)'),
  'salary.coefficient': text('hệ số lương lớn hơn 0, tối đa 20', 'a salary coefficient above 0, at most 20'),
  'salary.leadershipCoefficient': coefficient,
  'salary.reservedDifferenceCoefficient': coefficient,
  'salary.overFrameSeniorityPercent': percent,
  'salary.professionalSeniorityPercent': percent,
  'salary.preferentialPercent': percent,
  'salary.professionalResponsibilityPercent': percent,
  'salary.publicServicePercent': percent,
  'salary.partyWorkPercent': percent,
  'salary.armedForcesPercent': percent,
  'salary.baseSalary': vnd,
  insuredMonths: months,
  publicSectorInsuredMonths: months,
  hazardousMonths: months,
  hardshipAreaMonths: months,
  rank: text(`một trong ${list(ranks)}`, `one of ${list(ranks)}`),
  retirementAge: text('đối tượng { years, months }', 'an object { years, months }'),
  'retirementAge.years': text('số năm nguyên từ 30 đến 75', 'whole years from 30 to 75'),
  'retirementAge.months': text('số tháng nguyên từ 0 đến 11', 'whole months from 0 to 11'),
  restructuringDate: date,
  restructuringIssuedDate: date,
  leaveDate: date,
  route: text(`một trong ${list(routes)}`, `one of ${list(routes)}`),
  group: text(`một trong ${list(groups)}`, `one of ${list(groups)}`),
  pensionEligible: text('true hoặc false', 'true or false'),
  exclusion: text(`một trong ${list(exclusions)}`, `one of ${list(exclusions)}`),
  volunteered: text('true hoặc false', 'true or false'),
  decree177Clause: text(
    `khoản của Điều 2 Nghị định 177/2024 áp dụng cho cán bộ, số nguyên ${decree177Clauses.join(', ')}`,
    `the clause of Decree 177/2024 Art 2 that covers the cadre, a whole number ${decree177Clauses.join(', ')}`,
  ),
  congressDate: text(
    'ngày bắt đầu tổ chức đại hội, ngày dương lịch có thật theo dạng YYYY-MM-DD',
    'the first day of the congress, a real calendar date as YYYY-MM-DD',
  ),
  continuesWorking: text(
    'true nếu cán bộ vẫn tiếp tục công tác (khoản 6 điểm c Điều 2 NĐ 177), ngược lại false',
    'true when the cadre keeps working in those bodies (Decree 177 Art 2 cl. 6 c), otherwise false',
  ),
  underStreamlining: text(
    'true nếu thuộc đối tượng tinh giản biên chế (khoản 6 điểm a Điều 2 NĐ 177), ngược lại false',
    'true when the person falls under the staff-streamlining law (Decree 177 Art 2 cl. 6 a), otherwise false',
  ),
  retirementNoticeIssued: text(
    'true nếu đã có thông báo hoặc quyết định nghỉ hưu (khoản 6 điểm b Điều 2 NĐ 177), ngược lại false',
    'true when a retirement notice or decision has already been issued (Decree 177 Art 2 cl. 6 b), otherwise false',
  ),
  insuranceSupportBasis: text(
    `căn cứ hỗ trợ đóng BHXH của cán bộ cấp xã (điểm h khoản 2 Điều 3 NĐ 177), một trong ${list(insuranceSupportBases)}`,
    `why a commune cadre gets the State-paid insured months (Decree 177 Art 3 cl. 2 h), one of ${list(insuranceSupportBases)}`,
  ),
  insuranceSalary: text(
    `tiền lương tháng đóng BHXH dùng để tính số tiền Nhà nước đóng bù, số tiền VND dương, tối đa ${formatNumber(MAX_MONTHLY_VND)}`,
    `the monthly insurance salary on which the State-paid months are priced, a positive VND amount up to ${formatNumber(MAX_MONTHLY_VND)}`,
  ),
  insuranceContributionPercent: text(
    'tỷ lệ đóng vào quỹ hưu trí và tử tuất, phần trăm lớn hơn 0, tối đa 100 (ví dụ 22)',
    'the contribution rate to the retirement and survivors fund, a percentage above 0, at most 100 (e.g. 22)',
  ),
  committeeAllowanceCoefficient: text(
    'hệ số phụ cấp trách nhiệm ủy viên cấp ủy từ 0 đến 20, chỉ dùng cho tiền lương giữ nguyên khi nghỉ chờ hưu (Điều 4 NĐ 177), không tính vào tiền lương hiện hưởng',
    'the committee-member responsibility allowance coefficient from 0 to 20, used only for the pay kept while waiting (Decree 177 Art 4), never part of the current salary',
  ),
  alreadyPaid: text(
    'đối tượng { policy, amount }: chế độ nghỉ hưu/thôi việc đã được giải quyết và số tiền đã chi',
    'an object { policy, amount }: the leaving package already settled and the amount paid',
  ),
  'alreadyPaid.policy': text(`một trong ${list(paidPolicies)}`, `one of ${list(paidPolicies)}`),
  'alreadyPaid.amount': text(
    `số tiền VND đã chi, từ 0 đến ${formatNumber(MAX_PAID_VND)} (số hoặc chuỗi thập phân)`,
    `the VND amount paid, from 0 to ${formatNumber(MAX_PAID_VND)} (a number or a decimal string)`,
  ),
  leadershipChangeDate: text(
    'ngày thôi giữ chức vụ lãnh đạo hoặc giữ chức vụ mới có phụ cấp thấp hơn (Điều 11 NĐ 178), dạng YYYY-MM-DD',
    'the date the person stopped holding the leadership post or took one with a lower allowance (Decree 178 Art 11), as YYYY-MM-DD',
  ),
  formerLeadershipCoefficient: text('hệ số phụ cấp chức vụ lãnh đạo cũ, lớn hơn 0, tối đa 20', 'the former leadership allowance coefficient, above 0, at most 20'),
  newLeadershipCoefficient: text(
    'hệ số phụ cấp chức vụ lãnh đạo mới từ 0 đến 20 (0 hoặc bỏ trống khi thôi giữ chức vụ)',
    'the new leadership allowance coefficient from 0 to 20 (0 or absent when the person no longer holds a post)',
  ),
  termEndDate: text(
    'ngày cuối cùng của nhiệm kỳ hoặc thời hạn bổ nhiệm của chức vụ cũ, dạng YYYY-MM-DD',
    'the last day of the election term or appointment period of the former post, as YYYY-MM-DD',
  ),
  grassrootsSecondment: text(`một trong ${list(secondmentLevels)} (Điều 12 NĐ 178)`, `one of ${list(secondmentLevels)} (Decree 178 Art 12)`),
  secondmentDate: text('ngày nhận công tác tại cơ sở, dạng YYYY-MM-DD', 'the date the person takes up the post at the grassroots, as YYYY-MM-DD'),
  secondmentInDifficultArea: text(
    'true nếu nơi đến là vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn (áp dụng Nghị định 76/2019), ngược lại false',
    'true when the post is in an especially difficult area (Decree 76/2019 applies instead), otherwise false',
  ),
  outstandingStaff: text('true để xét chính sách trọng dụng người có năng lực nổi trội (Điều 13 NĐ 178)', 'true to assess the policy for outstanding people kept on (Decree 178 Art 13)'),
  postRestructuringTraining: text('true để xét chính sách đào tạo, bồi dưỡng sau sắp xếp (Điều 14 NĐ 178)', 'true to assess the training policy after restructuring (Decree 178 Art 14)'),
};
