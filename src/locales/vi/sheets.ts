/**
 * Vietnamese messages of the sheets area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/sheets.ts must have the same keys and placeholders.
 */
export const sheets = {
  'sheets.args.birth-cell': 'ô ngày, số sê-ri ngày, chuỗi "YYYY-MM-DD", "YYYY-MM" hoặc năm sinh',
  'sheets.args.date-cell': 'ô ngày, số sê-ri ngày hoặc chuỗi "YYYY-MM-DD"',
  'sheets.args.i-or-ii': '"I" hoặc "II"',
  'sheets.args.month-cell': 'chuỗi "YYYY-MM", hoặc một ngày trong tháng: ô ngày, số sê-ri ngày, "YYYY-MM-DD"',
  'sheets.args.nd179-group': '"talent" (G1), "graduate" (G2) hoặc "expert" (G3), hoặc mã nd179/talent-allowance, nd179/graduate-allowance, nd179/expert-allowance',
  'sheets.args.number': 'một số',
  'sheets.function.breakdown': 'Bảng chi tiết một trường hợp: khoản, số tiền, công thức, căn cứ pháp lý',
  'sheets.function.date': 'Ngày mà thư viện đọc được từ một ô (kiểm tra ngày, múi giờ, số sê-ri)',
  'sheets.function.early-retirement': 'Tổng trợ cấp nghỉ hưu trước tuổi (NĐ 178 Điều 7, 7a, 7b theo nhóm), đồng',
  'sheets.function.months-early': 'Số tháng nghỉ hưu trước tuổi: từ tháng nghỉ đến tháng hưởng lương hưu theo tuổi',
  'sheets.function.resignation': 'Tổng trợ cấp nghỉ thôi việc (NĐ 178 Điều 9 hoặc 10 theo loại cán bộ), đồng',
  'sheets.function.retirement-date': 'Ngày 1 của tháng bắt đầu hưởng lương hưu theo tuổi nghỉ hưu (NĐ 135/2020 Phụ lục I/II)',
  'sheets.function.salary': 'Tiền lương tháng hiện hưởng từ hệ số và phụ cấp (chính xác, không làm tròn)',
  'sheets.function.talent-allowance': 'Phụ cấp tăng thêm NĐ 179/2024 (150%, 300%) của một tháng, đồng; tháng lẻ tính theo ngày',
} as const satisfies Record<string, string>;
