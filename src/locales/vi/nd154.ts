/**
 * Vietnamese messages of the nd154 area (Decree 154/2025/NĐ-CP, staff streamlining), keyed by stable code.
 * Placeholders are written {name} and filled by `msg(key, { name })` (src/locales/index.ts). en/nd154.ts must have
 * the same keys and placeholders.
 */
export const nd154 = {
  // src/policies/nd154/early-retirement/index.ts
  'nd154.early-retirement.title': 'Nghỉ hưu trước tuổi do tinh giản biên chế (Điều 6 Nghị định 154/2025)',
  'nd154.early-retirement.early-years-label': 'Trợ cấp cho số năm nghỉ hưu trước tuổi',
  'nd154.early-retirement.insured-time-label': 'Trợ cấp theo thời gian đóng bảo hiểm xã hội',
  'nd154.early-retirement.pension-not-reduced-label': 'Hưởng lương hưu, không bị trừ tỷ lệ lương hưu do nghỉ hưu trước tuổi',
  'nd154.early-retirement.refusal.not-pension-eligible': 'Chưa đủ {requiredYears} năm đóng bảo hiểm xã hội để hưởng lương hưu ({insuredMonths} tháng); có thể xét chế độ thôi việc',
  'nd154.early-retirement.refusal.not-pension-eligible.input': 'Hồ sơ ghi chưa đủ điều kiện hưởng lương hưu (pensionEligible: false); có thể xét chế độ thôi việc',
  'nd154.early-retirement.refusal.too-early': 'Còn {monthsEarly} tháng mới đến tuổi nghỉ hưu, hơn 5 năm ({maxMonths} tháng): không thuộc diện nghỉ hưu trước tuổi theo Điều 6; có thể xét chế độ thôi việc',
  'nd154.early-retirement.refusal.at-retirement-age': 'Tháng nghỉ {leave} không trước tháng hưởng lương hưu {start}: người này đã đến tuổi nghỉ hưu, không phải nghỉ hưu trước tuổi',
  'nd154.early-retirement.refusal.working-time-under-15': 'Thời gian công tác tính trợ cấp của người hoạt động không chuyên trách cấp xã là {years} năm, dưới {floor} năm: các bản tóm tắt Nghị định 154 chỉ nêu trợ cấp theo thời gian đóng BHXH từ {floor} năm trở lên, nên không tự suy ra mức dưới đó; cần đối chiếu văn bản',
  // src/policies/nd154/resignation/index.ts
  'nd154.resignation.title': 'Thôi việc do tinh giản biên chế (Điều 8 Nghị định 154/2025)',
  'nd154.resignation.job-search-label': 'Trợ cấp 3 tháng tiền lương để tìm việc làm',
  'nd154.resignation.insured-years-label': 'Trợ cấp 1,5 tháng tiền lương cho mỗi năm đóng bảo hiểm xã hội',
  'nd154.resignation.training-salary-label': 'Tiền lương trong thời gian học nghề',
  'nd154.resignation.training-cost-label': 'Được hỗ trợ chi phí học nghề, tối đa bằng 6 tháng tiền lương (trả cho cơ sở đào tạo; xem facts.trainingCostCap)',
  'nd154.resignation.refusal.at-retirement-age': 'Tháng nghỉ {leave} không trước tháng hưởng lương hưu {start}: người này đã đến tuổi nghỉ hưu, không áp dụng chế độ thôi việc',
  'nd154.resignation.refusal.eligible-for-early-retirement': 'Đủ điều kiện nghỉ hưu trước tuổi theo Nghị định 154 (Điều 6), nên không thuộc chính sách thôi việc',
  'nd154.resignation.refusal.training-over-45': 'Chế độ học nghề trước khi tìm việc chỉ dành cho người dưới {limit} tuổi; tại ngày nghỉ người này {age} tuổi (bỏ vocationalTraining để xét trợ cấp thôi việc)',
  // src/policies/nd154/common/regime.ts, salary.ts, refund.ts
  'nd154.refusal.took-decree-178': 'Người này đã hưởng chính sách theo Nghị định 178/2024/NĐ-CP (tookDecree178): Nghị định 154/2025/NĐ-CP không áp dụng',
  'nd154.refusal.took-decree-178.paid': 'Người này đã được chi trả theo {policy} (alreadyPaid): Nghị định 154/2025/NĐ-CP không áp dụng cho người hưởng chính sách của Nghị định 178/2024/NĐ-CP',
  'nd154.refusal.salary-components-needed': 'Tiền lương hiện hưởng theo Nghị định 154 không gồm phụ cấp công vụ, ưu đãi nghề, trách nhiệm nghề, công tác đảng: không thể tách ra từ một số tiền tổng (monthlySalary); cần nhập các thành phần lương (salary)',
  'nd154.flag.refund-due': 'Được bầu cử, tuyển dụng lại vào vị trí hưởng lương từ ngân sách nhà nước trong 60 tháng kể từ ngày nghỉ: phải hoàn trả số tiền trợ cấp đã nhận',
  'nd154.warning.refund-due': 'Ngày tuyển dụng lại {reemploymentDate} trong vòng {months} tháng kể từ ngày nghỉ {leaveDate}: phải hoàn trả trợ cấp tinh giản biên chế đã nhận (Nghị định 154/2025, chưa đối chiếu văn bản)',
  'nd154.warning.under-2-years-text-not-seen': 'Nghỉ hưu trước tuổi dưới 2 năm ({monthsEarly} tháng, dưới {minMonths} tháng): chỉ ghi quyền không bị trừ tỷ lệ lương hưu; các khoản trợ cấp khác (nếu có) của Điều 6 Nghị định 154/2025 chưa được đối chiếu với văn bản',
  'nd154.best.decree-178-closed': 'Chế độ của Nghị định 178/2024 và 67/2025 đã khép lại ngày 01/9/2025: vẫn tính để đối chiếu, không so sánh để chọn mức được hưởng',
  'nd154.best.streamlining-case': 'Trường hợp tinh giản biên chế theo Nghị định 154/2025: chế độ của Nghị định 178/2024 vẫn tính để đối chiếu, không so sánh để chọn mức được hưởng',
} as const satisfies Record<string, string>;
