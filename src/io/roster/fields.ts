import { exclusions, groups, insuranceSupportBases, paidPolicies, secondmentLevels } from '../../schema/enums.js';
import { genderWords, rankWords, routeWords, staffTypeWords } from './enum-values.js';

/** How a column's cells are read (values.ts). */
export type ValueKind =
  | { readonly kind: 'text' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'decimal'; readonly as: 'coefficient' | 'percent' | 'amount' }
  | { readonly kind: 'date'; readonly partial: boolean }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly codes: readonly string[]; readonly words: Readonly<Record<string, readonly string[]>> };

/** One contract field a roster column can fill: its path, how its cells are read, and the headings HR lists give it. */
export interface RosterField {
  readonly path: readonly string[];
  readonly value: ValueKind;
  /** Usual Vietnamese headings (matched by matchKey); the contract name (`salary.coefficient`) always matches too. */
  readonly headings: readonly string[];
}

const text: ValueKind = { kind: 'text' };
const integer: ValueKind = { kind: 'integer' };
const boolean: ValueKind = { kind: 'boolean' };
const date: ValueKind = { kind: 'date', partial: false };
const coefficient: ValueKind = { kind: 'decimal', as: 'coefficient' };
const percent: ValueKind = { kind: 'decimal', as: 'percent' };
const amount: ValueKind = { kind: 'decimal', as: 'amount' };
const codes = (list: readonly string[], words: Readonly<Record<string, readonly string[]>> = {}): ValueKind => ({ kind: 'enum', codes: list, words });

const f = (path: string, value: ValueKind, headings: readonly string[]): RosterField => ({ path: path.split('.'), value, headings });

/**
 * Every field of the StaffCase contract (docs/contract.md, docs/contract-extensions.md), in contract order.
 * tests/io/roster-fields.test.ts fails when the schema gains a field this table does not list.
 */
