/**
 * Vietnamese messages of the parameters area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/parameters.ts must have the same keys and placeholders.
 */
export const parameters = {
  'parameters.override.ambiguous-name': 'tên có trong {owners}; hãy ghi {write}',
  'parameters.override.and': 'và',
  'parameters.override.expected-a-value': 'cần một giá trị',
  'parameters.override.expected-boolean': 'cần true hoặc false; nhận được {got}',
  'parameters.override.expected-dated-rows': 'cần một đối tượng { "YYYY-MM-DD": giá trị } theo ngày bắt đầu hiệu lực',
  'parameters.override.expected-decimal': 'cần số thập phân không âm dạng chuỗi, ví dụ "1.0"; nhận được {got}',
  'parameters.override.expected-number': 'cần số không âm; nhận được {got}',
  'parameters.override.expected-object': 'cần một đối tượng { tên tham số: giá trị }',
  'parameters.override.expected-object-with-keys': 'cần một đối tượng với các khóa {keys}',
  'parameters.override.expected-whole-number': 'cần số nguyên không âm; nhận được {got}',
  'parameters.override.fixed-citation': 'căn cứ pháp lý không thay được; giá trị thay sẽ được ghi là giả định',
  'parameters.override.fixed-value': 'giá trị này không thay được',
  'parameters.override.not-cloneable': 'chứa giá trị không sao chép được (symbol, hàm…)',
  'parameters.override.or': 'hoặc',
  'parameters.override.row-key-not-a-date': 'khóa phải là ngày bắt đầu hiệu lực YYYY-MM-DD',
  'parameters.override.series-key-not-a-date': 'khóa phải là ngày bắt đầu hiệu lực YYYY-MM-DD (hoặc "value")',
  'parameters.override.unknown-key': 'không có tham số này; có: {keys}',
  'parameters.override.unknown-name': 'không có tham số này; tên một hệ số (ví dụ severanceRateFirst12) hoặc một trong {names}',
  'parameters.override.unknown-name.near': 'không có tham số này; có phải "{near}"?',
  'parameters.warning.what-if-parameters': 'Tính với giá trị tham số giả định, không phải giá trị pháp luật quy định: {changes}',
  'parameters.what-if.law': 'luật',
  'parameters.what-if.new-row': 'dòng mới',
} as const satisfies Record<string, string>;
