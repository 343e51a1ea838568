/**
 * The CSV output's column headings in Vietnamese (the default, decision E10): kept apart from output.ts so that
 * the payout-list checker (src/check/), which reads the library's own output back, carries only these.
 */
export const csvColumns = {
  'cli.csv.column.case': 'STT hồ sơ',
  'cli.csv.column.row': 'Dòng trong tệp',
  'cli.csv.column.id': 'Mã cán bộ',
  'cli.csv.column.policy': 'Mã chế độ',
  'cli.csv.column.eligible': 'Đủ điều kiện',
  'cli.csv.column.best': 'Được hưởng',
  'cli.csv.column.total': 'Tổng số tiền (đồng)',
  'cli.csv.column.refusalCode': 'Mã lý do không đủ điều kiện',
  'cli.csv.column.refusalMessage': 'Lý do không đủ điều kiện',
  'cli.csv.column.band': 'Nhóm',
  'cli.csv.column.monthsEarly': 'Số tháng nghỉ sớm',
  'cli.csv.column.window': 'Khoảng thời gian nghỉ',
  'cli.csv.column.insuranceRegime': 'Chế độ BHXH',
  'cli.csv.column.monthlySalary': 'Tiền lương tháng (đồng)',
  'cli.csv.column.one-off-pension': 'Trợ cấp hưu trí một lần cho thời gian nghỉ sớm (đồng)',
  'cli.csv.column.early-years-allowance': 'Trợ cấp cho số năm nghỉ hưu trước tuổi (đồng)',
  'cli.csv.column.insured-time-allowance': 'Trợ cấp theo thời gian công tác có đóng BHXH bắt buộc (đồng)',
  'cli.csv.column.severance': 'Trợ cấp thôi việc (đồng)',
  'cli.csv.column.insured-years-allowance': 'Trợ cấp 1,5 tháng lương cho mỗi năm đóng BHXH bắt buộc (đồng)',
  'cli.csv.column.job-search-allowance': 'Trợ cấp 3 tháng lương để tìm việc làm (đồng)',
  'cli.csv.column.training-salary': 'Tiền lương trong thời gian học nghề (đồng)',
  'cli.csv.column.otherItems': 'Các khoản khác',
  'cli.csv.column.issuePath': 'Trường lỗi',
  'cli.csv.column.issueMessage': 'Nội dung lỗi',
} as const;