export const rosterFields: readonly RosterField[] = [
  f('id', text, ['Mã cán bộ', 'Mã CB', 'Mã nhân viên', 'Mã NV', 'Mã số', 'Mã công chức', 'Mã viên chức', 'Mã CBCCVC', 'Mã hồ sơ', 'Mã định danh', 'Mã người lao động', 'Số hiệu cán bộ']),
  f('gender', codes(['male', 'female'], genderWords), ['Giới tính', 'Giới', 'Nam/Nữ']),
  f('birthDate', { kind: 'date', partial: true }, ['Ngày sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Năm sinh', 'Sinh ngày']),
  f('staffType', codes(Object.keys(staffTypeWords), staffTypeWords), ['Đối tượng', 'Loại đối tượng', 'Loại cán bộ', 'Phân loại đối tượng', 'Loại']),
  f('monthlySalary', amount, ['Tiền lương hiện hưởng', 'Tiền lương tháng hiện hưởng', 'Lương hiện hưởng', 'Tiền lương tháng', 'Tiền lương hiện hưởng (đồng)']),
  f('salary.coefficient', coefficient, ['Hệ số lương', 'HSL', 'Hệ số lương ngạch bậc', 'Hệ số lương theo ngạch, bậc', 'Hệ số lương theo ngạch bậc', 'Hệ số lương cấp bậc']),
  f('salary.leadershipCoefficient', coefficient, ['Hệ số phụ cấp chức vụ', 'Phụ cấp chức vụ', 'Hệ số PCCV', 'HS PCCV', 'PCCV', 'Phụ cấp chức vụ lãnh đạo']),
  f('salary.reservedDifferenceCoefficient', coefficient, ['Hệ số chênh lệch bảo lưu', 'Chênh lệch bảo lưu', 'Hệ số bảo lưu', 'Hệ số chênh lệch bảo lưu lương']),
  f('salary.overFrameSeniorityPercent', percent, ['Phụ cấp thâm niên vượt khung (%)', 'Thâm niên vượt khung (%)', 'Phụ cấp thâm niên vượt khung', 'PCTNVK', 'TNVK']),
  f('salary.professionalSeniorityPercent', percent, ['Phụ cấp thâm niên nghề (%)', 'Thâm niên nghề (%)', 'Phụ cấp thâm niên nghề', 'PCTNN', 'TNN']),
  f('salary.preferentialPercent', percent, ['Phụ cấp ưu đãi (%)', 'Phụ cấp ưu đãi nghề (%)', 'Phụ cấp ưu đãi theo nghề (%)', 'Phụ cấp ưu đãi', 'Phụ cấp ưu đãi nghề', 'PCUĐ']),
  f('salary.professionalResponsibilityPercent', percent, ['Phụ cấp trách nhiệm nghề (%)', 'Phụ cấp trách nhiệm theo nghề (%)', 'Phụ cấp trách nhiệm nghề', 'PCTNhN']),
  f('salary.publicServicePercent', percent, ['Phụ cấp công vụ (%)', 'Phụ cấp công vụ', 'PCCVụ']),
  f('salary.partyWorkPercent', percent, ['Phụ cấp công tác đảng (%)', 'Phụ cấp công tác Đảng, đoàn thể (%)', 'Phụ cấp công tác đảng', 'Phụ cấp công tác Đảng, đoàn thể chính trị - xã hội (%)']),
  f('salary.armedForcesPercent', percent, ['Phụ cấp thâm niên lực lượng vũ trang (%)', 'Phụ cấp lực lượng vũ trang (%)', 'Phụ cấp thâm niên quân đội (%)']),
  f('salary.baseSalary', amount, ['Mức lương cơ sở', 'Lương cơ sở', 'Mức lương cơ sở (đồng)']),
  f('insuredMonths', integer, ['Số tháng đóng BHXH', 'Số tháng đóng bảo hiểm xã hội', 'Số tháng đóng BHXH bắt buộc', 'Thời gian đóng BHXH (tháng)', 'Số tháng đóng BHXH chưa hưởng']),
  f('publicSectorInsuredMonths', integer, ['Số tháng đóng BHXH tại cơ quan', 'Số tháng đóng BHXH khu vực công', 'Số tháng công tác có đóng BHXH tại cơ quan, tổ chức']),
  f('hazardousMonths', integer, ['Số tháng làm nghề nặng nhọc, độc hại, nguy hiểm', 'Số tháng nặng nhọc, độc hại', 'Số tháng làm công việc nặng nhọc, độc hại, nguy hiểm']),
  f('hardshipAreaMonths', integer, ['Số tháng công tác ở vùng đặc biệt khó khăn', 'Số tháng ở vùng đặc biệt khó khăn', 'Số tháng vùng ĐBKK']),
  f('rank', codes(Object.keys(rankWords), rankWords), ['Cấp bậc', 'Cấp bậc quân hàm', 'Quân hàm']),
  f('retirementAge.years', integer, ['Tuổi nghỉ hưu (năm)', 'Tuổi nghỉ hưu']),
  f('retirementAge.months', integer, ['Tuổi nghỉ hưu (tháng)']),
  f('restructuringDate', date, ['Ngày quyết định sắp xếp có hiệu lực', 'Ngày sắp xếp có hiệu lực', 'Ngày hiệu lực quyết định sắp xếp', 'Ngày hiệu lực của quyết định sắp xếp', 'Ngày sắp xếp']),
  f('restructuringIssuedDate', date, ['Ngày ban hành quyết định sắp xếp', 'Ngày ký quyết định sắp xếp']),
  f('leaveDate', date, ['Ngày nghỉ', 'Ngày nghỉ việc', 'Ngày nghỉ hưu', 'Ngày thôi việc', 'Thời điểm nghỉ', 'Ngày nghỉ hưu, thôi việc', 'Thời điểm nghỉ hưu, thôi việc']),
  f('route', codes(Object.keys(routeWords), routeWords), ['Hình thức nghỉ', 'Hình thức giải quyết']),
  f('group', codes(groups), ['Nhóm đối tượng']),
  f('pensionEligible', boolean, ['Đủ điều kiện hưởng lương hưu']),
  f('exclusion', codes(exclusions), ['Trường hợp chưa xem xét', 'Trường hợp loại trừ']),
  f('volunteered', boolean, ['Tự nguyện', 'Tự nguyện nghỉ']),
  f('decree177Clause', integer, ['Khoản (Nghị định 177)', 'Khoản NĐ 177']),
  f('congressDate', date, ['Ngày đại hội', 'Ngày khai mạc đại hội']),
  f('continuesWorking', boolean, ['Tiếp tục công tác']),
  f('underStreamlining', boolean, ['Thuộc diện tinh giản biên chế']),
  f('retirementNoticeIssued', boolean, ['Đã có thông báo nghỉ hưu']),
  f('insuranceSupportBasis', codes(insuranceSupportBases), ['Căn cứ hỗ trợ đóng BHXH']),
  f('insuranceSalary', amount, ['Tiền lương tháng đóng BHXH', 'Tiền lương đóng BHXH', 'Mức lương đóng BHXH']),
  f('insuranceContributionPercent', percent, ['Tỷ lệ đóng BHXH (%)', 'Tỷ lệ đóng BHXH']),
  f('committeeAllowanceCoefficient', coefficient, ['Hệ số phụ cấp cấp ủy', 'Phụ cấp cấp ủy', 'Hệ số phụ cấp trách nhiệm cấp ủy']),
  f('alreadyPaid.policy', codes(paidPolicies), ['Chính sách đã hưởng']),
  f('alreadyPaid.amount', amount, ['Số tiền đã hưởng', 'Số tiền đã chi trả']),
  f('leadershipChangeDate', date, ['Ngày thôi giữ chức vụ', 'Ngày thay đổi chức vụ']),
  f('formerLeadershipCoefficient', coefficient, ['Hệ số phụ cấp chức vụ cũ']),
  f('newLeadershipCoefficient', coefficient, ['Hệ số phụ cấp chức vụ mới']),
  f('termEndDate', date, ['Ngày hết nhiệm kỳ', 'Ngày hết thời hạn bổ nhiệm']),
  f('grassrootsSecondment', codes(secondmentLevels), ['Tăng cường về cơ sở']),
  f('secondmentDate', date, ['Ngày tăng cường về cơ sở', 'Ngày nhận công tác ở cơ sở']),
  f('secondmentInDifficultArea', boolean, ['Cơ sở ở vùng đặc biệt khó khăn']),
  f('outstandingStaff', boolean, ['Có năng lực nổi trội', 'Năng lực nổi trội']),
  f('postRestructuringTraining', boolean, ['Đào tạo sau sắp xếp', 'Cử đi đào tạo sau sắp xếp']),
  // Decree 154/2025 (docs/decree-154.md)
  f('decree154Streamlining', boolean, ['Tinh giản theo NĐ 154', 'Tinh giản biên chế theo Nghị định 154', 'Tinh giản biên chế theo NĐ 154/2025', 'Diện tinh giản theo NĐ 154']),
  f('tookDecree178', boolean, ['Đã hưởng NĐ 178', 'Đã hưởng chính sách Nghị định 178', 'Đã hưởng chế độ theo NĐ 178']),
  f('communePartTimeAllowance', amount, ['Phụ cấp người hoạt động không chuyên trách (đồng)', 'Phụ cấp người hoạt động không chuyên trách', 'Phụ cấp hằng tháng người hoạt động không chuyên trách', 'Phụ cấp không chuyên trách']),
  f('communePartTimeMonths', integer, ['Số tháng làm người hoạt động không chuyên trách', 'Số tháng hoạt động không chuyên trách', 'Thời gian hoạt động không chuyên trách (tháng)']),
  f('otherUncompensatedInsuredMonths', integer, ['Số tháng đóng BHXH khác chưa được hưởng trợ cấp', 'Số tháng đóng BHXH khác chưa hưởng trợ cấp', 'Thời gian đóng BHXH khác chưa hưởng trợ cấp (tháng)']),
  f('unpaidLeaveStartDate', date, ['Ngày bắt đầu nghỉ không lương', 'Ngày bắt đầu nghỉ không hưởng lương', 'Ngày bắt đầu nghỉ ốm đau']),
  f('priorPostMonthlySalary', amount, ['Tiền lương vị trí trước khi tuyển dụng (đồng)', 'Tiền lương vị trí trước khi tuyển dụng', 'Tiền lương vị trí công tác trước khi tuyển dụng công chức']),
  f('vocationalTraining.months', integer, ['Số tháng học nghề', 'Thời gian học nghề (tháng)', 'Số tháng đào tạo nghề']),
  f('reemploymentDate', date, ['Ngày tái tuyển dụng', 'Ngày được tuyển dụng lại', 'Ngày tuyển dụng lại']),
];

/** Columns kept beside the result, never read as a field: who the row is (name, unit, post) and notes. */
export const extraHeadings: readonly string[] = [
  'Họ và tên', 'Họ tên', 'Tên', 'Họ, tên', 'Đơn vị', 'Đơn vị công tác', 'Cơ quan', 'Phòng ban', 'Phòng', 'Chức vụ',
  'Chức danh', 'Chức vụ, chức danh', 'Ngạch', 'Ngạch, bậc', 'Bậc', 'Ghi chú', 'Số CCCD', 'Số điện thoại',
  'Name', 'Full name', 'Unit', 'Department', 'Position', 'Post', 'Notes', 'Note', 'Remarks',
];

/** The row-number column of a list ("STT", số thứ tự): recognised and not read. */
export const rowNumberHeadings: readonly string[] = ['STT', 'Số TT', 'Số thứ tự', 'TT', 'No', 'No.'];

/** The first word of a total row ("Cộng", "Tổng cộng"): such a row is counted as skipped, never a person. */
export const totalRowWords: readonly string[] = ['Cộng', 'Tổng cộng', 'Tổng', 'Tổng số', 'Cộng:', 'Tổng cộng:'];
