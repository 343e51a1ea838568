/**
 * Vietnamese messages of the engine area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/engine.ts must have the same keys and placeholders.
 */
export const engine = {
  'engine.issue.invalid-option': 'không đọc được tùy chọn: {reason}',
  'engine.options.not-an-object': 'options: cần một đối tượng tùy chọn',
  'engine.options.expected-date': 'options.baseSalaryKnownThrough: cần ngày dương lịch có thật dạng YYYY-MM-DD',
  'engine.options.unknown-option': '{path}: tùy chọn không tồn tại',
  'engine.options.expected-one-of': '{path}: cần một trong {list}',
  'engine.warning.after-settlement-deadline': 'Ngày nghỉ sau ngày {deadline}, ngày cuối cùng được nghỉ theo chính sách của Nghị định 178/2024 và 67/2025 (Công văn 6383/BNV-TCBC theo Kết luận 183-KL/TW): chế độ này đã khép lại; trường hợp mới xét theo Nghị định 154/2025/NĐ-CP. Số tiền vẫn được tính để đối chiếu, truy lĩnh',
} as const satisfies Record<string, string>;
