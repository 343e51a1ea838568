/**
 * Rule-book text of the nd154 area (docs/rule-book/nd154-*.md): summaries, conditions, when each item is due,
 * example titles. en/nd154.ts must have the same keys and placeholders.
 */
export const nd154 = {
  // src/policies/nd154/common/conditions.ts
  'nd154.conditions.condition.took-decree-178': 'Không phải người đã hưởng chính sách của Nghị định 178/2024 (tookDecree178, hoặc alreadyPaid là một chế độ của Nghị định 178)',
  'nd154.conditions.condition.salary-components-needed': 'Có các thành phần lương (salary) hoặc phụ cấp của người hoạt động không chuyên trách cấp xã: tiền lương theo Điều 5 hẹp hơn Nghị định 178 và không tách được từ một số tiền tổng (monthlySalary)',
  'nd154.conditions.condition.base-salary-out-of-table': 'Có mức lương cơ sở của tháng liền kề trước tháng nghỉ (hoặc nhập salary.baseSalary)',
  'nd154.conditions.condition.base-salary-unknown': 'Mức lương cơ sở của tháng đó đã được biết: bảng được coi là đã biết đến ngày trước ngày 01/7 kế tiếp sau dòng cuối ({baseSalary}), hoặc nhập salary.baseSalary',
  'nd154.conditions.condition.retirement-age-out-of-table': 'Xác định được tuổi nghỉ hưu (Phụ lục I Nghị định 135/2020, hạn tuổi phục vụ của sĩ quan, hoặc retirementAge)',
  // src/policies/nd154/early-retirement/index.ts
  'nd154.early-retirement.summary': 'Người nghỉ hưu trước tuổi do tinh giản biên chế, từ đủ 2 năm đến đủ 5 năm trước tuổi nghỉ hưu theo Phụ lục I (hoặc Phụ lục II khi có 15 năm làm nghề nặng nhọc, độc hại, nguy hiểm hoặc ở vùng đặc biệt khó khăn), có đủ thời gian đóng BHXH để hưởng lương hưu: không bị trừ tỷ lệ lương hưu; 5 tháng tiền lương cho mỗi năm nghỉ trước tuổi; trợ cấp theo thời gian đóng BHXH. Không có khoản lương hưu một lần cho số tháng nghỉ trước như Nghị định 178. Dưới 2 năm: chỉ ghi quyền không bị trừ lương hưu, kèm cảnh báo. Theo bản tóm tắt báo chí [M]; chưa đối chiếu văn bản.',
  'nd154.early-retirement.condition.not-pension-eligible': 'Đủ thời gian đóng BHXH để hưởng lương hưu: ít nhất 15 năm, và ít nhất số năm Luật BHXH có hiệu lực tại ngày nghỉ đòi hỏi (20 năm nếu nghỉ trước 01/7/2025); pensionEligible của hồ sơ thay cho điều kiện của Luật, không thay cho mức 15 năm',
  'nd154.early-retirement.condition.too-early': 'Không quá 5 năm (60 tháng) trước tuổi nghỉ hưu theo Phụ lục I, hoặc Phụ lục II khi đủ điều kiện',
  'nd154.early-retirement.condition.at-retirement-age': 'Chưa đến tuổi nghỉ hưu (ít nhất một tháng trước tháng hưởng lương hưu)',
  'nd154.early-retirement.condition.working-time-under-15': 'Người hoạt động không chuyên trách cấp xã: thời gian công tác tính trợ cấp (Điều 5 khoản 5) từ 15 năm trở lên khi được hưởng các khoản trợ cấp',
  'nd154.early-retirement.item.early-years-allowance.when': 'Từ đủ 2 năm (24 tháng) đến 5 năm trước tuổi; dưới 2 năm: không có khoản này. Số năm: {oddMonths}',
  'nd154.early-retirement.item.insured-time-allowance.when': 'Từ đủ 2 năm trước tuổi. N là số năm đóng BHXH (người hoạt động không chuyên trách cấp xã: thời gian theo Điều 5 khoản 5), số tháng lẻ như trên. Từ 20 năm: 5 tháng cho 20 năm đầu và 0,5 tháng cho mỗi năm từ năm thứ 21; từ 15 đến dưới 20 năm: 5 tháng (không có mức 4 tháng cho 15 năm đầu như Nghị định 178)',
  'nd154.early-retirement.example': 'Công chức nghỉ hưu trước tuổi 36 tháng từ 01/4/2026, có phụ cấp công vụ (không tính vào tiền lương theo Nghị định 154)',
  // src/policies/nd154/resignation/index.ts
  'nd154.resignation.summary': 'Người thôi việc do tinh giản biên chế: 3 tháng tiền lương để tìm việc làm và 1,5 tháng tiền lương cho mỗi năm đóng BHXH; được bảo lưu thời gian đóng BHXH hoặc hưởng BHXH một lần. Người dưới 45 tuổi chọn học nghề trước: tiền lương trong thời gian học nghề tối đa 6 tháng, chi phí học nghề tối đa 6 tháng tiền lương, sau đó 3 tháng tiền lương để tìm việc làm. Theo bản tóm tắt báo chí [M]; chưa đối chiếu văn bản.',
  'nd154.resignation.condition.at-retirement-age': 'Chưa đến tuổi nghỉ hưu (Phụ lục I, hạn tuổi của sĩ quan hoặc retirementAge)',
  'nd154.resignation.condition.eligible-for-early-retirement': 'Không đủ điều kiện nghỉ hưu trước tuổi theo Điều 6 (kể cả trường hợp nghỉ trước dưới 2 năm)',
  'nd154.resignation.condition.training-over-45': 'Khi chọn học nghề (vocationalTraining): dưới 45 tuổi tại ngày nghỉ',
  'nd154.resignation.item.job-search-allowance.when': 'Trên cả hai lộ trình: tìm việc ngay, hoặc sau khi học nghề',
  'nd154.resignation.item.insured-years-allowance.when': 'Chỉ khi không chọn học nghề (bản tóm tắt không nêu khoản này trên lộ trình học nghề [L]). N: số năm đóng BHXH (người hoạt động không chuyên trách cấp xã: thời gian theo Điều 5 khoản 5), {oddMonths}',
  'nd154.resignation.item.training-salary.when': 'Chỉ khi chọn học nghề và dưới 45 tuổi: số tháng học nghề, tối đa 6; chi phí học nghề (tối đa 6 tháng tiền lương) là quyền kèm mức trần, không phải một khoản tiền trả cho người nghỉ',
  'nd154.resignation.example': 'Viên chức thôi việc từ 01/8/2026 (lương cơ sở 2.530.000 đồng), có phụ cấp ưu đãi nghề (không tính vào tiền lương theo Nghị định 154)',
} as const satisfies Record<string, string>;
