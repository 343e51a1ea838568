import { text, type Text } from '../i18n/text.js';
import { exclusions, genders, groups, ranks, routes, staffTypes } from './enums.js';
import { MAX_MONTHLY_VND } from './staff-case.js';
import { formatNumber } from '../core/money.js';

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
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
  leaveDate: date,
  route: text(`một trong ${list(routes)}`, `one of ${list(routes)}`),
  group: text(`một trong ${list(groups)}`, `one of ${list(groups)}`),
  pensionEligible: text('true hoặc false', 'true or false'),
  exclusion: text(`một trong ${list(exclusions)}`, `one of ${list(exclusions)}`),
  volunteered: text('true hoặc false', 'true or false'),
};
