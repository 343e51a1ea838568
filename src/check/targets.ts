import { vi } from '../locales/vi.js';
import { headingKey } from './cells.js';

/**
 * What a column of a payout list holds. The mapping file and the built-in layouts speak this vocabulary
 * (docs/check.md): an input field of the contract (`gender`, `salary.coefficient`, …), `insuredTime` (insured
 * service as a duration, "33 năm 07 tháng"), an item (`item:<code>`, several columns are added), the total,
 * a declared intermediate figure (`declared:<fact>`), an allowance the law leaves out of S
 * (`excluded:<name>`), the policy, the person's name, or nothing (`skip`).
 */
export type Target =
  | { readonly kind: 'input'; readonly field: InputField }
  | { readonly kind: 'insuredTime' }
  | { readonly kind: 'item'; readonly code: string }
  | { readonly kind: 'total' }
  | { readonly kind: 'declared'; readonly fact: DeclaredFact }
  | { readonly kind: 'excluded'; readonly name: string }
  | { readonly kind: 'policy' }
  | { readonly kind: 'name' }
  | { readonly kind: 'skip' };

export const SALARY_COMPONENTS = [
  'coefficient', 'leadershipCoefficient', 'reservedDifferenceCoefficient', 'overFrameSeniorityPercent', 'professionalSeniorityPercent',
  'preferentialPercent', 'professionalResponsibilityPercent', 'publicServicePercent', 'partyWorkPercent', 'armedForcesPercent', 'baseSalary',
] as const;

/** The Decree 154/2025 inputs a payout list may carry (docs/decree-154.md). */
export const DECREE_154_INPUTS = [
  'decree154Streamlining', 'tookDecree178', 'communePartTimeAllowance', 'communePartTimeMonths', 'otherUncompensatedInsuredMonths',
  'unpaidLeaveStartDate', 'priorPostMonthlySalary', 'vocationalTraining.months', 'reemploymentDate',
] as const;

export const INPUT_FIELDS = [
  'id', 'gender', 'birthDate', 'staffType', 'rank', 'monthlySalary', 'insuredMonths', 'publicSectorInsuredMonths', 'hazardousMonths',
  'hardshipAreaMonths', 'restructuringDate', 'leaveDate', 'route', 'group', 'decree177Clause', 'congressDate', ...SALARY_COMPONENTS.map((c) => `salary.${c}` as const),
  ...DECREE_154_INPUTS,
] as const;
export type InputField = (typeof INPUT_FIELDS)[number];

/** The intermediate figures a list may declare, compared with the engine's facts of the same name. */
export const DECLARED_FACTS = ['monthsEarly', 'yearsEarly', 'insuredYears', 'severanceMonths', 'monthlySalary'] as const;
export type DeclaredFact = (typeof DECLARED_FACTS)[number];

/** Parses a target written in a mapping file; undefined when it is not one. */
export function parseTarget(s: string): Target | undefined {
  if ((INPUT_FIELDS as readonly string[]).includes(s)) return { kind: 'input', field: s as InputField };
  if (s === 'insuredTime') return { kind: 'insuredTime' };
  if (s === 'total') return { kind: 'total' };
  if (s === 'policy') return { kind: 'policy' };
  if (s === 'name') return { kind: 'name' };
  if (s === 'skip') return { kind: 'skip' };
  if (s.startsWith('item:') && /^[a-z0-9-]+$/.test(s.slice(5))) return { kind: 'item', code: s.slice(5) };
  if (s.startsWith('declared:') && (DECLARED_FACTS as readonly string[]).includes(s.slice(9))) return { kind: 'declared', fact: s.slice(9) as DeclaredFact };
  if (s.startsWith('excluded:') && s.length > 9) return { kind: 'excluded', name: s.slice(9) };
  return undefined;
}

/** The item codes a payout list declares, with the library's own Vietnamese labels as headings. */
const ITEM_LABELS: Readonly<Record<string, readonly string[]>> = {
  'one-off-pension': [vi['nd178.one-off-pension.one-off-label'], 'Trợ cấp hưu trí một lần'],
  'early-years-allowance': [vi['nd178.early-retirement.early-years-label'], vi['nd177.art3.early-years-label'], vi['nd154.early-retirement.early-years-label'], 'Trợ cấp theo số năm nghỉ sớm'],
  'insured-time-allowance': [vi['nd178.early-retirement.insured-time-label'], vi['nd177.art3.insured-time-label'], vi['nd154.early-retirement.insured-time-label'], 'Trợ cấp theo thời gian đóng BHXH'],
  severance: [vi['nd178.resignation.severance-label']],
  'insured-years-allowance': [vi['nd178.resignation.insured-years-label'], vi['nd154.resignation.insured-years-label'], 'Trợ cấp theo số năm đóng BHXH'],
  'job-search-allowance': [vi['nd178.resignation.job-search-label'], vi['nd154.resignation.job-search-label'], 'Trợ cấp tìm việc làm'],
  'training-salary': [vi['nd154.resignation.training-salary-label'], 'Tiền lương học nghề'],
};

