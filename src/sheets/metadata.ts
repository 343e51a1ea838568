import { text, type Text } from '../i18n/text.js';
import { msg } from '../locales/index.js';

/**
 * The one table the spreadsheet functions are described by. The façade reads it to convert arguments;
 * `scripts/gen-sheets.mjs` reads it (through the built `./sheets` export) to write the Google Apps Script
 * `Code.gs` and the Excel `functions.json`, so names, order and descriptions never drift apart.
 *
 * Descriptions stay within 128 characters: the limit of Excel's function metadata.
 */

/** How a cell value is read for a parameter (see `args.ts`). */
export type ParamKind =
  | 'gender'
  | 'birthDate'
  | 'date'
  | 'annex'
  | 'vnd'
  | 'coefficient'
  | 'percent'
  | 'months'
  | 'group'
  | 'staffType'
  | 'route'
  | 'month'
  | 'talentAllowance'
  | 'criterionPath';

export interface ParamSpec {
  /** The argument name; for case fields it is the contract's field name, so engine messages name it too. */
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional: boolean;
  /**
   * A required position whose cell may be blank: the engine decides whether the value is needed (the
   * restructuring date is needed only for the directly affected groups). Hosts want optional parameters
   * last, so such a parameter is declared required.
   */
  readonly blankAllowed?: boolean;
  readonly description: Text;
}

/** `date`: a date cell; `number`: an amount, a count; `table`: a 2D table with a header row. */
export type ResultKind = 'date' | 'number' | 'table';

export type FunctionName =
  | 'VNSE_RETIREMENT_DATE'
  | 'VNSE_MONTHS_EARLY'
  | 'VNSE_SALARY'
  | 'VNSE_EARLY_RETIREMENT'
  | 'VNSE_RESIGNATION'
  | 'VNSE_BREAKDOWN'
  | 'VNSE_DATE'
  | 'VNSE_TALENT_ALLOWANCE';

export interface FunctionSpec {
  readonly name: FunctionName;
  readonly description: Text;
  readonly params: readonly ParamSpec[];
  readonly result: ResultKind;
  /** Whether ranges are processed in one call (row by row); a table result explains one case only. */
  readonly ranges: boolean;
  /** A formula to show in the docs and the JSDoc, with the MoHA 1814 numbers where they apply. */
  readonly example: string;
}

const p = (name: string, kind: ParamKind, optional: boolean, vi: string, en: string): ParamSpec => ({ name, kind, optional, description: text(vi, en) });

const gender = p('gender', 'gender', false, 'Giới tính: "male" hoặc "female" (nhận cả "nam", "nữ")', 'Gender: "male" or "female" ("nam", "nữ" also read)');
const birthDate = p('birthDate', 'birthDate', false, 'Ngày sinh: ô ngày, số sê-ri ngày, "YYYY-MM-DD", "YYYY-MM" hoặc năm "YYYY"', 'Birth date: a date cell, a date serial, "YYYY-MM-DD", "YYYY-MM" or the year "YYYY"');
const leaveDate = p('leaveDate', 'date', false, 'Ngày đầu tiên nghỉ hưu hoặc thôi việc (ô ngày hoặc "YYYY-MM-DD")', 'First day of retirement or of leaving (a date cell or "YYYY-MM-DD")');
const annex = p('annex', 'annex', true, 'Bảng tuổi NĐ 135/2020: "I" (bình thường, mặc định) hoặc "II" (tuổi thấp nhất)', 'Decree 135/2020 age table: "I" (normal, default) or "II" (lowest age)');
const monthlySalary = p('monthlySalary', 'vnd', false, 'Tiền lương tháng hiện hưởng, VND (ví dụ kết quả của VNSE_SALARY)', 'Current monthly salary in VND (e.g. the result of VNSE_SALARY)');
const insuredMonths = p('insuredMonths', 'months', false, 'Số tháng đóng BHXH bắt buộc chưa hưởng trợ cấp (số nguyên)', 'Compulsory social-insurance months not yet compensated (whole number)');
const restructuringDate: ParamSpec = {
  ...p('restructuringDate', 'date', false, 'Ngày quyết định sắp xếp có hiệu lực; để trống với nhóm not-directly-affected, decree-177-cadre', 'Date the restructuring decision took effect; blank for the groups not-directly-affected, decree-177-cadre'),
  blankAllowed: true,
};
const group = p('group', 'group', true, 'Nhóm Điều 2 NĐ 178: directly-affected (mặc định), not-directly-affected, association, decree-177-cadre', 'Decree 178 Art 2 group: directly-affected (default), not-directly-affected, association, decree-177-cadre');
const staffTypeOptional = p('staffType', 'staffType', true, 'Loại cán bộ (mặc định civil-servant; lực lượng vũ trang: dùng thư viện hoặc CLI)', 'Staff type (default civil-servant; armed forces: use the library or the CLI)');
const staffTypeRequired = p('staffType', 'staffType', false, 'Loại cán bộ: cadre, civil-servant, public-employee, contract-worker… (quyết định Điều 9 hay 10)', 'Staff type: cadre, civil-servant, public-employee, contract-worker… (decides Art 9 or 10)');
const publicSectorInsuredMonths = p('publicSectorInsuredMonths', 'months', true, 'Số tháng đóng BHXH tại cơ quan khu vực công (tính trợ cấp thôi việc); mặc định = insuredMonths', 'Insured months in the covered agencies (severance); defaults to insuredMonths');
const hazardousMonths = p('hazardousMonths', 'months', true, 'Số tháng làm nghề nặng nhọc, độc hại, nguy hiểm (Phụ lục II khi đủ 180)', 'Months of heavy, toxic or dangerous work (Annex II from 180)');
const hardshipAreaMonths = p('hardshipAreaMonths', 'months', true, 'Số tháng làm việc ở vùng đặc biệt khó khăn (Phụ lục II khi đủ 180)', 'Months worked in especially difficult areas (Annex II from 180)');
const route = p('route', 'route', true, 'Chính sách: auto (mặc định, mọi chính sách luật cho phép), early-retirement, resignation', 'Route: auto (default, every route the law allows), early-retirement, resignation');

