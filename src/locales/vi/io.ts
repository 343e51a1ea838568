/**
 * Vietnamese messages of the file readers (src/io/): how an officer's spreadsheet is read. Keyed by stable
 * code; en/io.ts has the same keys and placeholders. Joined in src/locales/io.ts.
 */
export const io = {
  'io.cell.error': 'Hàng {row}, cột {column} "{heading}": {problem}; giá trị ghi là "{value}"',
  'io.cell.missing-heading': '(không có tiêu đề)',
  'io.expected.number': 'cần một số, ví dụ 4,65 hoặc 15.444.000',
  'io.expected.number-ambiguous': 'không rõ "{separator}" là dấu thập phân hay dấu phân cách hàng nghìn; hãy ghi rõ (ví dụ 1234 hoặc 1,2340)',
  'io.expected.whole-number': 'cần một số nguyên, ví dụ 240',
  'io.expected.date': 'cần một ngày dạng ngày/tháng/năm, ví dụ 01/07/2025',
  'io.expected.date-ymd': 'cần một ngày dạng năm-tháng-ngày, ví dụ 2025-07-01 (đang chạy với --date-order ymd)',
  'io.expected.date-full': 'cột này cần đủ ngày, tháng, năm (ví dụ 01/07/2025); chỉ tháng/năm là chưa đủ',
  'io.expected.date-partial': 'cần ngày/tháng/năm, tháng/năm hoặc năm, ví dụ 15/03/1968, 03/1968 hoặc 1968',
  'io.expected.date-year-first': 'ngày ghi năm trước; hãy ghi ngày/tháng/năm, hoặc chạy với --date-order ymd',
  'io.expected.date-day-first': 'ngày ghi ngày trước trong khi đang chạy với --date-order ymd; hãy ghi năm-tháng-ngày',
  'io.expected.date-invalid': 'không có ngày này trong lịch',
  'io.expected.enum': 'cần một trong các giá trị: {values}',
  'io.expected.boolean': 'cần "Có" hoặc "Không"',
  'io.expected.not-a-date-cell': 'ô là số, không phải ngày; hãy định dạng ô là ngày hoặc ghi ngày/tháng/năm',
  'io.duplicate-id': 'Hàng {row}, cột {column} "{heading}": mã "{value}" đã có ở hàng {first}; mỗi người chỉ được tính một lần (chạy với --allow-duplicates nếu đơn vị thực sự liệt kê một người hai lần)',
  'io.row.too-long': 'Hàng {row} dài hơn {max} ký tự; bỏ qua hàng này',
  'io.row.too-many-cells': 'Hàng {row} có hơn {max} ô; bỏ qua hàng này',
  'io.notice.heading-row': 'Dòng tiêu đề cột là hàng {row}',
  'io.notice.unknown-headings': 'Các cột sau không phải trường dữ liệu nào; được giữ nguyên và đưa ra bên cạnh kết quả: {headings}',
  'io.error.xls': 'tệp .xls (Excel 97–2003) không đọc được; trong Excel chọn Tệp › Lưu thành… › "Sổ làm việc Excel (*.xlsx)" rồi chạy lại với tệp .xlsx',
  'io.error.malformed-csv': 'CSV sai cấu trúc: {detail}',
  'io.error.row-past-limit': 'trên dòng tiêu đề cột có một hàng quá dài hoặc quá nhiều ô ({reason}); không đọc được tệp',
  'io.error.empty': 'tệp CSV hoặc trang tính trống: cần một dòng tiêu đề cột rồi mỗi người một hàng',
  'io.error.duplicate-heading': 'cột {column} "{heading}" và cột {otherColumn} "{other}" cùng ghi trường {field}; hãy xóa một cột',
  'io.error.group-and-field': 'có cả cột "{group}" và cột "{heading}"; chỉ dùng các cột chi tiết',
} as const;
