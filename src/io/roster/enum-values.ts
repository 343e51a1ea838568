import type { Gender, Rank, Route, StaffType } from '../../schema/enums.js';

/**
 * The Vietnamese words HR lists use for the contract's enumerations, matched by matchKey (case, marks and
 * spacing ignored). The contract's own codes are always accepted as well. Each list shows its first word
 * in messages and in docs/spreadsheets.md.
 */
export const genderWords: Readonly<Record<Gender, readonly string[]>> = {
  male: ['Nam'],
  female: ['Nữ'],
};

/** Staff types as HR lists name them (Decree 178 Art 2; Law on Cadres and Civil Servants; Law on Public Employees). */
export const staffTypeWords: Readonly<Record<StaffType, readonly string[]>> = {
  cadre: ['Cán bộ'],
  'civil-servant': ['Công chức'],
  'commune-cadre': ['Cán bộ cấp xã', 'Cán bộ xã'],
  'commune-civil-servant': ['Công chức cấp xã', 'Công chức xã'],
  'public-employee': ['Viên chức'],
  'contract-worker': ['Người lao động', 'Hợp đồng lao động', 'Lao động hợp đồng'],
  officer: ['Sĩ quan', 'Sỹ quan'],
  'professional-soldier': ['Quân nhân chuyên nghiệp', 'QNCN'],
  'defence-worker': ['Công nhân quốc phòng', 'CNQP'],
  'defence-official': ['Viên chức quốc phòng', 'VCQP'],
  police: ['Công an', 'Công an nhân dân'],
  cipher: ['Cơ yếu', 'Người làm công tác cơ yếu'],
};

export const rankWords: Readonly<Record<Rank, readonly string[]>> = {
  'second-lieutenant': ['Thiếu úy'],
  'first-lieutenant': ['Trung úy'],
  'senior-lieutenant': ['Thượng úy'],
  captain: ['Đại úy'],
  major: ['Thiếu tá'],
  'lieutenant-colonel': ['Trung tá'],
  'senior-colonel': ['Thượng tá'],
  colonel: ['Đại tá'],
  general: ['Cấp tướng', 'Tướng'],
};

export const routeWords: Readonly<Record<Route, readonly string[]>> = {
  'early-retirement': ['Nghỉ hưu trước tuổi', 'Nghỉ hưu sớm'],
  resignation: ['Thôi việc', 'Nghỉ thôi việc'],
  auto: ['Tự động'],
};