const percent = (name: string, vi: string, en: string) => p(name, 'percent', true, `${vi} (%, ví dụ 25 cho 25%)`, `${en} (%, e.g. 25 for 25%)`);

/** The spreadsheet functions, in the order the docs and generated files list them. */
export const functionSpecs: readonly FunctionSpec[] = [
  {
    name: 'VNSE_RETIREMENT_DATE',
    description: msg('sheets.function.retirement-date'),
    params: [gender, birthDate, annex],
    result: 'date',
    ranges: true,
    example: '=VNSE_RETIREMENT_DATE("male", "1964-01-15")',
  },
  {
    name: 'VNSE_MONTHS_EARLY',
    description: msg('sheets.function.months-early'),
    params: [gender, birthDate, leaveDate, annex],
    result: 'number',
    ranges: true,
    example: '=VNSE_MONTHS_EARLY("male", "1966-01-15", "2025-05-01")',
  },
  {
    name: 'VNSE_SALARY',
    description: msg('sheets.function.salary'),
    params: [
      p('coefficient', 'coefficient', false, 'Hệ số lương theo ngạch, bậc, chức vụ', 'Salary coefficient of the grade, step or post'),
      p('leadershipCoefficient', 'coefficient', true, 'Hệ số phụ cấp chức vụ lãnh đạo', 'Leadership allowance coefficient'),
      percent('publicServicePercent', 'Phụ cấp công vụ', 'Public-service allowance'),
      percent('overFrameSeniorityPercent', 'Phụ cấp thâm niên vượt khung', 'Over-frame seniority allowance'),
      percent('professionalSeniorityPercent', 'Phụ cấp thâm niên nghề', 'Professional seniority allowance'),
      percent('preferentialPercent', 'Phụ cấp ưu đãi theo nghề', 'Occupational preferential allowance'),
      percent('professionalResponsibilityPercent', 'Phụ cấp trách nhiệm theo nghề', 'Professional responsibility allowance'),
      percent('partyWorkPercent', 'Phụ cấp công tác đảng, đoàn thể', 'Party and mass-organisation work allowance'),
      percent('armedForcesPercent', 'Phụ cấp đặc thù lực lượng vũ trang', 'Armed-forces specific allowance'),
      p('reservedDifferenceCoefficient', 'coefficient', true, 'Hệ số chênh lệch bảo lưu', 'Reserved salary difference coefficient'),
      p('leaveDate', 'date', true, 'Ngày nghỉ: lấy lương cơ sở của tháng liền trước (khi không nhập baseSalary)', 'Leave date: the base salary of the month before applies (when baseSalary is empty)'),
      p('baseSalary', 'vnd', true, 'Mức lương cơ sở, VND; nếu nhập thì dùng thay cho bảng', 'Base salary in VND; when given it replaces the table'),
    ],
    result: 'number',
    ranges: true,
    example: '=VNSE_SALARY(4.65, 0.6, 25, , , , , , , , "2025-05-01")',
  },
  {
    name: 'VNSE_EARLY_RETIREMENT',
    description: msg('sheets.function.early-retirement'),
    params: [gender, birthDate, monthlySalary, insuredMonths, restructuringDate, leaveDate, group, staffTypeOptional, hazardousMonths, hardshipAreaMonths],
    result: 'number',
    ranges: true,
    example: '=VNSE_EARLY_RETIREMENT("male", "1966-01-15", 15356250, 264, "2025-03-01", "2025-05-01")',
  },
  {
    name: 'VNSE_RESIGNATION',
    description: msg('sheets.function.resignation'),
    params: [gender, birthDate, monthlySalary, insuredMonths, restructuringDate, leaveDate, staffTypeRequired, group, publicSectorInsuredMonths],
    result: 'number',
    ranges: true,
    example: '=VNSE_RESIGNATION("female", "1985-04-02", 12000000, 150, "2025-03-01", "2025-06-01", "public-employee")',
  },
  {
    name: 'VNSE_BREAKDOWN',
    description: msg('sheets.function.breakdown'),
    params: [gender, birthDate, monthlySalary, insuredMonths, restructuringDate, leaveDate, staffTypeRequired, group, route, publicSectorInsuredMonths, hazardousMonths, hardshipAreaMonths],
    result: 'table',
    ranges: false,
    example: '=VNSE_BREAKDOWN("male", "1966-01-15", 15356250, 264, "2025-03-01", "2025-05-01", "civil-servant")',
  },
  {
    name: 'VNSE_TALENT_ALLOWANCE',
    description: msg('sheets.function.talent-allowance'),
    params: [
      p('allowance', 'talentAllowance', false, 'Phụ cấp: talent (G1, 150%), graduate (G2, 150% trong 5 năm), expert (G3, 300%)', 'Allowance: talent (G1, 150%), graduate (G2, 150% for 5 years), expert (G3, 300%)'),
      p('coefficient', 'coefficient', false, 'Hệ số lương hiện hưởng trong tháng đó', 'Salary coefficient in force in that month'),
      {
        ...p('allowancesCoefficient', 'coefficient', false, 'Tổng hệ số phụ cấp lương (G1, G3); để trống nếu không có', 'Salary allowances as one coefficient (G1, G3); blank if none'),
        blankAllowed: true,
      },
      p('decisionDate', 'date', false, 'Ngày quyết định công nhận (G1), tuyển dụng (G2), tiếp nhận vào công chức, viên chức (G3)', 'Date of the decision: recognition (G1), recruitment (G2), taking into the civil or public service (G3)'),
      p('month', 'month', false, 'Tháng tính: "YYYY-MM" hoặc một ngày bất kỳ trong tháng', 'The month: "YYYY-MM" or any day of that month'),
      p('stopDate', 'date', true, 'Ngày thôi hưởng (ngày đầu tiên không còn được hưởng), nếu có', 'Stop date (the first day no longer paid), if any'),
      p('baseSalary', 'vnd', true, 'Mức lương cơ sở, VND; nếu nhập thì dùng thay cho bảng', 'Base salary in VND; when given it replaces the table'),
      p('criterionPath', 'criterionPath', true, 'G2, G3: điểm a, b hoặc c của tiêu chuẩn (Điều 5) được đáp ứng', 'G2, G3: the point a, b or c of the criteria (Art 5) that is met'),
      p('birthDate', 'birthDate', true, 'G2: ngày sinh, để xét độ tuổi khi nộp hồ sơ dự tuyển', 'G2: birth date, for the age when applying'),
      p('applicationDate', 'date', true, 'G2: ngày nộp hồ sơ dự tuyển', 'G2: the date the application was filed'),
    ],
    result: 'number',
    ranges: true,
    example: '=VNSE_TALENT_ALLOWANCE("graduate", 2.34, , "2025-03-12", "2025-04", , 2340000, "a", "2000-05-01", "2024-12-01")',
  },
  {
    name: 'VNSE_DATE',
    description: msg('sheets.function.date'),
    params: [p('value', 'date', false, 'Ô ngày, số sê-ri ngày hoặc "YYYY-MM-DD"', 'A date cell, a date serial or "YYYY-MM-DD"')],
    result: 'date',
    ranges: true,
    example: '=VNSE_DATE(A2)',
  },
];

export function functionSpec(name: string): FunctionSpec | undefined {
  return functionSpecs.find((f) => f.name === name);
}