/**
 * Vietnamese headings officers write for the contract's fields (a short list for the payout lists; the input
 * reader of issue #15 carries the full alias table for staff records).
 */
const FIELD_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  id: ['Mã', 'Mã cán bộ', 'Mã số', 'Số hiệu'],
  name: ['Họ và tên', 'Họ tên'],
  gender: ['Giới tính'],
  birthDate: ['Ngày sinh', 'Ngày tháng năm sinh', 'Năm sinh'],
  staffType: ['Đối tượng', 'Loại cán bộ'],
  rank: ['Cấp bậc', 'Quân hàm'],
  monthlySalary: ['Tiền lương hiện hưởng', 'Lương hiện hưởng', 'Tiền lương tháng hiện hưởng'],
  'salary.coefficient': ['Hệ số lương'],
  'salary.leadershipCoefficient': ['Hệ số phụ cấp chức vụ', 'Phụ cấp chức vụ'],
  'salary.reservedDifferenceCoefficient': ['Hệ số chênh lệch bảo lưu'],
  'salary.overFrameSeniorityPercent': ['Phụ cấp thâm niên vượt khung', 'TNVK'],
  'salary.professionalSeniorityPercent': ['Phụ cấp thâm niên nghề', 'TNN'],
  'salary.publicServicePercent': ['Phụ cấp công vụ'],
  'salary.professionalResponsibilityPercent': ['Phụ cấp trách nhiệm theo nghề'],
  'salary.preferentialPercent': ['Phụ cấp ưu đãi theo nghề', 'Phụ cấp ưu đãi'],
  'salary.baseSalary': ['Mức lương cơ sở'],
  insuredMonths: ['Số tháng đóng BHXH'],
  insuredTime: ['Thời gian đóng BHXH', 'Thời gian công tác có đóng BHXH'],
  restructuringDate: ['Ngày sắp xếp', 'Thời điểm sắp xếp'],
  leaveDate: ['Ngày nghỉ', 'Thời điểm nghỉ', 'Ngày nghỉ hưu', 'Ngày thôi việc'],
  group: ['Nhóm'],
  decree177Clause: ['Khoản áp dụng Nghị định 177', 'Khoản NĐ 177'],
  congressDate: ['Ngày đại hội'],
  decree154Streamlining: ['Tinh giản theo NĐ 154', 'Tinh giản biên chế theo Nghị định 154'],
  tookDecree178: ['Đã hưởng NĐ 178'],
  communePartTimeAllowance: ['Phụ cấp người hoạt động không chuyên trách (đồng)', 'Phụ cấp người hoạt động không chuyên trách'],
  communePartTimeMonths: ['Số tháng làm người hoạt động không chuyên trách'],
  otherUncompensatedInsuredMonths: ['Số tháng đóng BHXH khác chưa được hưởng trợ cấp'],
  unpaidLeaveStartDate: ['Ngày bắt đầu nghỉ không lương'],
  priorPostMonthlySalary: ['Tiền lương vị trí trước khi tuyển dụng (đồng)', 'Tiền lương vị trí trước khi tuyển dụng'],
  'vocationalTraining.months': ['Số tháng học nghề'],
  reemploymentDate: ['Ngày tái tuyển dụng'],
  policy: ['Chính sách'],
  total: ['Tổng cộng', 'Tổng số tiền', 'Tổng'],
  'declared:monthsEarly': ['Số tháng nghỉ sớm'],
  'declared:yearsEarly': ['Số năm nghỉ sớm'],
  'declared:insuredYears': ['Số năm đóng BHXH'],
  'declared:severanceMonths': ['Số tháng trợ cấp thôi việc'],
  'declared:monthlySalary': ['Tiền lương tính trợ cấp'],
  'excluded:area': ['Phụ cấp khu vực'],
  'excluded:hazard': ['Phụ cấp độc hại', 'Phụ cấp độc hại, nguy hiểm'],
  'excluded:attraction': ['Phụ cấp thu hút'],
  'excluded:concurrent': ['Phụ cấp kiêm nhiệm'],
};

const HEADINGS = new Map<string, Target>();
for (const [target, words] of Object.entries(FIELD_HEADINGS)) for (const w of [target, ...words]) HEADINGS.set(headingKey(w), parseTarget(target)!);
for (const [code, words] of Object.entries(ITEM_LABELS)) for (const w of [code, `item:${code}`, ...words]) HEADINGS.set(headingKey(w), { kind: 'item', code });
for (const f of INPUT_FIELDS) HEADINGS.set(headingKey(f), { kind: 'input', field: f });

/** The target a contract-headed column's heading names (field name, item code, or a Vietnamese alias). */
export const targetOfHeading = (heading: string): Target | undefined => HEADINGS.get(headingKey(heading));
