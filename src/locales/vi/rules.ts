/**
 * Vietnamese messages of the rules area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/rules.ts must have the same keys and placeholders.
 */
export const rules = {
  'rules.retirement-age.before-roadmap': 'Người sinh tháng {birthMonth} đã đủ tuổi nghỉ hưu (Phụ lục {annex}) trước năm {firstYear}, ngoài bảng của Nghị định 135/2020',
  'rules.retirement-age.no-officer-ceiling': 'Không có hạn tuổi phục vụ cho ngày nghỉ này; hãy nhập retirementAge',
  'rules.salary.base-salary-not-known-yet': 'Mức lương cơ sở của tháng {month} chưa được biết (bảng được coi là đã biết đến ngày {through}; có thể điều chỉnh từ 01/7); hãy nhập salary.baseSalary',
  'rules.salary.base-salary-not-tabled': 'Không có mức lương cơ sở cho tháng {month} trong bảng; hãy nhập salary.baseSalary',
  'rules.salary.base-salary-unverified': 'Mức lương cơ sở {value} từ {from} theo {citation} chưa được đối chiếu với văn bản chính thức',
} as const satisfies Record<string, string>;
